// `famscope heatmap`: the one interface between the CLI (QtCore only) and the GUI library that
// draws the picture. The CLI parses and checks the options and the target, fills a
// HeatmapRequest and calls the GUI library's entry point, looked up by kHeatmapExportSymbol
// (the library is loaded only for this command); the outcome comes back typed, and the CLI
// turns it into an exit status (report/ExitStatus.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace famscope::report {

// What a unit's colour says: --mode owner|age|fsck.
enum class HeatmapColour { Owner, Age, Fsck };

std::optional<HeatmapColour> heatmapColourFromName(std::string_view name);
const char* heatmapColourName(HeatmapColour colour);

struct HeatmapRequest {
    std::string target; // image or devdax device (bytes as given); unused with `demo`
    bool demo = false;
    std::string pngPath; // empty: no PNG
    std::string svgPath; // empty: no SVG
    int width = 1200;    // pixels, checked by the CLI (200..16384)
    HeatmapColour colour = HeatmapColour::Owner;
    std::optional<uint64_t> entries; // the device after the first N log entries; all if unset
    std::string selectPath;          // file whose extents are outlined; empty: none
};

enum class HeatmapOutcome {
    Written,     // every picture asked for was written
    CannotLoad,  // the target could not be loaded
    NoSuchFile,  // selectPath is not in the namespace
    CannotWrite, // a picture could not be written
};

using HeatmapExportFunction = HeatmapOutcome (*)(const HeatmapRequest& request);
inline constexpr const char* kHeatmapExportSymbol = "famscope_heatmap_export";

} // namespace famscope::report
