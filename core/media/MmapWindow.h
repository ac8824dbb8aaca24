// mmap of a page- or device-aligned window of a file descriptor, returned as a Mapping that
// points at the exact byte asked for. Shared by image files and devdax devices.
#pragma once

#include "media/Media.h"

#include <cstdint>
#include <string>

namespace famscope::media {

// Maps [start, start + mapLen) of `fd` and returns the part [offset, offset + len), which
// must lie inside it. The release captures only the address and length, never the media
// object, so a mapping may outlive the media that made it.
Result<Mapping> mmapWindow(int fd, uint64_t start, uint64_t mapLen, uint64_t offset, uint64_t len,
                           Access access, const std::string& path);

std::string rangeText(uint64_t offset, uint64_t len); // "offset N length M"

} // namespace famscope::media
