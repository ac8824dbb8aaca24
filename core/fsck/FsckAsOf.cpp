#include "core/fsck/FsckAsOf.h"

#include "core/fsck/Fsck.h"

#include <algorithm>

namespace famscope::fsck {

fs::LoadedFs logPrefix(const fs::LoadedFs& fs, uint64_t entries) {
    // Field by field, so that the entries past the cut are never copied (a log can hold
    // millions); the rest is small.
    fs::LoadedFs cut;
    cut.path = fs.path;
    cut.mediaKind = fs.mediaKind;
    cut.mediaSize = fs.mediaSize;
    cut.sb = fs.sb;
    cut.logHeaderRead = fs.logHeaderRead;
    cut.log = fs.log;
    cut.layout = fs.layout;
    cut.warnings = fs.warnings;
    const uint64_t kept = std::min<uint64_t>(entries, fs.entries.size());
    cut.entries.assign(fs.entries.begin(), fs.entries.begin() + static_cast<ptrdiff_t>(kept));
    cut.entriesClaimed = std::min(fs.entriesClaimed, entries);
    // The header as famfs leaves it after `entries` appends: next_index counts them and
    // next_seqnum follows it (unless the header already had them disagree: keep that finding).
    if (entries < fs.log.nextIndex) {
        if (fs.log.nextSeqnum == fs.log.nextIndex)
            cut.log.nextSeqnum = entries;
        cut.log.nextIndex = entries;
    }
    return cut;
}

std::vector<Finding> fsckFindingsAsOf(const fs::LoadedFs& fs, uint64_t entries) {
    FsckOptions options;
    options.force = true;
    if (entries >= fs.entries.size())
        return runFsck(fs, options).findings;
    return runFsck(logPrefix(fs, entries), options).findings;
}

} // namespace famscope::fsck
