// The JSON that `resolve --explain`, `getmap --json` and `ls --pages` add: the resolver's steps
// for one fault (fs::explain) and the page size each part of a file faults in (fs::faultPages).
#pragma once

#include "core/fs/Namespace.h"
#include "core/report/JsonWriter.h"

#include <cstdint>
#include <string_view>

namespace famscope::report {

// "explain": {steps: [...], result, fault page} as a key of the open object.
void writeExplainKey(JsonWriter& w, const fs::FsFile& f, uint64_t fileOffset);

// "fault_pages" (or `name`): {totals, percent, ranges} as a key of the open object.
void writeFaultPagesKey(JsonWriter& w, const fs::FsFile& f, std::string_view name = "fault_pages");

} // namespace famscope::report
