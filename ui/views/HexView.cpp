#include "ui/views/HexView.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <climits>

namespace famscope::ui {

namespace {
// Column layout in characters: offset digits (as many as the device size needs, at least 8),
// gap, 16 x "xx ", gap, 16 ASCII.
constexpr int kHexGap = 2;
constexpr int kAsciiGap = 1;
} // namespace

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

int HexView::hexStart() const {
    return offsetChars_ + kHexGap;
}

int HexView::asciiStart() const {
    return hexStart() + kBytesPerRow * 3 + kAsciiGap;
}

void HexView::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    device_ = 0;
    deviceMedia_.reset();
    overlay_ = std::make_unique<StructureOverlay>(snapshot_);
    reset();
}

void HexView::setDevice(uint64_t index, std::shared_ptr<media::Media> deviceMedia) {
    device_ = index;
    deviceMedia_ = index == 0 ? nullptr : std::move(deviceMedia);
    // The famfs structures (superblock, log) are on device 0 only.
    overlay_ = index == 0 ? std::make_unique<StructureOverlay>(snapshot_) : nullptr;
    reset();
}

media::Media* HexView::shownMedia() const {
    if (device_ != 0)
        return deviceMedia_.get();
    return snapshot_ ? &snapshot_->media() : nullptr;
}

void HexView::reset() {
    const uint64_t size = mediaSize();
    offsetChars_ = 8;
    while (offsetChars_ < 16 && (size >> (4 * offsetChars_)) != 0)
        ++offsetChars_;
    updateGeometry();
    topRow_ = 0;
    cursor_ = 0;
    highlightLen_ = 0;
    updateScrollBar();
    viewport()->update();
}

QSize HexView::sizeHint() const {
    // Room for 12 offset digits (256 TiB) whatever is open, so the splitter need not move.
    const int chars = std::max(offsetChars_, 12) + kHexGap + kBytesPerRow * 4 + kAsciiGap + 1;
    const int width =
        charWidth_ * chars + frameWidth() * 2 + verticalScrollBar()->sizeHint().width();
    return {width, rowHeight_ * 32};
}

uint64_t HexView::mediaSize() const {
    const media::Media* m = shownMedia();
    return m ? m->size() : 0;
}

uint64_t HexView::totalRows() const {
    return (mediaSize() + kBytesPerRow - 1) / kBytesPerRow;
}

int HexView::visibleRows() const {
    return std::max(1, viewport()->height() / rowHeight_);
}

void HexView::updateScrollBar() {
    const uint64_t rows = totalRows();
    const uint64_t maxTop = rows > uint64_t(visibleRows()) ? rows - uint64_t(visibleRows()) : 0;
    rowsPerStep_ = std::max<uint64_t>(1, maxTop / (uint64_t(INT_MAX) / 2) + 1);
    syncingScrollBar_ = true;
    verticalScrollBar()->setRange(0, static_cast<int>(maxTop / rowsPerStep_));
    verticalScrollBar()->setPageStep(visibleRows());
    verticalScrollBar()->setValue(static_cast<int>(topRow_ / rowsPerStep_));
    syncingScrollBar_ = false;
    const int contentWidth = charWidth_ * (asciiStart() + kBytesPerRow + 1);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void HexView::setTopRow(uint64_t row) {
    const uint64_t rows = totalRows();
    const uint64_t maxTop = rows > uint64_t(visibleRows()) ? rows - uint64_t(visibleRows()) : 0;
    topRow_ = std::min(row, maxTop);
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
    return overlay_ ? overlay_->regionAt(offset) : OverlayRegion{};
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
    const std::vector<OverlayRegion> regions =
        overlay_ ? overlay_->regionsIn(start, start + want) : std::vector<OverlayRegion>{};
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
                       QStringLiteral("%1").arg(off, offsetChars_, 16, QLatin1Char('0')));
        }
        const QRect hexCell((hexStart() + col * 3) * charWidth_, y, charWidth_ * 3, rowHeight_);
        const QRect asciiCell((asciiStart() + col) * charWidth_, y, charWidth_, rowHeight_);
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
    int col = -1;
    const int charCol = x / charWidth_;
    if (charCol >= hexStart() && charCol < hexStart() + kBytesPerRow * 3)
        col = (charCol - hexStart()) / 3;
    else if (charCol >= asciiStart() && charCol < asciiStart() + kBytesPerRow)
        col = charCol - asciiStart();
    if (col < 0 || row < 0)
        return std::nullopt;
    const uint64_t off = (topRow_ + uint64_t(row)) * kBytesPerRow + uint64_t(col);
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
    const uint64_t page = uint64_t(visibleRows()) * kBytesPerRow;
    uint64_t target = cursor_;
    switch (event->key()) {
    case Qt::Key_Left:
        target = cursor_ ? cursor_ - 1 : 0;
        break;
    case Qt::Key_Right:
        target = cursor_ + 1;
        break;
    case Qt::Key_Up:
        target = cursor_ >= kBytesPerRow ? cursor_ - kBytesPerRow : cursor_;
        break;
    case Qt::Key_Down:
        target = cursor_ + kBytesPerRow;
        break;
    case Qt::Key_PageUp:
        target = cursor_ >= page ? cursor_ - page : 0;
        break;
    case Qt::Key_PageDown:
        target = cursor_ + page;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (!mediaSize() || target >= mediaSize())
        return;
    cursor_ = target;
    const uint64_t row = cursor_ / kBytesPerRow;
    if (row < topRow_)
        setTopRow(row);
    else if (row >= topRow_ + uint64_t(visibleRows()))
        setTopRow(row - uint64_t(visibleRows()) + 1);
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
