#include "ui/repair/UnitChangeStrip.h"

#include <QPainter>

#include <algorithm>

namespace famscope::ui {

UnitChangeStrip::UnitChangeStrip(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(20);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UnitChangeStrip::setPreview(const repair::RepairPreview& preview) {
    runs_ = preview.runs;
    total_ = preview.totalUnits;
    update();
}

QColor UnitChangeStrip::colour(repair::UnitChange change) {
    switch (change) {
    case repair::UnitChange::Free:
        return QColor(0xec, 0xf0, 0xf1);
    case repair::UnitChange::Metadata:
        return QColor(0x7f, 0x8c, 0x8d);
    case repair::UnitChange::Kept:
        return QColor(0x5d, 0x6d, 0x7e);
    case repair::UnitChange::Freed:
        return QColor(0xc0, 0x39, 0x2b);
    case repair::UnitChange::Recovered:
        return QColor(0x27, 0xae, 0x60);
    }
    return Qt::black;
}

void UnitChangeStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRect area = rect().adjusted(0, 0, -1, -1);
    p.fillRect(area, colour(repair::UnitChange::Free));
    if (total_ == 0 || area.width() <= 0)
        return;
    const double perUnit = double(area.width()) / double(total_);
    for (const repair::UnitRun& r : runs_) {
        if (r.change == repair::UnitChange::Free)
            continue;
        const int x = area.left() + int(double(r.firstAu) * perUnit);
        const int w = std::max(1, int(double(r.auCount) * perUnit));
        p.fillRect(QRect(x, area.top(), w, area.height()), colour(r.change));
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
}

} // namespace famscope::ui
