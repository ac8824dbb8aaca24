// famscope repair, the writing half: plans under the write lock and, once confirmed, writes the
// plan in famfs's crash-safe order after a metadata backup, then rereads what it wrote.
//
// Write order, each step flushed before the next:
//   1. the metadata backup (`famscope restore` puts it back byte for byte), then the intent:
//      every store below with the bytes it replaces (RepairIntent.h);
//   2. the superblock CRC, when the plan rewrites it (one aligned 8-byte store);
//   3. when entries change: next_index/next_seqnum lowered to the slots that stay as they are
//      (one 16-byte store, as famfs appends), so that no reader ever counts a slot being
//      rewritten; then the rebuilt entries;
//   4. the log header CRC (one 8-byte store), then next_index/next_seqnum (one 16-byte store).
//   5. the intent file removed.
// A process killed between two steps leaves a log famfs replays cleanly: the old one, the
// repaired one, or during step 3 the unchanged prefix of both. The intent file says which
// repair was under way: the next runRepair() on the target finishes it before anything else,
// so famscope never leaves the prefix state behind; `famscope restore` undoes it instead.
#pragma once

#include "core/Result.h"
#include "core/media/Media.h"
#include "core/repair/RepairIntent.h"
#include "core/repair/RepairPlan.h"

#include <functional>
#include <string>

namespace famscope::repair {

struct RunOptions {
    RepairOptions plan;
    std::string backupPath; // empty: edit::defaultBackupPath()
    std::string systemUuidPath = "/opt/famfs/system_uuid";
    std::string mountInfoPath = "/proc/self/mountinfo";
    std::string intentPath; // empty: intentPathFor(target)
    // Called with the plan before anything is written; false cancels (nothing written).
    std::function<bool(const RepairPlan&)> confirm;
    // Progress 0..1000 with a stage text, for front ends.
    std::function<void(int, const std::string&)> progress;
};

struct RunOutcome {
    RepairPlan plan;
    bool written = false;   // false: nothing to repair, or not confirmed
    bool cancelled = false; // confirm() said no
    std::string backupFile;
    std::string intentFile;
    // The backup named by an interrupted repair's intent, when this run finished that repair.
    std::string finishedBackup;
    uint64_t entriesWritten = 0;
};

// The stores that write a plan made from `before` (steps 2 to 4 above), in order.
Result<std::vector<IntentStore>> repairStores(media::Media& media, const fs::LoadedFs& before,
                                              const RepairPlan& plan);

// Writes a plan made from `before` (steps 2 to 4 above; no backup, no intent), then reads it
// back.
Status writeRepair(media::Media& media, const fs::LoadedFs& before, const RepairPlan& plan);

// Refuses a mounted target, a target another writer holds, a host that is a famfs client of
// the file system, a damaged intent file, and a plan with refusals: an error of kind Refused,
// nothing written. Finishes an interrupted repair first (RunOutcome::finishedBackup). An error
// of kind Failed: the backup, the intent, the write or its read-back failed.
Result<RunOutcome> runRepair(const std::string& targetPath, const RunOptions& options);

// Only what runRepair does first: the same refusals, then the interrupted repair finished
// (RunOutcome::finishedBackup; empty when none was pending). Plans and writes nothing else.
Result<RunOutcome> finishPendingRepair(const std::string& targetPath, const RunOptions& options);

} // namespace famscope::repair
