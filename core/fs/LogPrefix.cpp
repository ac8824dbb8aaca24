#include "core/fs/LogPrefix.h"

#include <algorithm>
#include <iterator>

namespace famscope::fs {

LoadedFs logPrefix(const LoadedFs& fs, uint64_t entries) {
    // Every member by name: the binding fails to compile when LoadedFs gains or loses one, so
    // a field added later cannot be left out of the cut silently. `log` and the entries are
    // cut below, the rest copied as it is.
    const auto& [path, mediaKind, mediaSize, sb, logHeaderRead, log, layout, allEntries,
                 entriesClaimed, warnings] = fs;
    const uint64_t kept = std::min<uint64_t>(entries, allEntries.size());
    LoadedFs cut{path,
                 mediaKind,
                 mediaSize,
                 sb,
                 logHeaderRead,
                 log,
                 layout,
                 LogEntryList(allEntries.begin(),
                              std::next(allEntries.begin(), static_cast<ptrdiff_t>(kept))),
                 std::min(entriesClaimed, entries),
                 warnings};
    // The header as famfs leaves it after `entries` appends: next_index counts them and
    // next_seqnum follows it (unless the header already had them disagree: keep that finding).
    if (entries < log.nextIndex) {
        if (log.nextSeqnum == log.nextIndex)
            cut.log.nextSeqnum = entries;
        cut.log.nextIndex = entries;
    }
    return cut;
}

} // namespace famscope::fs
