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

} // namespace famscope::report
