#include "core/report/TargetState.h"

#include "core/report/PendingRepairOutput.h"

namespace famscope::report {

void writeTargetState(JsonWriter& w, const TargetState& target, const fs::Namespace* ns) {
    writeDamaged(w, target.damage, target.exitStatus, ns);
    writeRepairPending(w, target.pendingRepair);
}

} // namespace famscope::report
