#include "cli/DamageOutput.h"

#include "cli/Text.h"

#include "core/fs/MediaDamage.h"
#include "core/report/PendingRepairOutput.h"

namespace famscope::cli {

void printDamageWarning(const Target& target) {
    // An interrupted repair first: what follows may be its intermediate state.
    const report::TargetState& state = target.state;
    if (state.pendingRepair)
        printErr(shown(report::pendingRepairWarning(target.fs.path, *state.pendingRepair)));
    if (!state.damage)
        return;
    // The target path and the reasons are escaped as shown() does, the frame is plain text.
    printErr(shown(fs::damageWarning(target.fs.path, *state.damage)));
}

} // namespace famscope::cli
