// A heatmap tab on its own, offscreen, fitted to its window, for the heatmap tests: what colour
// a unit is drawn in and what its tooltip says.
#pragma once

#include "ui/SelectionModel.h"
#include "ui/document/Snapshot.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapView.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace uitest {

struct HeatmapTab {
    famscope::ui::SelectionModel selection;
    famscope::ui::HeatmapPanel panel{&selection};
    explicit HeatmapTab(std::shared_ptr<famscope::ui::Snapshot> snapshot) {
        panel.resize(1100, 800);
        panel.show();
        panel.setSnapshot(std::move(snapshot));
        QCoreApplication::processEvents();
        panel.view()->zoomToFit();
    }
    famscope::ui::HeatmapView* view() { return panel.view(); }
    // The colour of the cell that holds allocation unit `au`, as drawn on screen.
    QColor pixelOfUnit(uint64_t au) {
        const QImage shot = view()->grab().toImage();
        return shot.pixelColor(view()->cellCentre(au >> view()->grid().level));
    }
    QString tooltipOfUnit(uint64_t au) {
        return view()->describeAt(view()->cellCentre(au >> view()->grid().level));
    }
};

} // namespace uitest
