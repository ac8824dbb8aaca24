// Is a device in use by a mount? famfs refuses to format or write a device that is mounted
// (the kernel or famfs_fused then owns its log). Read from /proc/self/mountinfo.
#pragma once

#include <optional>
#include <string>

namespace famscope::edit {

inline constexpr const char* kDefaultMountInfoPath = "/proc/self/mountinfo";

// A description ("mounted at /mnt/famfs (famfs)") when `path` (resolved through symlinks) is
// the source of a mount listed in `mountInfoPath`; nullopt otherwise or when unreadable.
std::optional<std::string> mountedAs(const std::string& path, const std::string& mountInfoPath);

} // namespace famscope::edit
