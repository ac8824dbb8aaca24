// The warning line the read-only commands print on stderr, before any output, for damaged media
// they opened best-effort (fs::MediaDamage). What their output adds is in report/DamageReport.h.
#pragma once

#include "cli/Target.h"

namespace famscope::cli {

// "famscope: <target>: warning: damaged media, read-only and incomplete: <reasons>"; nothing
// when the target is not damaged.
void printDamageWarning(const Target& target);

} // namespace famscope::cli
