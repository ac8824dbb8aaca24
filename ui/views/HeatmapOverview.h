// A thin strip of the whole device under the heatmap, with a frame around the part the view
// shows; clicking or dragging on it moves the view there.
#pragma once

#include "core/heatmap/HeatmapGrid.h"

#include <QWidget>

namespace famscope::ui {

class HeatmapView;

class HeatmapOverview : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapOverview(HeatmapView* view, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {400, 22}; }
    QSize minimumSizeHint() const override { return {60, 22}; }
    // The unit at strip position x (for clicks and tests).
    uint64_t unitAt(int x) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    HeatmapView* view_;
};

} // namespace famscope::ui
