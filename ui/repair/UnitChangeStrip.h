// The Repair dialog's heatmap before/after: one strip over every allocation unit of the device,
// coloured by what the repair does to it (kept, freed, newly owned by a recovered file, free,
// metadata). Runs too short for a pixel still get one, so a single freed unit is visible.
#pragma once

#include "core/repair/RepairPreview.h"

#include <QWidget>

namespace famscope::ui {

class UnitChangeStrip : public QWidget {
    Q_OBJECT
public:
    explicit UnitChangeStrip(QWidget* parent = nullptr);
    void setPreview(const repair::RepairPreview& preview);
    static QColor colour(repair::UnitChange change);
    QSize sizeHint() const override { return {480, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<repair::UnitRun> runs_;
    uint64_t total_ = 0;
};

} // namespace famscope::ui
