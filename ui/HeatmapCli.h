// `famscope heatmap TARGET --png OUT.png`: the heatmap rendered headless. The CLI (QtCore
// only) validates its arguments and the target, forces the offscreen platform, and calls this
// entry point of the GUI library by name, as it does famscope_gui_main.
#pragma once

extern "C" __attribute__((visibility("default"))) int
famscope_heatmap_export(const char* target, int demo, const char* pngPath, const char* svgPath,
                        int width, int mode, long long entries, const char* selectPath);
