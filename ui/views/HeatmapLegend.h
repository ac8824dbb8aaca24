// What the heatmap's colours mean for the current mode: swatches with labels, and for log age
// a gradient from the oldest to the newest entry. The same items and painting serve the
// widget and the exported images.
#pragma once

#include "ui/views/HeatmapColours.h"

#include <QColor>
#include <QList>
#include <QWidget>

namespace famscope::ui {

class HeatmapRenderer;

struct LegendItem {
    QColor colour;
    QString label;
    QList<QColor> gradient; // a ramp instead of one swatch, when not empty
};

class HeatmapLegend : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapLegend(QWidget* parent = nullptr);

    static QList<LegendItem> items(const HeatmapRenderer& renderer);
    // Paints the items left to right, wrapping into rows within `width`; returns the height.
    static int paint(QPainter& p, const QList<LegendItem>& items, int x, int y, int width);
    static int heightFor(const QList<LegendItem>& items, const QFont& font, int width);

    void setItems(const QList<LegendItem>& items);
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<LegendItem> items_;
};

} // namespace famscope::ui
