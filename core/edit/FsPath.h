// Paths inside a famfs file system as the editor accepts them: relative to the mount point,
// no empty, "." or ".." components (replay would resolve them in surprising ways), and at most
// 79 bytes, because fm_relpath / md_relpath hold 80 bytes with the NUL (famfs truncates
// silently; famscope refuses instead).
#pragma once

#include "core/Result.h"

#include <string>
#include <string_view>

namespace famscope::edit {

// "/a//b/" -> "a/b". Fails on an empty path, "." or ".." components, or more than 79 bytes.
Result<std::string> normalizeFsPath(std::string_view path);

std::string parentOf(const std::string& path);   // "a/b/c" -> "a/b", "a" -> ""
std::string baseNameOf(const std::string& path); // "a/b/c" -> "c"
std::string joinFsPath(const std::string& dir, const std::string& name);

} // namespace famscope::edit
