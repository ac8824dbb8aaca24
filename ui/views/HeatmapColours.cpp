#include "ui/views/HeatmapColours.h"

#include <algorithm>
#include <cmath>

namespace famscope::ui::heatmapcolours {

QColor free() {
    return QColor(0xe6, 0xe8, 0xeb);
}
QColor metadata() {
    return QColor(0x2c, 0x3e, 0x50);
}
QColor collision() {
    return QColor(0xe0, 0x10, 0x20);
}
QColor beyondMedia() {
    return QColor(0x11, 0x11, 0x11);
}
QColor background() {
    return QColor(0xfa, 0xfa, 0xfa);
}
QColor allocatedClean() {
    return QColor(0x9c, 0xc9, 0xa5);
}

QColor file(uint32_t entry) {
    // Hues 30..330 degrees: away from the collision red.
    const double golden = 0.6180339887498949;
    const double f = std::fmod(static_cast<double>(entry) * golden, 1.0);
    const int hue = 30 + static_cast<int>(f * 300.0);
    // Three saturation/value bands so that hues close on the wheel still differ.
    static constexpr int kSat[] = {170, 210, 140};
    static constexpr int kVal[] = {215, 180, 235};
    const size_t band = (entry / 3) % 3;
    // Plain 8-bit RGB, so a colour compares equal to the pixel it paints.
    return QColor(QColor::fromHsv(hue, kSat[band], kVal[band]).rgb());
}

QColor age(uint32_t entry, uint64_t entryCount) {
    // A viridis-like ramp: perceptually ordered, readable for colour-blind viewers.
    static const QColor kStops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b),
                                    QColor(0x21, 0x91, 0x8c), QColor(0x5e, 0xc9, 0x62),
                                    QColor(0xfd, 0xe7, 0x25)};
    const double t =
        entryCount <= 1
            ? 1.0
            : std::clamp(static_cast<double>(entry) / static_cast<double>(entryCount - 1), 0.0,
                         1.0);
    const double pos = t * 4.0;
    const int i = std::min(3, static_cast<int>(pos));
    const double u = pos - i;
    const QColor& a = kStops[i];
    const QColor& b = kStops[i + 1];
    return QColor(QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * u),
                                   static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * u),
                                   static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * u))
                      .rgb());
}

QColor severity(heatmap::CellSeverity s) {
    switch (s) {
    case heatmap::CellSeverity::Error:
        return collision();
    case heatmap::CellSeverity::Warning:
        return QColor(0xf3, 0x9c, 0x12);
    case heatmap::CellSeverity::Info:
        return QColor(0x34, 0x98, 0xdb);
    case heatmap::CellSeverity::None:
        break;
    }
    return allocatedClean();
}

} // namespace famscope::ui::heatmapcolours
