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
    return r ? stripUnitAt(r->nbits(), x, width()) : 0;
}

void HeatmapOverview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const HeatmapRenderer* r = view_->renderer();
    if (!r || r->nbits() == 0)
        return;
    const GridGeometry strip =
        stripGrid(r->nbits(), r->summary().topLevel(), static_cast<uint32_t>(std::max(width(), 0)));
    QImage image(static_cast<int>(strip.cols * strip.cellPx), static_cast<int>(strip.cellPx),
                 QImage::Format_RGB32);
    {
        QPainter ip(&image);
        r->paintGrid(ip, strip);
    }
    p.drawImage(rect().adjusted(0, 3, 0, -3), image,
                QRect(0, 0, static_cast<int>(strip.width), image.height()));
    // The part the view shows.
    const auto [x0, x1] = stripSpan(r->nbits(), view_->grid().visibleUnits(), width());
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
