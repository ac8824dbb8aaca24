// Most logged paths are plain: "dir/sub/name.ext", nothing that fsck's path checks or the
// replay's path walk must look at. Finding that out a word at a time, with the path's length,
// is cheaper than finding the NUL and then each slash (both read every path of a log).
#pragma once

#include "core/format/LogEntry.h"

#include <cstddef>

namespace famscope::famfs {

// The length of a plain path: terminated, not empty, no control byte (C0, DEL, or 0xC2, which
// starts a C1 control), no empty component (a leading or trailing '/', or "//") and no
// component starting with '.' (so no "." or ".." component either). 0 for any other field.
size_t plainPathLength(const PathField& field);
// The same, eight bytes at a time in plain C++: what plainPathLength() is on a CPU without
// SSE2, and the reference the tests hold the SSE2 version to.
size_t plainPathLengthPortable(const PathField& field);

} // namespace famscope::famfs
