// The text that `resolve --explain`, `ls --pages` and the fault benchmark add: the resolver's
// steps for one fault (fs::explain) and the page size each part of a file faults in
// (fs::faultPages). Their JSON is in FaultJson.h.
#pragma once

#include "core/fs/Namespace.h"

#include <cstdint>
#include <string>

namespace famscope::report {

// The steps, the result, the mapped length and the fault's page size, one per line.
std::string explainText(const fs::FsFile& f, uint64_t fileOffset);
// "2M 96%": the share of the file that can fault in 2 MiB pages ("2M ?" when the layout is
// too fragmented to classify).
std::string faultPagesSummary(const fs::FsFile& f);

// For the fault benchmark on a famfs file: the page mix a famfs mount on a 2 MiB-aligned devdax
// device would fault the file in, to read beside the page size the benchmark obtained.
std::string predictedPagesText(const fs::FsFile& f);

} // namespace famscope::report
