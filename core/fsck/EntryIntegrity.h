// Log entry integrity as famfs validates an entry (CRC over [0, 536), seqnum equal to the
// slot), told apart by cause, and reported one finding per cause: an entry with both checks
// wrong is one finding that states both, and consecutive entries with the same defect (a
// zeroed tail counted by next_index, random bytes over a stretch of the log) are one group
// finding with their range and count instead of one finding per slot.
#pragma once

#include "core/format/LogEntry.h"
#include "core/fsck/Finding.h"

#include <cstdint>

namespace famscope::fsck {

enum class EntryDefect {
    None,
    SeqnumOnly,  // CRC right, seqnum not the slot's (ENTRY_SEQNUM)
    CrcMismatch, // seqnum right, CRC wrong: the bytes changed after the entry was written
    TornLast,    // the last live entry, seqnum right, CRC wrong: a write that did not finish
    AllZero,     // an empty slot that next_index counts as written
    RandomBytes, // neither seqnum nor CRC right: not a log entry at all
};

// `lastLive`: the slot is next_index - 1, where an append that did not finish leaves a torn
// entry.
EntryDefect classifyEntry(const famfs::LogEntry& e, uint64_t index, bool lastLive);

// Collects damaged entries in log order and reports each run of one defect as one finding.
class DamagedEntryRuns {
public:
    explicit DamagedEntryRuns(FindingSink& sink) : sink_(sink) {}
    DamagedEntryRuns(const DamagedEntryRuns&) = delete;
    DamagedEntryRuns& operator=(const DamagedEntryRuns&) = delete;

    // Entry `index` has `defect` (not None); continues the current run or starts a new one.
    void add(const famfs::LogEntry& e, uint64_t index, EntryDefect defect);
    // Reports the current run, if any: call on every entry that is not damaged, and at the end.
    // Inline for the common case of no run, as it is called on nearly every entry.
    void flush() {
        if (defect_ != EntryDefect::None)
            report();
    }

private:
    void report();

    FindingSink& sink_;
    EntryDefect defect_ = EntryDefect::None;
    Finding run_; // the first member, then the group as it grows
};

} // namespace famscope::fsck
