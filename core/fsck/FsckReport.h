// The result of one fsck run: the figures `famfs fsck` prints (computed by famscope's own
// allocation map, so they equal famfs's wherever famfs can compute them), free-space health,
// the host's role, and every finding.
#pragma once

#include "core/fs/AllocationMap.h"
#include "core/fsck/Finding.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace famscope::fsck {

enum class Role { Owner, Client, InvalidSuperblock };
const char* roleName(Role r); // "Owner", "Client", "Invalid superblock" (famfs's words)

// The numbers of famfs's "Log stats", "Capacity" and "Famfs log" sections.
struct FamfsFigures {
    uint64_t entriesInUse = 0; // famfs_log_next_index as stored
    uint64_t logSlots = 0;
    uint64_t logLen = 0;
    uint64_t collisions = 0;
    uint64_t deviceCapacity = 0; // dd_size
    uint64_t bitmapCapacity = 0;
    uint64_t sumOfFileSizes = 0;
    uint64_t allocatedBytes = 0;
    uint64_t freeBytes = 0;
    uint64_t badEntries = 0;
    uint64_t files = 0;
    uint64_t directories = 0;
    // allocated / sum of sizes; infinite on an empty file system (famfs prints "inf").
    double spaceAmplification() const;
    double percentUsed() const; // NaN without capacity
};

struct FreeSpaceStats {
    uint64_t freeRuns = 0;
    uint64_t largestRunAus = 0;
    // histogram[k] = free runs of [2^k, 2^(k+1)) allocation units
    std::vector<uint64_t> histogram;
};

struct FsckReport {
    FamfsFigures figures;
    FreeSpaceStats freeSpace;
    uint64_t allocUnit = 0;
    Role role = Role::InvalidSuperblock;
    // famfs's own notion: magic, known version, CRC and alloc unit good (famfs_check_super).
    bool famfsSuperblockValid = false;
    bool logChecked = false; // false when the log could not be interpreted
    std::vector<Finding> findings;
    FindingCounts counts;                    // every finding, including the omitted ones
    std::map<std::string, uint64_t> omitted; // code -> findings counted but not listed

    bool has(const std::string& code) const;
};

// The indices of `findings` by severity, then by the area they are in, each list in the
// report's order: how the window's fsck tab groups them.
using FindingGroups = std::map<Severity, std::map<Location::Area, std::vector<size_t>>>;
FindingGroups groupFindings(const std::vector<Finding>& findings);

} // namespace famscope::fsck
