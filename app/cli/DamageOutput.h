// The warning lines the read-only commands print on stderr, before any output: an interrupted
// repair of the target (repair/PendingRepair.h), then damaged media they opened best-effort
// (fs::MediaDamage). What their output adds is in report/TargetState.h.
#pragma once

#include "cli/Target.h"

#include <string>

namespace famscope::cli {

// "famscope: <target>: warning: an interrupted repair is pending ..." and
// "famscope: <target>: warning: damaged media, read-only and incomplete: <reasons>"; nothing
// when neither applies.
void printDamageWarning(const Target& target);

} // namespace famscope::cli
