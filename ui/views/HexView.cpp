#include "ui/views/HexView.h"

#include "core/report/StructureOverlay.h"
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <climits>

namespace famscope::ui {

HexView::HexView(QWidget* parent) : QAbstractScrollArea(parent) {
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    viewport()->setFont(mono);
    setFont(mono);
    const QFontMetrics fm(mono);
    charWidth_ = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    rowHeight_ = fm.height() + 2;
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void HexView::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    device_ = 0;
    deviceMedia_.reset();
    reset();
}

void HexView::setDevice(uint64_t index, std::shared_ptr<media::Media> deviceMedia) {
    device_ = index;
    deviceMedia_ = index == 0 ? nullptr : std::move(deviceMedia);
    reset();
}

media::Media* HexView::shownMedia() const {
    if (device_ != 0)
        return deviceMedia_.get();
    return snapshot_ ? &snapshot_->media() : nullptr;
}

void HexView::reset() {
    layout_ = report::HexViewLayout::forSize(mediaSize());
    updateGeometry();
    topRow_ = 0;
    cursor_ = 0;
    highlightLen_ = 0;
    updateScrollBar();
    viewport()->update();
}

QSize HexView::sizeHint() const {
    // Room for 12 offset digits (256 TiB) whatever is open, so the splitter need not move.
    const int chars = layout_.width() + std::max(0, 12 - layout_.offsetChars);
    const int width =
        charWidth_ * chars + frameWidth() * 2 + verticalScrollBar()->sizeHint().width();
    return {width, rowHeight_ * 32};
}

uint64_t HexView::mediaSize() const {
    const media::Media* m = shownMedia();
    return m ? m->size() : 0;
}

int HexView::visibleRows() const {
    return std::max(1, viewport()->height() / rowHeight_);
}

void HexView::updateScrollBar() {
    const uint64_t maxTop = report::lastTopRow(mediaSize(), uint64_t(visibleRows()));
    rowsPerStep_ = std::max<uint64_t>(1, maxTop / (uint64_t(INT_MAX) / 2) + 1);
    syncingScrollBar_ = true;
    verticalScrollBar()->setRange(0, static_cast<int>(maxTop / rowsPerStep_));
    verticalScrollBar()->setPageStep(visibleRows());
    verticalScrollBar()->setValue(static_cast<int>(topRow_ / rowsPerStep_));
    syncingScrollBar_ = false;
    const int contentWidth = charWidth_ * layout_.width();
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::setTopRow(uint64_t row) {
    topRow_ = std::min(row, report::lastTopRow(mediaSize(), uint64_t(visibleRows())));
    updateScrollBar();
    viewport()->update();
}

void HexView::scrollContentsBy(int, int) {
    if (!syncingScrollBar_)
        topRow_ = uint64_t(std::max(0, verticalScrollBar()->value())) * rowsPerStep_;
    viewport()->update();
}

void HexView::goToOffset(uint64_t offset) {
    if (!shownMedia())
        return;
    cursor_ = std::min(offset, mediaSize() ? mediaSize() - 1 : 0);
    const uint64_t row = cursor_ / kBytesPerRow;
    setTopRow(row > 2 ? row - 2 : 0); // a little context above the target
    emit cursorMoved(cursor_);
}

void HexView::setHighlight(uint64_t offset, uint64_t length) {
    highlightStart_ = offset;
    highlightLen_ = length;
    viewport()->update();
}

QByteArray HexView::bytesAt(uint64_t offset, uint64_t len) const {
    if (!shownMedia() || offset >= mediaSize())
        return {};
    len = std::min(len, mediaSize() - offset);
    auto bytes = shownMedia()->read(offset, len);
    if (!bytes)
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes->data()),
                      static_cast<qsizetype>(bytes->size()));
}

OverlayRegion HexView::regionAt(uint64_t offset) const {
    if (device_ != 0 || !snapshot_) // the famfs structures are on device 0 only
        return {};
    const report::StructureRegion r = report::structureRegionAt(snapshot_->fs(), offset);
    return {r.offset, r.size, QString::fromStdString(r.name), r.colour};
}

QColor HexView::overlayColour(int index) const {
    // Translucent hues over the palette's base colour: readable in light and dark themes.
    static constexpr int kHues[] = {210, 30, 120, 280, 0, 170, 60, 320};
    QColor c = QColor::fromHsv(kHues[index % 8], 160, 230);
    c.setAlpha(70);
    return c;
}

