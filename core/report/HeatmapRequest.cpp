#include "core/report/HeatmapRequest.h"

namespace famscope::report {

namespace {
constexpr std::pair<HeatmapColour, const char*> kColourNames[] = {
    {HeatmapColour::Owner, "owner"}, {HeatmapColour::Age, "age"}, {HeatmapColour::Fsck, "fsck"}};
} // namespace

std::optional<HeatmapColour> heatmapColourFromName(std::string_view name) {
    for (const auto& [colour, text] : kColourNames)
        if (name == text)
            return colour;
    return std::nullopt;
}

const char* heatmapColourName(HeatmapColour colour) {
    for (const auto& [c, text] : kColourNames)
        if (c == colour)
            return text;
    return "owner";
}

} // namespace famscope::report
