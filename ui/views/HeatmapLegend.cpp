#include "ui/views/HeatmapLegend.h"

#include "core/heatmap/CellPixels.h"
#include "core/heatmap/LegendFlow.h"
#include "ui/views/HeatmapRenderer.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>

namespace famscope::ui {

namespace c = heatmapcolours;

namespace {

constexpr int kSwatch = 14;
constexpr int kGap = 6;
constexpr int kItemGap = 18;
constexpr int kGradientWidth = 90;

int itemWidth(const LegendItem& item, const QFontMetrics& fm) {
    const int swatch = item.gradient.isEmpty() ? kSwatch : kGradientWidth;
    return swatch + kGap + fm.horizontalAdvance(item.label);
}

int lineHeight(const QFontMetrics& fm) {
    return std::max(kSwatch, fm.height()) + 4;
}

heatmap::LegendFlow flow(const QList<LegendItem>& items, const QFontMetrics& fm, int width) {
    std::vector<int> widths;
    for (const LegendItem& item : items)
        widths.push_back(itemWidth(item, fm));
    return heatmap::flowLegend(widths, width, kItemGap);
}

} // namespace

HeatmapLegend::HeatmapLegend(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QList<LegendItem> HeatmapLegend::items(const HeatmapRenderer& r) {
    QList<LegendItem> out;
    if (r.mode() == HeatmapMode::Fsck) {
        out << LegendItem{c::severity(heatmap::CellSeverity::Error), tr("error"), {}}
            << LegendItem{c::severity(heatmap::CellSeverity::Warning), tr("warning"), {}}
            << LegendItem{c::severity(heatmap::CellSeverity::Info), tr("info"), {}}
            << LegendItem{c::allocatedClean(), tr("allocated, no finding"), {}};
    } else {
        out << LegendItem{c::metadata(), tr("superblock + log"), {}};
        if (r.mode() == HeatmapMode::Age) {
            const uint64_t n = r.entryCount();
            QList<QColor> ramp;
            for (uint32_t i = 0; i < 5; ++i)
                ramp << c::age(static_cast<uint32_t>(n <= 1 ? 0 : (n - 1) * i / 4), n);
            out << LegendItem{
                {}, tr("files by log entry: 0 (old) … %1 (new)").arg(n ? n - 1 : 0), ramp};
        } else {
            QList<QColor> hues;
            for (uint32_t i = 0; i < 6; ++i)
                hues << c::file(i);
            out << LegendItem{{}, tr("files (one colour each)"), hues};
        }
        out << LegendItem{c::collision(), tr("collision (claimed twice)"), {}};
    }
    out << LegendItem{c::free(), tr("free"), {}};
    if (r.timeline().mediaAus() < r.nbits()) // a truncated image: the rest of the device is gone
        out << LegendItem{c::beyondMedia(), tr("missing: beyond the end of the media"), {}};
    out << LegendItem{QColor(heatmap::fadedRgb(c::file(0).rgb(), c::free().rgb(), 0, 1)),
                      tr("paler: partly used"),
                      {}};
    return out;
}

int HeatmapLegend::paint(QPainter& p, const QList<LegendItem>& items, int x, int y, int width) {
    const QFontMetrics fm(p.font());
    const QPen textPen = p.pen(); // the caller's text colour (palette or export)
    const int lineH = lineHeight(fm);
    const heatmap::LegendFlow placed = flow(items, fm, width);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const LegendItem& item = items[i];
        const int cx = x + placed.spots[static_cast<size_t>(i)].x;
        const int cy = y + placed.spots[static_cast<size_t>(i)].line * lineH;
        const int top = cy + (lineH - kSwatch) / 2;
        if (item.gradient.isEmpty()) {
            p.fillRect(QRect(cx, top, kSwatch, kSwatch), item.colour);
            p.setPen(QColor(0, 0, 0, 90));
            p.drawRect(QRect(cx, top, kSwatch - 1, kSwatch - 1));
        } else {
            // Discrete steps for hues, a smooth ramp for age.
            const int n = static_cast<int>(item.gradient.size());
            for (int s = 0; s < n; ++s)
                p.fillRect(QRect(cx + s * kGradientWidth / n, top,
                                 (s + 1) * kGradientWidth / n - s * kGradientWidth / n, kSwatch),
                           item.gradient[s]);
        }
        const int textX = cx + (item.gradient.isEmpty() ? kSwatch : kGradientWidth) + kGap;
        p.setPen(textPen);
        p.drawText(QRect(textX, cy, itemWidth(item, fm), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   item.label);
    }
    return placed.lines * lineH;
}

int HeatmapLegend::heightFor(const QList<LegendItem>& items, const QFont& font, int width) {
    const QFontMetrics fm(font);
    return flow(items, fm, width).lines * lineHeight(fm);
}

void HeatmapLegend::setItems(const QList<LegendItem>& items) {
    items_ = items;
    updateGeometry();
    update();
}

QSize HeatmapLegend::sizeHint() const {
    return {400, heightFor(items_, font(), std::max(width(), 200))};
}

int HeatmapLegend::heightForWidth(int w) const {
    return heightFor(items_, font(), w);
}

void HeatmapLegend::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setPen(palette().color(QPalette::WindowText));
    paint(p, items_, 0, 0, width());
}

} // namespace famscope::ui
