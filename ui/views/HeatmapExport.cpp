#include "ui/views/HeatmapExport.h"

#include "ui/util/OutputFile.h"
#include "ui/views/HeatmapLegend.h"
#include "ui/views/HeatmapRenderer.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace famscope::ui {

namespace {

constexpr int kMargin = 12;

struct PictureLayout {
    heatmap::GridGeometry grid;
    int titleHeight = 0;
    int legendTop = 0;
    int height = 0;
};

QFont pictureFont() {
    QFont f;
    f.setPixelSize(13);
    return f;
}

PictureLayout layoutFor(const HeatmapRenderer& r, const HeatmapPicture& pic) {
    PictureLayout l;
    const int width = std::max(pic.width, 200);
    const QFontMetrics fm(pictureFont());
    l.titleHeight = pic.title.isEmpty() ? 0 : fm.height() + 10;
    const auto gridWidth =
        static_cast<uint32_t>(width - 2 * kMargin - HeatmapRenderer::kGutterWidth);
    // The whole device in a 16:9 box, then only as tall as its rows.
    l.grid = heatmap::fitGrid(r.nbits(), gridWidth, gridWidth * 9 / 16);
    const int gridHeight = static_cast<int>(l.grid.rows * l.grid.cellH);
    l.legendTop = kMargin + l.titleHeight + gridHeight + 10;
    l.height =
        l.legendTop +
        HeatmapLegend::heightFor(HeatmapLegend::items(r), pictureFont(), width - 2 * kMargin) +
        kMargin;
    return l;
}

void paintPicture(QPainter& p, const HeatmapRenderer& r, const HeatmapPicture& pic,
                  const PictureLayout& l, bool vector) {
    const int width = std::max(pic.width, 200);
    p.fillRect(QRect(0, 0, width, l.height), Qt::white);
    p.setFont(pictureFont());
    p.setPen(QColor(0x22, 0x22, 0x22));
    if (!pic.title.isEmpty())
        p.drawText(
            QRect(kMargin, kMargin, width - 2 * kMargin, l.titleHeight),
            Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(p.font()).elidedText(pic.title, Qt::ElideMiddle, width - 2 * kMargin));
    p.save();
    p.translate(kMargin + HeatmapRenderer::kGutterWidth, kMargin + l.titleHeight);
    r.paintGrid(p, l.grid, vector);
    r.paintSelection(p, l.grid);
    p.setPen(QColor(0x22, 0x22, 0x22));
    r.paintRowLabels(p, l.grid, HeatmapRenderer::kGutterWidth);
    p.restore();
    p.setPen(QColor(0x22, 0x22, 0x22));
    HeatmapLegend::paint(p, HeatmapLegend::items(r), kMargin, l.legendTop, width - 2 * kMargin);
}

} // namespace

QImage renderHeatmapImage(const HeatmapRenderer& r, const HeatmapPicture& pic) {
    const PictureLayout l = layoutFor(r, pic);
    QImage image(std::max(pic.width, 200), l.height, QImage::Format_RGB32);
    QPainter p(&image);
    paintPicture(p, r, pic, l, false);
    return image;
}

QString exportHeatmapPng(const HeatmapRenderer& r, const HeatmapPicture& pic, const QString& path) {
    if (const QString e = checkOutputPath(path); !e.isEmpty())
        return e;
    return writeImageFile(path, renderHeatmapImage(r, pic));
}

QString exportHeatmapSvg(const HeatmapRenderer& r, const HeatmapPicture& pic, const QString& path) {
    if (const QString e = checkOutputPath(path); !e.isEmpty())
        return e;
    const PictureLayout l = layoutFor(r, pic);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot draw the picture for ") + path;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(QSize(std::max(pic.width, 200), l.height));
    svg.setViewBox(QRect(0, 0, std::max(pic.width, 200), l.height));
    svg.setTitle(pic.title);
    {
        QPainter p(&svg);
        paintPicture(p, r, pic, l, true);
    }
    return writeOutputFile(path, bytes);
}

} // namespace famscope::ui
