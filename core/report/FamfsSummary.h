// The summary `famfs fsck` prints for a device (famfs-format.md section 6.2), reproduced line
// for line from famscope's own figures (fsck::FamfsFigures), so admins can compare the two.
#pragma once

#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/FsckReport.h"

#include <string>

namespace famscope::report {

// "Owner" when the superblock's system UUID is this host's (/opt/famfs/system_uuid),
// "Client" otherwise, "Invalid superblock" without a valid one (as famfs names the roles).
std::string famfsRole(const fs::LoadedFs& fs, const std::string& systemUuidFile);
std::string famfsFsckSummary(const fs::LoadedFs& fs, const fsck::FamfsFigures& figures,
                             const std::string& role);
std::string famfsFsckSummary(const fs::LoadedFs& fs, const fs::AllocationMap& alloc,
                             const std::string& role);

} // namespace famscope::report
