#include "ui/views/HeatmapRenderer.h"

#include "core/fs/FileMap.h"
#include "core/fs/NamespaceTree.h"
#include "core/heatmap/CellPixels.h"
#include "core/heatmap/GridMarks.h"
#include "core/report/SizeText.h"

#include <QImage>
#include <QPainter>

#include <algorithm>

namespace famscope::ui {

using namespace heatmap;

HeatmapRenderer::HeatmapRenderer(std::shared_ptr<const Snapshot> snapshot)
    : snapshot_(std::move(snapshot)), timeline_(snapshot_->fs(), snapshot_->allocation),
      summary_(timeline_),
      nodeOfEntry_(fs::nodeOfEachEntry(snapshot_->ns, timeline_.entryCount())) {}

void HeatmapRenderer::setFindings(std::vector<fsck::Finding> findings) {
    findings_ = std::move(findings);
    severities_ = SeverityMap(findings_, timeline_);
    findingsSet_ = true;
}

const fs::FsFile* HeatmapRenderer::fileOfEntry(uint64_t entry) const {
    if (entry >= nodeOfEntry_.size() || nodeOfEntry_[entry] == fs::kNoNode)
        return nullptr;
    return fs::namespaceNode(snapshot_->ns, nodeOfEntry_[entry]).file; // null for a directory
}

QRgb HeatmapRenderer::entryRgb(uint32_t entry) const {
    const bool age = mode_ == HeatmapMode::Age;
    std::vector<QRgb>& cache = age ? ageRgb_ : ownerRgb_;
    if (cache.size() != entryCount())
        cache.assign(entryCount(), 0);
    if (entry >= cache.size()) // cannot happen for owners from the map; stay correct anyway
        return (age ? heatmapcolours::age(entry, entryCount()) : heatmapcolours::file(entry)).rgb();
    if (cache[entry] == 0)
        cache[entry] =
            (age ? heatmapcolours::age(entry, entryCount()) : heatmapcolours::file(entry)).rgb();
    return cache[entry];
}

QRgb HeatmapRenderer::cellRgb(const CellSummary& cell, const AuRange& units, bool collision,
                              CellSeverity severity) const {
    namespace c = heatmapcolours;
    static const QRgb kBackground = c::background().rgb();
    static const QRgb kBeyond = c::beyondMedia().rgb();
    static const QRgb kFree = c::free().rgb();
    static const QRgb kCollision = c::collision().rgb();
    static const QRgb kMetadata = c::metadata().rgb();
    static const QRgb kClean = c::allocatedClean().rgb();
    if (units.size() == 0)
        return kBackground;
    if (units.first >= timeline_.mediaAus())
        return kBeyond;
    if (mode_ == HeatmapMode::Fsck) {
        if (severity != CellSeverity::None)
            return c::severity(severity).rgb();
        return cell.usedAus == 0 ? kFree : fadedRgb(kClean, kFree, cell.usedAus, units.size());
    }
    if (collision)
        return kCollision;
    if (cell.dominant == kCellFree)
        return kFree;
    const QRgb base = cell.dominant == kCellMetadata ? kMetadata : entryRgb(cell.dominant);
    return fadedRgb(base, kFree, cell.usedAus, units.size());
}

std::vector<QRgb> HeatmapRenderer::cellColours(const GridGeometry& grid) const {
    const uint64_t first = grid.firstVisibleCell();
    const uint64_t count = grid.visibleCellCount();
    summary_.cells(grid.level, first, count, cellBuffer_);
    std::vector<QRgb> out(static_cast<size_t>(grid.rows) * grid.cols,
                          heatmapcolours::background().rgb());
    const std::vector<bool> collisions = collidingCells(timeline_, grid, time());
    for (uint64_t i = 0; i < count; ++i) {
        const AuRange units = grid.unitsOfCell(first + i);
        const CellSeverity severity = mode_ == HeatmapMode::Fsck
                                          ? severities_.worstIn(units.first, units.end)
                                          : CellSeverity::None;
        out[i] = cellRgb(cellBuffer_[i], units, collisions[i], severity);
    }
    return out;
}

void HeatmapRenderer::paintGrid(QPainter& p, const GridGeometry& grid, bool vector) const {
    if (grid.rows == 0)
        return;
    const std::vector<QRgb> colours = cellColours(grid);
    const int px = static_cast<int>(grid.cellPx);
    const int ph = static_cast<int>(grid.cellH);
    if (vector) {
        // One rectangle per run of equal colour in a row: compact and exact in SVG.
        for (uint32_t r = 0; r < grid.rows; ++r)
            for (const ColourRun& run :
                 colourRuns(colours.data() + size_t{r} * grid.cols, grid.cols))
                p.fillRect(QRect(static_cast<int>(run.first) * px, static_cast<int>(r) * ph,
                                 static_cast<int>(run.end - run.first) * px, ph),
                           QColor(run.colour));
    } else {
        // Every pixel written straight into a reused frame, then one unscaled blit.
        const int w = static_cast<int>(grid.cols) * px;
        const int h = static_cast<int>(grid.rows) * ph;
        if (frame_.width() < w || frame_.height() < h)
            frame_ = QImage(std::max(w, frame_.width()), std::max(h, frame_.height()),
                            QImage::Format_RGB32);
        fillCells(reinterpret_cast<QRgb*>(frame_.bits()),
                  static_cast<size_t>(frame_.bytesPerLine()) / sizeof(QRgb), colours, grid.rows,
                  grid.cols, px, ph);
        p.drawImage(QPoint(0, 0), frame_, QRect(0, 0, w, h));
    }
}

void HeatmapRenderer::paintSelection(QPainter& p, const GridGeometry& grid) const {
    if (!selected_)
        return;
    const auto claims = timeline_.claimsOf(*selected_);
    OutlineStyle style;
    style.dashed = *selected_ >= time(); // not written yet at this point of the log
    style.interleaved = timeline_.isInterleaved(*selected_);
    if (style.interleaved)
        if (const famfs::FileMeta* f = snapshot_->fs().entries[*selected_].file())
            style.chunkSize = fs::fileMapOf(*f).chunkSize;
    paintOutlines(p, grid, std::vector<AuRange>(claims.begin(), claims.end()), style);
}

void HeatmapRenderer::setPreview(const std::vector<famfs::SimpleExtent>& ranges, bool interleaved,
                                 uint64_t chunkSize) {
    preview_.clear();
    const uint64_t au = allocUnit();
    for (const famfs::SimpleExtent& r : ranges)
        if (r.len > 0)
            preview_.push_back({r.offset / au, (r.offset + r.len + au - 1) / au});
    previewInterleaved_ = interleaved;
    previewChunkSize_ = chunkSize;
}

void HeatmapRenderer::paintPreview(QPainter& p, const GridGeometry& grid) const {
    OutlineStyle style;
    style.dashed = true;
    style.interleaved = previewInterleaved_;
    style.chunkSize = previewChunkSize_;
    style.outer = QColor(0xd0, 0x00, 0xd0); // magenta: not a colour any cell uses
    style.tagPrefix = QStringLiteral("P");
    paintOutlines(p, grid, preview_, style);
}

void HeatmapRenderer::paintOutlines(QPainter& p, const GridGeometry& grid,
                                    const std::vector<AuRange>& pieces,
                                    const OutlineStyle& style) const {
    if (grid.rows == 0 || pieces.empty())
        return;
    const bool interleaved = style.interleaved;
    const uint64_t chunkSize = style.chunkSize;
    const Qt::PenStyle line = style.dashed ? Qt::DashLine : Qt::SolidLine;
    const int px = static_cast<int>(grid.cellPx);
    const int ph = static_cast<int>(grid.cellH);
    const auto rectOf = [px, ph](const CellRun& run) {
        return QRect(static_cast<int>(run.firstCol) * px, static_cast<int>(run.row) * ph,
                     static_cast<int>(run.cols) * px, ph);
    };
    // Chunk numbers per cell when every cell is one unit and big enough for a number.
    const bool chunkLabels = interleaved && grid.level == 0 && px >= 20 && chunkSize != 0 &&
                             chunkSize % allocUnit() == 0;

    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    QFont font = p.font();
    font.setPixelSize(std::clamp(px - 6, 9, 13));
    font.setBold(true);
    p.setFont(font);
    for (size_t k = 0; k < pieces.size(); ++k) {
        const std::vector<CellRun> runs = pieceRuns(grid, pieces[k]);
        for (const CellRun& run : runs) {
            const QRect rect = rectOf(run);
            // Dark outside, light inside: visible on any cell colour.
            p.setPen(QPen(style.outer, 2, line));
            p.setBrush(Qt::NoBrush);
            p.drawRect(rect.adjusted(0, 0, -1, -1));
            p.setPen(QPen(Qt::white, 1, line));
            p.drawRect(rect.adjusted(2, 2, -3, -3));
        }
        if (chunkLabels) {
            for (const ChunkCell& chunk :
                 stripChunkCells(grid, pieces[k], k, pieces.size(), chunkSize / allocUnit())) {
                const QRect cell = rectOf(chunk.cell);
                const QString number = QString::number(chunk.fileChunk);
                p.setPen(Qt::black);
                p.drawText(cell.adjusted(1, 1, 1, 1), Qt::AlignCenter, number);
                p.setPen(Qt::white);
                p.drawText(cell, Qt::AlignCenter, number);
            }
        } else if (!runs.empty()) {
            // The piece number in file order, on a tag at its first visible cell.
            const QString prefix = !style.tagPrefix.isEmpty() ? style.tagPrefix
                                   : interleaved              ? QStringLiteral("S")
                                                              : QStringLiteral("E");
            const QString tag = prefix + QString::number(k);
            const QRect first = rectOf(runs.front());
            const QFontMetrics fm(font);
            QRect box(first.topLeft(), QSize(fm.horizontalAdvance(tag) + 6, fm.height() + 2));
            // Above the piece when its cells are too small to carry the tag (below it on the
            // first row), so the tag never hides the cells it names.
            if (box.height() > ph)
                box.moveBottom(first.top() >= box.height() ? first.top() - 1
                                                           : first.bottom() + box.height());
            QColor tagFill = style.outer;
            tagFill.setAlpha(210);
            p.fillRect(box, tagFill);
            p.setPen(Qt::white);
            p.drawText(box, Qt::AlignCenter, tag);
        }
    }
    p.restore();
}

void HeatmapRenderer::paintRowLabels(QPainter& p, const GridGeometry& grid, int gutterWidth) const {
    const QFontMetrics fm(p.font());
    for (const RowLabel& label : rowLabels(grid, allocUnit(), fm.height() + 4)) {
        const int y = static_cast<int>(label.row * grid.cellH);
        p.drawText(QRect(-gutterWidth, y - 2, gutterWidth - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignTop,
                   QString::fromStdString(report::shortBytes(label.offset)));
        p.drawLine(-4, y, -1, y);
    }
}

} // namespace famscope::ui