void HexView::paintEvent(QPaintEvent*) {
    QPainter p(viewport());
    const QPalette& pal = palette();
    p.fillRect(viewport()->rect(), pal.base());
    if (!shownMedia())
        return;
    p.translate(-horizontalScrollBar()->value(), 0);
    const uint64_t start = topRow_ * kBytesPerRow;
    const uint64_t want = uint64_t(visibleRows() + 1) * kBytesPerRow;
    const QByteArray bytes = bytesAt(start, want);
    const std::vector<report::StructureRegion> regions =
        device_ == 0 ? report::structureRegions(snapshot_->fs(), start, start + want)
                     : std::vector<report::StructureRegion>{};
    const int ascent = QFontMetrics(viewport()->font()).ascent() + 1;
    size_t regionIx = 0;
    const QColor dim = pal.color(QPalette::PlaceholderText);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uint64_t off = start + uint64_t(i);
        const int row = static_cast<int>(i / kBytesPerRow);
        const int col = static_cast<int>(i % kBytesPerRow);
        const int y = row * rowHeight_;
        if (col == 0) {
            p.setPen(dim);
            p.drawText(0, y + ascent,
                       QStringLiteral("%1").arg(off, layout_.offsetChars, 16, QLatin1Char('0')));
        }
        const QRect hexCell((layout_.hexStart() + col * 3) * charWidth_, y, charWidth_ * 3,
                            rowHeight_);
        const QRect asciiCell((layout_.asciiStart() + col) * charWidth_, y, charWidth_, rowHeight_);
        while (regionIx < regions.size() &&
               regions[regionIx].offset + regions[regionIx].size <= off)
            ++regionIx;
        if (regionIx < regions.size() && regions[regionIx].offset <= off) {
            const QColor c = overlayColour(regions[regionIx].colour);
            p.fillRect(hexCell, c);
            p.fillRect(asciiCell, c);
        }
        if (highlightLen_ && off >= highlightStart_ && off - highlightStart_ < highlightLen_) {
            QColor h = pal.color(QPalette::Highlight);
            h.setAlpha(110);
            p.fillRect(hexCell, h);
            p.fillRect(asciiCell, h);
        }
        if (off == cursor_) {
            p.setPen(pal.color(QPalette::Highlight));
            p.drawRect(hexCell.adjusted(0, 0, -charWidth_ - 1, -1));
        }
        const auto byte = static_cast<uint8_t>(bytes[i]);
        p.setPen(byte == 0 ? dim : pal.color(QPalette::Text));
        p.drawText(hexCell.x(), y + ascent,
                   QStringLiteral("%1").arg(uint(byte), 2, 16, QLatin1Char('0')));
        const QChar ch = (byte >= 0x20 && byte < 0x7f) ? QChar(char16_t(byte)) : QLatin1Char('.');
        p.drawText(asciiCell.x(), y + ascent, QString(ch));
    }
}

void HexView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

std::optional<uint64_t> HexView::offsetAt(const QPoint& pos) const {
    const int x = pos.x() + horizontalScrollBar()->value();
    const int row = pos.y() / rowHeight_;
    const std::optional<int> col = layout_.byteAt(x / charWidth_);
    if (!col || row < 0)
        return std::nullopt;
    const uint64_t off = (topRow_ + uint64_t(row)) * kBytesPerRow + uint64_t(*col);
    if (off >= mediaSize())
        return std::nullopt;
    return off;
}

void HexView::mousePressEvent(QMouseEvent* event) {
    if (auto off = offsetAt(event->position().toPoint())) {
        cursor_ = *off;
        viewport()->update();
        emit cursorMoved(cursor_);
    }
}

void HexView::keyPressEvent(QKeyEvent* event) {
    using report::HexMove;
    static constexpr std::pair<int, HexMove> kMoves[] = {
        {Qt::Key_Left, HexMove::Left},     {Qt::Key_Right, HexMove::Right},
        {Qt::Key_Up, HexMove::Up},         {Qt::Key_Down, HexMove::Down},
        {Qt::Key_PageUp, HexMove::PageUp}, {Qt::Key_PageDown, HexMove::PageDown}};
    const auto move = std::find_if(std::begin(kMoves), std::end(kMoves),
                                   [&](const auto& m) { return m.first == event->key(); });
    if (move == std::end(kMoves))
        return QAbstractScrollArea::keyPressEvent(event);
    const uint64_t page = uint64_t(visibleRows()) * kBytesPerRow;
    const std::optional<uint64_t> target =
        report::movedCursor(cursor_, move->second, page, mediaSize());
    if (!target)
        return;
    cursor_ = *target;
    const uint64_t top =
        report::topRowShowing(cursor_ / kBytesPerRow, topRow_, uint64_t(visibleRows()));
    if (top != topRow_)
        setTopRow(top);
    viewport()->update();
    emit cursorMoved(cursor_);
}

bool HexView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto off = offsetAt(help->pos());
        const OverlayRegion r = off ? regionAt(*off) : OverlayRegion{};
        if (r.size)
            QToolTip::showText(help->globalPos(),
                               tr("%1 at %2, %n byte(s)", nullptr, static_cast<int>(r.size))
                                   .arg(r.name, QStringLiteral("0x%1").arg(r.offset, 0, 16)),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace famscope::ui
