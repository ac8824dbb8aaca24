// One fsck, fed the log's entries one at a time in log order: the superblock and log header
// checks when it starts, then for each entry its checks and its claims in the allocation map,
// then the checks that need the whole map. The entries can come from a loaded file system or
// from a stream that never holds the whole log (Fsck.h has both).
#pragma once

#include "core/fs/AllocationMap.h"
#include "core/fs/EntrySource.h"
#include "core/fs/ReplayDecisions.h"
#include "core/fsck/CheckContext.h"
#include "core/fsck/EntryChecks.h"
#include "core/fsck/Fsck.h"
#include "core/fsck/NamespaceChecks.h"

#include <string>

namespace famscope::fsck {

class FsckRun {
public:
    // Runs the checks that need no entry. `fs` and `entries` outlive the run.
    FsckRun(const fs::LoadedFs& fs, const fs::EntrySource& entries, const FsckOptions& options,
            const std::string& repairIntentFile);
    FsckRun(const FsckRun&) = delete;
    FsckRun& operator=(const FsckRun&) = delete;

    // Whether the entries are interpreted: then the fsck-mode replay of the log must tell
    // observer() its decisions, each before entry() is called for that entry.
    bool checksEntries() const { return ctx_.checkLog; }
    const fs::DecisionObserver& observer() const { return observer_; }

    void entry(uint64_t index, const famfs::LogEntry& e); // every slot, in log order
    FsckReport finish();                                  // once, after the last entry

private:
    fs::AllocationMap allocationMap(); // alloc_'s, or built again when it needs the owners

    CheckContext ctx_;
    FindingSink sink_;
    FsckReport report_;
    fs::AllocationMapBuilder alloc_;
    NamespaceChecks names_;
    EntryChecks entryChecks_;
    fs::DecisionObserver observer_;
};

} // namespace famscope::fsck
