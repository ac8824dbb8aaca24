// `famscope heatmap TARGET --png OUT.png`: the heatmap rendered headless. The CLI (QtCore
// only) validates its arguments and the target, forces the offscreen platform, and calls this
// entry point of the GUI library by name (report::kHeatmapExportSymbol), as it does
// famscope_gui_main; report/HeatmapRequest.h is the whole interface.
#pragma once

#include "core/report/HeatmapRequest.h"

extern "C" __attribute__((visibility("default"))) famscope::report::HeatmapOutcome
famscope_heatmap_export(const famscope::report::HeatmapRequest& request);
