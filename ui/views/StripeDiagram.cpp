#include "ui/views/StripeDiagram.h"

#include "core/fs/FileChunks.h"
#include "ui/util/Format.h"

#include <QPainter>

#include <algorithm>

namespace famscope::ui {

namespace {
constexpr int kMargin = 8;
constexpr int kBarHeight = 22;
constexpr int kGap = 6;
} // namespace

StripeDiagram::StripeDiagram(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void StripeDiagram::setFile(const fs::FsFile* file) {
    if (file)
        file_ = *file;
    else
        file_.reset();
    highlight_.reset();
    updateGeometry();
    update();
}

void StripeDiagram::setHighlight(const std::optional<ResolvedLocation>& location) {
    highlight_ = location;
    update();
}

std::optional<uint32_t> StripeDiagram::highlightedPiece() const {
    if (!file_ || !highlight_ || highlight_->extentIndex >= file_->map.pieces().size())
        return std::nullopt;
    return highlight_->extentIndex;
}

std::optional<uint64_t> StripeDiagram::highlightedChunk() const {
    if (!highlightedPiece() || !file_->map.interleaved || file_->map.chunkSize == 0)
        return std::nullopt;
    return highlight_->fileOffset / file_->map.chunkSize;
}

void StripeDiagram::outline(QPainter& p, const QRectF& rect) const {
    p.save();
    p.setPen(QPen(palette().color(QPalette::Highlight), 3));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect.adjusted(1, 1, -1, -1));
    p.restore();
}

QSize StripeDiagram::sizeHint() const {
    int bars = 1;
    if (file_ && file_->map.interleaved)
        bars = static_cast<int>(file_->map.strips.size()) + 1;
    const int label = fontMetrics().height() + kGap;
    return {480, kMargin * 2 + label + bars * (kBarHeight + kGap)};
}

QSize StripeDiagram::minimumSizeHint() const {
    return {200, sizeHint().height()};
}

QColor StripeDiagram::chunkColour(uint64_t chunk, uint64_t chunks) const {
    const double t = chunks > 1 ? double(chunk) / double(chunks - 1) : 0.0;
    return QColor::fromHsv(static_cast<int>(200.0 + 140.0 * t) % 360, 140, 225);
}

void StripeDiagram::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    if (!file_) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Select a file to see where its bytes live."));
        return;
    }
    if (file_->map.interleaved)
        paintInterleaved(p);
    else
        paintSimple(p);
}

void StripeDiagram::paintInterleaved(QPainter& p) {
    const fs::FileMap& map = file_->map;
    const auto nstrips = static_cast<uint64_t>(map.strips.size());
    const QFontMetrics fm = fontMetrics();
    int y = kMargin;
    if (map.chunkSize == 0 || nstrips == 0) {
        p.drawText(kMargin, y + fm.ascent(), tr("Degenerate interleave: nothing is mapped."));
        return;
    }
    const uint64_t chunks = std::max<uint64_t>(1, fs::fileChunkCount(map, file_->size));
    const uint64_t drawn = std::min(chunks, kMaxChunksDrawn);
    const uint64_t perStrip = (drawn + nstrips - 1) / nstrips;
    p.setPen(palette().color(QPalette::Text));
    QString caption =
        tr("%n chunk(s) of %1", nullptr, countForTr(chunks)).arg(formatSize(map.chunkSize)) +
        QLatin1Char(' ') + tr("over %n strip(s)", nullptr, countForTr(nstrips));
    if (drawn < chunks)
        caption += tr(" (first %1 drawn)").arg(drawn);
    p.drawText(kMargin, y + fm.ascent(), caption);
    y += fm.height() + kGap;

    const int labelWidth = fm.horizontalAdvance(tr("strip %1").arg(nstrips)) + kGap * 2;
    const int barWidth = std::max(40, width() - labelWidth - kMargin * 2);
    // The file bar: chunks in file order.
    const double fileCell = double(barWidth) / double(drawn);
    const std::optional<uint64_t> strip = highlightedPiece();
    const std::optional<uint64_t> chunk = highlightedChunk();
    p.drawText(kMargin, y + fm.ascent() + 3, tr("file"));
    for (uint64_t c = 0; c < drawn; ++c) {
        const QRectF cell(kMargin + labelWidth + double(c) * fileCell, y, fileCell, kBarHeight);
        p.fillRect(cell, chunkColour(c, drawn));
        p.setPen(palette().color(QPalette::Base));
        p.drawRect(cell);
        if (fileCell > fm.horizontalAdvance(QString::number(c)) + 2) {
            p.setPen(Qt::black);
            p.drawText(cell, Qt::AlignCenter, QString::number(c));
        }
    }
    if (chunk && *chunk < drawn)
        outline(p,
                QRectF(kMargin + labelWidth + double(*chunk) * fileCell, y, fileCell, kBarHeight));
    y += kBarHeight + kGap;
    // One bar per strip: strip j holds chunks j, j + n, j + 2n, ... in that order.
    const double stripCell = double(barWidth) / double(std::max<uint64_t>(1, perStrip));
    for (uint64_t j = 0; j < nstrips; ++j) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(kMargin, y + fm.ascent() + 3, tr("strip %1").arg(j));
        for (uint64_t c = j; c < drawn; c += nstrips) {
            const uint64_t pos = stripOfChunk(c, nstrips).second;
            const QRectF cell(kMargin + labelWidth + double(pos) * stripCell, y, stripCell,
                              kBarHeight);
            p.fillRect(cell, chunkColour(c, drawn));
            p.setPen(palette().color(QPalette::Base));
            p.drawRect(cell);
            p.setPen(Qt::black);
            p.drawText(cell, Qt::AlignCenter, QString::number(c));
            if (chunk && *chunk == c)
                outline(p, cell);
        }
        if (strip && *strip == j) { // the strip's label, so it shows even past the drawn chunks
            p.setPen(palette().color(QPalette::Highlight));
            p.drawText(kMargin, y + fm.ascent() + 3, tr("strip %1").arg(j));
            outline(p, QRectF(kMargin - 2, y - 2, labelWidth + barWidth + 4, kBarHeight + 4));
        }
        y += kBarHeight + kGap;
    }
}

void StripeDiagram::paintSimple(QPainter& p) {
    const fs::FileMap& map = file_->map;
    const QFontMetrics fm = fontMetrics();
    int y = kMargin;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(kMargin, y + fm.ascent(),
               tr("Simple file: %n extent(s), in file order", nullptr,
                  static_cast<int>(map.extents.size())));
    y += fm.height() + kGap;
    const uint64_t total = std::max<uint64_t>(1, map.mappedBytes());
    const int barWidth = std::max(40, width() - kMargin * 2);
    double x = kMargin;
    const auto n = static_cast<uint64_t>(map.extents.size());
    for (uint64_t i = 0; i < n; ++i) {
        const famfs::SimpleExtent& e = map.extents[i];
        const double w = std::max(2.0, double(barWidth) * double(e.len) / double(total));
        const QRectF cell(x, y, w, kBarHeight);
        p.fillRect(cell, chunkColour(i, n));
        p.setPen(palette().color(QPalette::Base));
        p.drawRect(cell);
        const QString label = tr("extent %1 @ %2").arg(i).arg(formatHex(e.offset));
        if (w > fm.horizontalAdvance(label) + 4) {
            p.setPen(Qt::black);
            p.drawText(cell, Qt::AlignCenter, label);
        }
        if (highlightedPiece() == i)
            outline(p, cell);
        x += w;
    }
}

} // namespace famscope::ui
