// Text and JSON for an allocation placement (creat, creat --plan, cp).
#pragma once

#include "core/edit/Allocator.h"
#include "core/report/JsonWriter.h"

#include <string>

namespace famscope::report {

// The layout line (interleaved, or the fallback to one extent) and "offset<TAB>length" per
// extent or strip, each line starting with `indent`.
std::string placementText(const edit::Placement& p, const std::string& indent);
void writePlacement(JsonWriter& w, const edit::Placement& p);

// What a one-line summary of a placement says ("3 strips of 2 MiB, chunk 2 MiB"; "one extent
// of 8 MiB at 0x..."), for a front end to word in its own language; zeros for an empty plan.
struct PlacementSummary {
    bool interleaved = false;
    bool fellBack = false;    // interleave asked, smaller than one chunk: one simple extent
    size_t pieces = 0;        // strips or extents
    uint64_t pieceBytes = 0;  // the first strip's or extent's length
    uint64_t firstOffset = 0; // its device offset
    uint64_t chunkSize = 0;   // interleaved
};
PlacementSummary summarizePlacement(const edit::Placement& p);

} // namespace famscope::report
