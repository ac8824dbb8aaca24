// The one place where an outcome reported by core (or by the GUI library, for `heatmap`)
// becomes an exit status of the CLI (the statuses themselves: ExitCodes.h; fsck keeps e2fsck's
// own scheme, fsck::exitStatus).
#pragma once

#include "core/Result.h"
#include "core/report/HeatmapRequest.h"

namespace famscope::cli {

// The status of a command that stops on a core error of this kind.
int exitStatus(ErrorKind kind);
int exitStatus(report::HeatmapOutcome outcome);

} // namespace famscope::cli
