#include "cli/DamageOutput.h"

#include "cli/Text.h"

#include "core/fs/MediaDamage.h"
#include "core/report/PendingRepairOutput.h"

namespace famscope::cli {

void printDamageWarning(const Target& target) {
    // An interrupted repair first: what follows may be its intermediate state.
    if (target.pendingRepair)
        printErr(shown(report::pendingRepairWarning(target.fs.path, *target.pendingRepair)));
    if (!target.damage)
        return;
    // The target path and the reasons are escaped as shown() does, the frame is plain text.
    printErr(shown(fs::damageWarning(target.fs.path, *target.damage)));
}

std::string withRepairPending(const Target& target, const std::string& json) {
    return report::withRepairPending(json, target.pendingRepair);
}

} // namespace famscope::cli
