// What a replay makes of the paths: duplicates (the first entry wins), mkdir over a file, a
// file over a directory, parents that were never created (or only later) or are files, and
// ".." above the mount point. The findings are read from the fsck-mode replay's own decisions
// (fs::replaySummary with a DecisionObserver), so they say exactly what the replay, and a
// mount, does with each entry; nothing here resolves a path a second time.
#pragma once

#include "core/fs/EntrySource.h"
#include "core/fs/Replay.h"
#include "core/fs/ReplayDecisions.h"
#include "core/fsck/CheckContext.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace famscope::fsck {

class NamespaceChecks {
public:
    // `entries` serves the rare finding that needs a later entry (laterMkdir()).
    explicit NamespaceChecks(const fs::EntrySource& entries);

    // Keeps the findings of one decision of the fsck-mode replay (its DecisionObserver).
    void decide(const fs::EntryDecision& d);
    // Reports the findings of entry `index`, whose decision was made; call in log order.
    void report(uint64_t index, FindingSink& sink) {
        if (next_ < pending_.size()) // inline for the common case: no findings left
            reportPending(index, sink);
    }

    // famfs::plainPathLength() of entry `index`'s path as the replay found it, or 0 when the
    // replay did not compute it (PathChecks then reads the path itself).
    size_t plainPathLength(uint64_t index) const {
        return index < plainLengths_.size() ? plainLengths_[index] : 0;
    }

private:
    struct Pending {
        uint64_t entry;
        const CodeInfo* code;
        bool isDir;
        std::string path; // as logged
        std::string message;
    };
    void reportPending(uint64_t index, FindingSink& sink);
    std::string parentMissing(const fs::EntryDecision& d, std::string_view parent);
    // The first valid MKDIR of `path` after entry `after`, if any (built on first use: only
    // logs with a missing parent need it).
    std::optional<uint64_t> laterMkdir(std::string_view path, uint64_t after);

    const fs::EntrySource& entries_;
    std::vector<Pending> pending_;      // in log order
    std::vector<uint8_t> plainLengths_; // by entry; a path is shorter than 80 bytes
    size_t next_ = 0;
    bool mkdirsIndexed_ = false;
    std::map<std::string, std::vector<uint64_t>, std::less<>> mkdirs_; // path -> MKDIR entries
};

} // namespace famscope::fsck
