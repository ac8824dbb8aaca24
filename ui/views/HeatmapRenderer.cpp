#include "ui/views/HeatmapRenderer.h"

#include "core/fs/FileMap.h"
#include "core/heatmap/GridMarks.h"
#include "core/report/SizeText.h"

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace famscope::ui {

using namespace heatmap;

HeatmapRenderer::HeatmapRenderer(std::shared_ptr<const Snapshot> snapshot)
    : snapshot_(std::move(snapshot)), timeline_(snapshot_->fs(), snapshot_->allocation),
      summary_(timeline_) {
    fileIndexOfEntry_.assign(timeline_.entryCount(), UINT32_MAX);
    const auto& files = snapshot_->ns.files;
    for (size_t i = 0; i < files.size(); ++i)
        if (files[i].entryIndex < fileIndexOfEntry_.size())
            fileIndexOfEntry_[files[i].entryIndex] = static_cast<uint32_t>(i);
}

void HeatmapRenderer::setFindings(std::vector<fsck::Finding> findings) {
    findings_ = std::move(findings);
    severities_ = SeverityMap(findings_, timeline_);
    findingsSet_ = true;
}

const fs::FsFile* HeatmapRenderer::fileOfEntry(uint64_t entry) const {
    if (entry >= fileIndexOfEntry_.size() || fileIndexOfEntry_[entry] == UINT32_MAX)
        return nullptr;
    return &snapshot_->ns.files[fileIndexOfEntry_[entry]];
}

namespace {

// heatmapcolours::faded on packed pixels: the hot path of every paint.
QRgb fadedRgb(QRgb c, uint64_t used, uint64_t units) {
    if (used >= units)
        return c;
    static const QRgb f = heatmapcolours::free().rgb();
    const double k =
        0.45 + 0.55 * static_cast<double>(used) / static_cast<double>(units == 0 ? 1 : units);
    const auto mix = [k](int a, int b) { return static_cast<int>(a + (b - a) * k); };
    return qRgb(mix(qRed(f), qRed(c)), mix(qGreen(f), qGreen(c)), mix(qBlue(f), qBlue(c)));
}

} // namespace

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
        return cell.usedAus == 0 ? kFree : fadedRgb(kClean, cell.usedAus, units.size());
    }
    if (collision)
        return kCollision;
    if (cell.dominant == kCellFree)
        return kFree;
    const QRgb base = cell.dominant == kCellMetadata ? kMetadata : entryRgb(cell.dominant);
    return fadedRgb(base, cell.usedAus, units.size());
}

QColor HeatmapRenderer::cellColour(const CellSummary& cell, const AuRange& units, bool collision,
                                   CellSeverity severity) const {
    return QColor(cellRgb(cell, units, collision, severity));
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
            for (uint32_t c = 0; c < grid.cols;) {
                const QRgb colour = colours[size_t{r} * grid.cols + c];
                uint32_t end = c + 1;
                while (end < grid.cols && colours[size_t{r} * grid.cols + end] == colour)
                    ++end;
                p.fillRect(QRect(static_cast<int>(c) * px, static_cast<int>(r) * ph,
                                 static_cast<int>(end - c) * px, ph),
                           QColor(colour));
                c = end;
            }
    } else {
        // Every pixel written straight into a reused frame, then one unscaled blit: no
        // scaling pass, and separators between squares baked in once they are big enough.
        const int w = static_cast<int>(grid.cols) * px;
        const int h = static_cast<int>(grid.rows) * ph;
        if (frame_.width() < w || frame_.height() < h)
            frame_ = QImage(std::max(w, frame_.width()), std::max(h, frame_.height()),
                            QImage::Format_RGB32);
        const bool separators = px >= 6;
        const int keep = px >= 12 ? 55 : 135; // how much of the cell colour a separator keeps
        const auto separator = [keep](QRgb c) {
            const auto lift = [keep](int v) { return 255 - (255 - v) * keep / 255; };
            return qRgb(lift(qRed(c)), lift(qGreen(c)), lift(qBlue(c)));
        };
        for (uint32_t r = 0; r < grid.rows; ++r) {
            const int y0 = static_cast<int>(r) * ph;
            auto* line = reinterpret_cast<QRgb*>(frame_.scanLine(y0));
            const QRgb* rowColours = colours.data() + size_t{r} * grid.cols;
            for (uint32_t c = 0; c < grid.cols; ++c) {
                QRgb* cell = line + static_cast<size_t>(c) * static_cast<size_t>(px);
                std::fill(cell, cell + px, rowColours[c]);
                if (separators)
                    cell[px - 1] = separator(rowColours[c]);
            }
            const int body = separators ? ph - 1 : ph;
            for (int y = 1; y < body; ++y)
                std::memcpy(frame_.scanLine(y0 + y), line, static_cast<size_t>(w) * sizeof(QRgb));
            if (separators) {
                auto* last = reinterpret_cast<QRgb*>(frame_.scanLine(y0 + ph - 1));
                for (int x = 0; x < w; ++x)
                    last[x] = separator(line[x]);
            }
        }
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
    if (grid.rows == 0)
        return;
    const QFontMetrics fm(p.font());
    const int ph = static_cast<int>(grid.cellH);
    // Label every `every` rows, `every` a power of two so the offsets are round numbers.
    uint64_t every = 1;
    while (static_cast<int>(every) * ph < fm.height() + 4)
        every *= 2;
    const uint64_t bytesPerRow = uint64_t{grid.cols} * grid.unitsPerCell() * allocUnit();
    for (uint64_t r = 0; r < grid.rows; ++r) {
        const uint64_t row = grid.topRow + r;
        if (row % every != 0)
            continue;
        const int y = static_cast<int>(r) * ph;
        p.drawText(QRect(-gutterWidth, y - 2, gutterWidth - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignTop,
                   QString::fromStdString(report::shortBytes(row * bytesPerRow)));
        p.drawLine(-4, y, -1, y);
    }
}

} // namespace famscope::ui
