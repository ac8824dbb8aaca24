// What the read-only outputs say about an interrupted repair of their target
// (repair/PendingRepair.h): the warning line first in text output, the `repair_pending` object
// in JSON. The CLI and the window's banner use the same words.
#pragma once

#include "core/repair/PendingRepair.h"
#include "core/report/JsonWriter.h"

#include <optional>
#include <string>

namespace famscope::report {

// "2026-12-05 00:10:00 UTC": when the interrupted repair recorded its intent.
std::string pendingRepairStarted(const repair::PendingRepair& p);

// What is pending and the two ways out (finish with repair, undo with restore), one line
// without the "famscope: TARGET: " frame; `target` is the name the commands are given.
std::string pendingRepairText(const std::string& target, const repair::PendingRepair& p);

// "famscope: TARGET: warning: " + pendingRepairText.
std::string pendingRepairWarning(const std::string& target, const repair::PendingRepair& p);

// The `repair_pending` key: {intent_file, started, started_unix, stores, backup_file,
// unreadable}; nothing when no repair is pending.
void writeRepairPending(JsonWriter& w, const std::optional<repair::PendingRepair>& p);

} // namespace famscope::report
