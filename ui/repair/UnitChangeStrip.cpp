#include "ui/repair/UnitChangeStrip.h"

#include <QPainter>

#include <algorithm>

namespace famscope::ui {

UnitChangeStrip::UnitChangeStrip(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(20);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void UnitChangeStrip::setPreview(const RepairPreview& preview) {
    runs_ = preview.runs;
    total_ = preview.totalUnits;
    update();
}

QColor UnitChangeStrip::colour(UnitChange change) {
    switch (change) {
    case UnitChange::Free:
        return QColor(0xec, 0xf0, 0xf1);
    case UnitChange::Metadata:
        return QColor(0x7f, 0x8c, 0x8d);
    case UnitChange::Kept:
        return QColor(0x5d, 0x6d, 0x7e);
    case UnitChange::Freed:
        return QColor(0xc0, 0x39, 0x2b);
    case UnitChange::Recovered:
        return QColor(0x27, 0xae, 0x60);
    }
    return Qt::black;
}

void UnitChangeStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QRect area = rect().adjusted(0, 0, -1, -1);
    p.fillRect(area, colour(UnitChange::Free));
    if (total_ == 0 || area.width() <= 0)
        return;
    const double perUnit = double(area.width()) / double(total_);
    for (const UnitRun& r : runs_) {
        if (r.change == UnitChange::Free)
            continue;
        const int x = area.left() + int(double(r.firstAu) * perUnit);
        const int w = std::max(1, int(double(r.auCount) * perUnit));
        p.fillRect(QRect(x, area.top(), w, area.height()), colour(r.change));
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
}

} // namespace famscope::ui
