// famscope repair, the planning half: from a loaded file system and its fsck report, the list
// of actions that fix what has exactly one right answer, each naming the fsck code it answers,
// and the log those actions produce. Planning never writes; RepairRun.h applies a plan.
//
// What a plan may do (docs/FSCK-CODES.md, "Repair"):
//   * rewrite the log header: its CRC, and next_index/next_seqnum set to the rebuilt log's
//     entry count (LOG_CRC, LOG_NEXT_INDEX, LOG_NEXT_SEQNUM);
//   * end the log at the first bad entry, as every mount does (ENTRY_CRC, ENTRY_SEQNUM); with
//     `recover`, keep the intact entries behind it instead, renumbered;
//   * drop entries famfs skips or cannot instantiate (paths, duplicates, zero-offset or
//     out-of-device extents) or, for a missing parent, log the parent first;
//   * recompute the superblock CRC when every other superblock field agrees with the log and
//     the media.
// It never moves or rewrites file data. Files whose units are claimed twice are listed with
// both owners and kept, unless the caller names the entries to drop.
#pragma once

#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace famscope::repair {

struct RepairOptions {
    // Keep the intact entries behind a bad one (renumbered) instead of ending the log there.
    bool recover = false;
    // Log the missing parent directories of an entry instead of dropping the entry.
    bool createParents = false;
    // Slots (as on media) of cross-linked files the user chose to drop; others are kept.
    std::set<uint64_t> dropEntries;
    // Host files for the fsck runs that check each step (the role decides nothing here).
    fsck::FsckOptions fsckOptions;
};

enum class ActionKind {
    FixSuperblockCrc,
    FixHeaderCrc,
    FixCounters,  // next_index / next_seqnum
    EndLog,       // the log ends at a bad entry; what is behind it is not kept
    DropEntry,    // a bad or uninstantiable entry left out of the rebuilt log
    RecoverEntry, // an intact entry behind a bad one, kept and renumbered (recover)
    CreateParent, // a MKDIR logged before an entry whose parent was missing
    KeepCrossLinked,
    NotRepaired, // a finding with no single right answer; it stays
};
const char* actionName(ActionKind k); // "fix-superblock-crc", "drop-entry", ...
// Whether an action changes the media; the others (files kept cross-linked, findings with no
// single right answer) only report what stays.
bool changesMedia(ActionKind k);

struct RepairAction {
    ActionKind kind = ActionKind::NotRepaired;
    std::string code;                   // the fsck code the action answers
    std::vector<uint64_t> entryIndexes; // slots on media it concerns (a range is its two ends)
    bool slotRange = false;  // entryIndexes = {first, last}: every slot between is concerned
    std::string path;        // entry path, when one entry
    uint64_t unitsFreed = 0; // allocation units no surviving file owns any more
    uint64_t unitsKept = 0;  // units of the files it keeps or makes visible
    std::string text;        // one line for people
};
// The slots an action concerns as `repair --dry-run` and the window list them: "-", "3",
// "11..15419" for a range, or "2,5,9".
std::string entriesText(const RepairAction& a);

// An entry of the rebuilt log and the slot it came from (none: created by the repair).
struct PlannedEntry {
    std::optional<uint64_t> fromSlot;
    famfs::LogEntry entry; // seqnum == its new slot, CRC sealed
};

struct RepairPlan {
    std::vector<RepairAction> actions;
    // Why nothing can be repaired (no superblock, a log header that disagrees with the
    // superblock, unread entries...); the plan holds no writes when this is not empty.
    std::vector<std::string> refusals;
    std::vector<PlannedEntry> entries;           // the rebuilt log, slot by slot
    famfs::LogHeader header;                     // the rebuilt header (CRC, counters)
    std::optional<famfs::Superblock> superblock; // set when its CRC is rewritten
    uint64_t firstChangedSlot = 0;               // slots before it already hold their planned bytes
    bool headerChanges = false;
    std::vector<std::string> recoveredFiles; // files a mount sees after, not before
    uint64_t unitsFreed = 0;                 // allocated units before minus after

    bool feasible() const { return refusals.empty(); }
    bool writesEntries() const { return firstChangedSlot < entries.size(); }
    bool changesMedia() const {
        return feasible() && (headerChanges || superblock.has_value() || writesEntries());
    }
};

RepairPlan planRepair(const fs::LoadedFs& fs, const fsck::FsckReport& report,
                      const RepairOptions& options);

// Whether `b` writes the same log header and entries as `a`, through as many actions: the
// window writes a plan only when the one planned again under the write lock is the one shown.
bool samePlan(const RepairPlan& a, const RepairPlan& b);

// The file system as it will be after the plan is written (for previews and checks).
fs::LoadedFs repairedView(const fs::LoadedFs& fs, const RepairPlan& plan);

} // namespace famscope::repair
