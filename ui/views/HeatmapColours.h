// The heatmap's colours, in one place so the widget, the overview strip, the legend and the
// exports agree. Files get a stable hue from their log entry index (golden-ratio steps, so
// neighbouring entries differ clearly); red is kept for collisions and errors, so file hues
// skip it. Superblock + log, free, collision and beyond-media cells have their own colours.
#pragma once

#include "core/heatmap/SeverityMap.h"
#include "core/report/HeatmapRequest.h"

#include <QColor>

#include <cstdint>

namespace famscope::ui {

// What a cell's colour says; the same modes as `famscope heatmap --mode owner|age|fsck`.
using HeatmapMode = report::HeatmapColour;

namespace heatmapcolours {

QColor free();
QColor metadata();
QColor collision();
QColor beyondMedia();
QColor background();     // outside the device
QColor allocatedClean(); // severity mode: allocated, no finding
QColor file(uint32_t entry);
// Log age: entry 0 (oldest) dark blue through green to yellow (newest).
QColor age(uint32_t entry, uint64_t entryCount);
QColor severity(heatmap::CellSeverity s);

} // namespace heatmapcolours

} // namespace famscope::ui
