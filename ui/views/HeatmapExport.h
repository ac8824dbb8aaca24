// The heatmap as a picture: a title line, the whole device fitted to the width, and the
// legend. PNG through QImage, SVG through QSvgGenerator (cells as merged rectangles, so the
// file stays small and sharp). Used by the heatmap tab's export buttons and, headless, by
// `famscope heatmap TARGET --png OUT.png`.
#pragma once

#include <QImage>
#include <QString>

namespace famscope::ui {

class HeatmapRenderer;

struct HeatmapPicture {
    int width = 1200; // pixels; the height follows from the device and the legend
    QString title;
};

QImage renderHeatmapImage(const HeatmapRenderer& renderer, const HeatmapPicture& picture);
// Both return an empty string on success, else what went wrong.
QString exportHeatmapPng(const HeatmapRenderer& renderer, const HeatmapPicture& picture,
                         const QString& path);
QString exportHeatmapSvg(const HeatmapRenderer& renderer, const HeatmapPicture& picture,
                         const QString& path);

} // namespace famscope::ui
