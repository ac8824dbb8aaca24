// The device-offset heatmap widget: the whole device as a grid of cells (HeatmapRenderer),
// zoomed with the wheel or + / - / 0 down to one allocation unit per cell, panned by dragging,
// Shift+wheel or the arrow and page keys. Hovering names the cell (device offset range, owner
// file, extent or strip, log entry, findings); a click selects the owner file in every view
// through the shared SelectionModel, and a selection made elsewhere outlines that file here.
// The unit holding the resolver's location (device 0, the device the heatmap shows) is marked
// with a frame and scrolled into view.
#pragma once

#include "core/heatmap/HeatmapGrid.h"
#include "ui/SelectionModel.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace famscope::ui {

class HeatmapRenderer;

class HeatmapView : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapView(SelectionModel* selection, QWidget* parent = nullptr);
    ~HeatmapView() override;

    void setRenderer(std::shared_ptr<HeatmapRenderer> renderer); // null: nothing open
    HeatmapRenderer* renderer() const { return renderer_.get(); }
    const heatmap::GridGeometry& grid() const { return grid_; }

    void zoom(int steps, QPoint anchor);
    void zoomToFit();
    void scrollToUnit(uint64_t au);
    // The grid is in device pixels (grid().width is the area times devicePixelRatio).
    // Centre of a cell in widget coordinates (pixel and hit tests).
    QPoint cellCentre(uint64_t cell) const;
    // The text the tooltip shows for the cell at a widget position; empty off the grid.
    QString describeAt(QPoint pos) const;
    // Selects the owner of the cell at `pos` (what a click does); false on a free cell.
    bool selectAt(QPoint pos);
    void refresh(); // after the renderer's time, mode or findings changed
    // The allocation unit marked for the resolver's location; none when nothing is resolved
    // or it lies on another device or past this one.
    std::optional<uint64_t> resolvedUnit() const { return resolvedUnit_; }

    QSize sizeHint() const override { return {640, 420}; }
    QSize minimumSizeHint() const override { return {160, 120}; }

signals:
    void viewChanged(); // zoom or pan: the overview strip follows
    void hovered(const QString& text);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override; // tooltips

private:
    qreal scale() const;        // device pixels per widget pixel
    uint32_t areaWidth() const; // the grid's area, in device pixels
    uint32_t areaHeight() const;
    std::optional<uint64_t> cellAt(QPoint pos) const; // the cell under a widget position
    void setGrid(const heatmap::GridGeometry& grid);
    void followSelection(const QString& path);
    void followLocation(const std::optional<ResolvedLocation>& location);
    void paintResolvedUnit(QPainter& p) const;
    void panRows(int64_t rows);

    SelectionModel* selection_;
    std::shared_ptr<HeatmapRenderer> renderer_;
    heatmap::GridGeometry grid_;
    QPoint pressPos_;
    uint64_t pressTopRow_ = 0;
    bool dragging_ = false;
    std::optional<uint64_t> resolvedUnit_;
};

} // namespace famscope::ui
