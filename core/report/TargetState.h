// What the read-only outputs report about the target they opened, besides what it holds: the
// damage it was opened with best-effort (fs::MediaDamage), the exit status that damage implies
// and an interrupted repair of it (repair/PendingRepair.h). The JSON writers of info, log, ls,
// getmap, resolve and verify take it and write its keys, `damaged` (DamageReport.h) and
// `repair_pending` (PendingRepairOutput.h), where famscope(1) shows them.
#pragma once

#include "core/fs/Namespace.h"
#include "core/repair/PendingRepair.h"
#include "core/report/DamageReport.h"
#include "core/report/JsonWriter.h"

#include <optional>

namespace famscope::report {

struct TargetState {
    Damage damage;
    int exitStatus = 0; // what the command ends with for `damage` (ExitStatus.h); 0 without
    std::optional<repair::PendingRepair> pendingRepair;
};

// The `damaged` key (with `files_beyond_media` counted from `ns` when given), then the
// `repair_pending` key, each only when there is something to say: the last keys of an object.
void writeTargetState(JsonWriter& w, const TargetState& target, const fs::Namespace* ns = nullptr);

} // namespace famscope::report
