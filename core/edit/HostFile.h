// Host files famscope reads as input (the system UUID file, a metadata backup, a file to copy
// in). A path may name anything: a FIFO would block the open or the read forever, /dev/zero
// would never end. So every input file is opened without blocking, must be a regular file,
// and small ones are read with a size limit.
#pragma once

#include "core/Result.h"

#include <cstddef>
#include <optional>
#include <string>

namespace famscope::edit {

// Opens `path` read-only without ever blocking (O_NONBLOCK, so a FIFO with no writer does not
// hang) and returns the descriptor only if it is a regular file. The error names the path and
// what it is instead ("... is a FIFO, not a regular file").
Result<int> openRegularFile(const std::string& path);

// The whole of a small regular file, at most `maxBytes`. nullopt when the file does not exist;
// an error when it is not a regular file, cannot be read, or is larger than `maxBytes`.
Result<std::optional<std::string>> readSmallFile(const std::string& path, size_t maxBytes);

} // namespace famscope::edit
