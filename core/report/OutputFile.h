// Files the front ends write for the user (pictures, exports, reports, screenshots): written
// whole or not at all. The bytes go to a temporary file in the same directory, which is
// flushed to disk (fsync), checked and renamed over the name asked for, so a full disk, an
// I/O error or a crash leaves the old file (or none), never a short one, and every failure is
// reported. Special files are refused: a FIFO would block the writer until someone reads it,
// and a device such as /dev/full is not a file to replace.
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <span>
#include <string>

namespace famscope::report {

// Fails when `path` names something other than a regular file or a new name in an existing
// directory: a FIFO, a socket, a device, a directory.
Status checkOutputPath(const std::string& path);

// Writes `bytes` as the whole content of `path` (see above). A symbolic link is followed, and
// the file it names is replaced; an existing file keeps its permission bits.
Status writeOutputFile(const std::string& path, std::span<const uint8_t> bytes);

} // namespace famscope::report
