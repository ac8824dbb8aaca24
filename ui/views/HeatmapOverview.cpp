#include "ui/views/HeatmapOverview.h"

#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace famscope::ui {

using namespace heatmap;

HeatmapOverview::HeatmapOverview(HeatmapView* view, QWidget* parent)
    : QWidget(parent), view_(view) {
    setObjectName(QStringLiteral("heatmapOverview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    connect(view_, &HeatmapView::viewChanged, this, qOverload<>(&QWidget::update));
}

uint64_t HeatmapOverview::unitAt(int x) const {
    const HeatmapRenderer* r = view_->renderer();
    if (!r || width() <= 0)
        return 0;
    const double f = std::clamp(static_cast<double>(x) / width(), 0.0, 1.0);
    return std::min<uint64_t>(static_cast<uint64_t>(f * static_cast<double>(r->nbits())),
                              r->nbits() ? r->nbits() - 1 : 0);
}

void HeatmapOverview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const HeatmapRenderer* r = view_->renderer();
    if (!r || r->nbits() == 0)
        return;
    // The coarsest level with at least one cell per pixel column, as a one-row grid.
    int level = r->summary().topLevel();
    while (level > 0 &&
           HeatmapSummary::cellCount(r->nbits(), level) < static_cast<uint64_t>(width()))
        --level;
    const uint64_t cells = HeatmapSummary::cellCount(r->nbits(), level);
    const GridGeometry strip = makeGrid(
        r->nbits(),
        static_cast<uint32_t>(std::min<uint64_t>(cells, 1u << 16)) * GridGeometry::kMinCellPx,
        GridGeometry::kMinCellPx, level, GridGeometry::kMinCellPx, 0);
    QImage image(static_cast<int>(strip.cols * strip.cellPx), static_cast<int>(strip.cellPx),
                 QImage::Format_RGB32);
    {
        QPainter ip(&image);
        r->paintGrid(ip, strip);
    }
    const QRect bar = rect().adjusted(0, 3, 0, -3);
    p.drawImage(bar, image,
                QRect(0, 0,
                      static_cast<int>(std::min<uint64_t>(cells, 1u << 16)) *
                          static_cast<int>(GridGeometry::kMinCellPx),
                      image.height()));
    // The part the view shows.
    const AuRange shown = view_->grid().visibleUnits();
    const double scale = static_cast<double>(width()) / static_cast<double>(r->nbits());
    const int x0 = static_cast<int>(static_cast<double>(shown.first) * scale);
    const int x1 = std::max(x0 + 3, static_cast<int>(static_cast<double>(shown.end) * scale));
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRect(x0, 1, x1 - x0 - 1, height() - 3));
}

void HeatmapOverview::mousePressEvent(QMouseEvent* event) {
    view_->scrollToUnit(unitAt(event->position().toPoint().x()));
}

void HeatmapOverview::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        view_->scrollToUnit(unitAt(event->position().toPoint().x()));
}

} // namespace famscope::ui
