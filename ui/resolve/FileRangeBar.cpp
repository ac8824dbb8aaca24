#include "ui/resolve/FileRangeBar.h"

#include "core/heatmap/ByteBar.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace famscope::ui {

namespace {

constexpr int kBarHeight = 28;
constexpr int kStripHeight = 14;
constexpr int kGap = 3;

} // namespace

FileRangeBar::FileRangeBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("resolverFileBar"));
    setAccessibleName(tr("File byte range and fault pages"));
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FileRangeBar::setFile(uint64_t size, std::vector<fs::FaultRange> ranges) {
    size_ = size;
    ranges_ = std::move(ranges);
    marker_.reset();
    update();
}

void FileRangeBar::setMarker(std::optional<uint64_t> fileOffset) {
    marker_ = fileOffset;
    update();
}

QColor FileRangeBar::pageColour(fs::FaultPage page) {
    switch (page) {
    case fs::FaultPage::Page2M:
        return QColor(0x2e, 0x9e, 0x5b); // green: the good case
    case fs::FaultPage::Page4K:
        return QColor(0xe6, 0xa1, 0x17); // amber: works, 512 times the faults
    case fs::FaultPage::None:
        break;
    }
    return QColor(0xc0, 0x39, 0x2b); // red: SIGBUS
}

QSize FileRangeBar::sizeHint() const {
    return {600, kBarHeight + kGap + kStripHeight};
}
QSize FileRangeBar::minimumSizeHint() const {
    return {120, kBarHeight + kGap + kStripHeight};
}

void FileRangeBar::paintEvent(QPaintEvent*) {
    const auto xFor = [this](uint64_t offset) {
        return heatmap::pixelOfByte(offset, width(), size_);
    };
    QPainter p(this);
    const QRect bar(0, 0, width(), kBarHeight);
    p.fillRect(bar, palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    if (size_ == 0)
        return;
    p.fillRect(bar.adjusted(1, 1, -1, -1), QColor(0x5d, 0x8a, 0xc8));
    // The strip only covers [0, size): the 4 KiB tail past it is never a 2 MiB page anyway.
    for (const auto& r : ranges_) {
        if (r.fileOffset >= size_)
            break;
        const int x0 = xFor(r.fileOffset);
        const int x1 = std::max(x0 + 1, xFor(std::min(r.fileOffset + r.length, size_)));
        p.fillRect(QRect(x0, kBarHeight + kGap, x1 - x0, kStripHeight), pageColour(r.page));
    }
    if (marker_) {
        const int x = std::min(xFor(*marker_), width() - 2);
        p.setPen(QPen(palette().color(QPalette::Text), 2));
        p.drawLine(x, 0, x, height());
    }
}

void FileRangeBar::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        pick(event->position().toPoint().x());
}

void FileRangeBar::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        pick(event->position().toPoint().x());
}

void FileRangeBar::pick(int x) {
    if (size_ == 0)
        return;
    emit offsetPicked(heatmap::byteAtPixel(x, width(), size_));
}

} // namespace famscope::ui
