// Log entry checks, one live slot at a time in log order: CRC and seqnum (as famfs fsck, but
// named per cause: see EntryIntegrity.h), entry types famfs never writes or ignores, then the
// path, the file map and the namespace the valid entries build.
#pragma once

#include "core/fsck/CheckContext.h"
#include "core/fsck/EntryIntegrity.h"
#include "core/fsck/NamespaceChecks.h"

#include "core/fs/FileMap.h"

namespace famscope::fsck {

class EntryChecks {
public:
    // `names` holds the replay's decisions up to each entry checked.
    EntryChecks(const CheckContext& ctx, NamespaceChecks& names, FindingSink& sink)
        : ctx_(ctx), names_(names), sink_(sink), damaged_(sink) {}

    // Entry `index`, after index - 1. `filePieces`: EntryPieces of e's file (nullptr when e is
    // no FILE entry), copied out by the caller, which reads them for the allocation map too.
    void check(uint64_t index, const famfs::LogEntry& e, const fs::EntryPieces* filePieces);
    void finish(); // after the last entry

private:
    const CheckContext& ctx_;
    NamespaceChecks& names_;
    FindingSink& sink_;
    DamagedEntryRuns damaged_;
    uint64_t devicesAdded_ = 0; // highest dd_index of the valid ADD_DAXDEV entries so far
};

} // namespace famscope::fsck
