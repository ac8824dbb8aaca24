// The warning lines the read-only commands print on stderr, before any output: an interrupted
// repair of the target (repair/PendingRepair.h), then damaged media they opened best-effort
// (fs::MediaDamage). What their output adds is in report/DamageReport.h and
// report/PendingRepairOutput.h.
#pragma once

#include "cli/Target.h"

#include <string>

namespace famscope::cli {

// "famscope: <target>: warning: an interrupted repair is pending ..." and
// "famscope: <target>: warning: damaged media, read-only and incomplete: <reasons>"; nothing
// when neither applies.
void printDamageWarning(const Target& target);

// `json`, a complete object, with the `repair_pending` key when a repair of the target is pending.
std::string withRepairPending(const Target& target, const std::string& json);

} // namespace famscope::cli
