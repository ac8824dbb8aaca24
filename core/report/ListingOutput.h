// `famscope ls`, `getmap` and `resolve`: a directory of the replayed namespace, one file's map
// (as famfs getmap prints it) and the device runs of a file range, as text and JSON.
#pragma once

#include "core/fs/Namespace.h"
#include "core/fs/Resolver.h"
#include "core/report/TargetState.h"

#include <optional>
#include <string>
#include <vector>

namespace famscope::report {

// One line of `ls`: a file or a directory.
struct Listed {
    const fs::FsFile* file = nullptr;
    const fs::FsDir* dir = nullptr;
    const std::string& path() const { return file ? file->path : dir->path; }
};

// What `ls PATH` lists: the file at PATH, or the children of the directory at PATH sorted by
// path ("" is the root); nullopt when PATH is neither.
std::optional<std::vector<Listed>> listing(const fs::Namespace& ns, const std::string& path);

struct ListingStyle {
    bool longFormat = false; // -l: mode, owner, size, entry, map
    bool pages = false;      // --pages: the share of each file that faults in 2 MiB pages
};
std::string listingText(const std::vector<Listed>& entries, ListingStyle style,
                        const Damage& damage);
std::string listingJson(const std::string& path, const std::vector<Listed>& entries,
                        ListingStyle style, const TargetState& target, const fs::Namespace& ns);

// `getmap`: size, entry, extents or interleave, mapped bytes, and what is missing of it.
std::string fileMapText(const fs::FsFile& f, const Damage& damage);
std::string fileMapJson(const fs::FsFile& f, const TargetState& target);

// `resolve`: "file 0x0 -> dev 0 offset 0x200000 length 4096 (extent 0)", one line per run.
std::string resolvedRunsText(const fs::FsFile& f, const std::vector<fs::DeviceRun>& runs);
// `resolve --json`: the range, its runs (none when they could not be resolved) and, with
// `explained`, the steps of the fault at `offset`.
std::string resolveJson(const fs::FsFile& f, uint64_t offset, uint64_t length, bool explained,
                        const std::vector<fs::DeviceRun>* runs, const TargetState& target);

} // namespace famscope::report
