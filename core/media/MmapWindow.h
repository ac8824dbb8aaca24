// What image files and devdax devices share: opening and stat'ing the path, and the mmap of a
// page- or device-aligned window returned as a Mapping that points at the exact byte asked for.
#pragma once

#include "core/media/Media.h"

#include <cstdint>
#include <string>

#include <sys/stat.h>

namespace famscope::media {

// Maps [start, start + mapLen) of `fd` and returns the part [offset, offset + len), which
// must lie inside it. The release captures only the address and length, never the media
// object, so a mapping may outlive the media that made it.
Result<Mapping> mmapWindow(int fd, uint64_t start, uint64_t mapLen, uint64_t offset, uint64_t len,
                           Access access, const std::string& path);

std::string rangeText(uint64_t offset, uint64_t len); // "offset N length M"
std::string errnoText(int err);                       // strerror(err)

// Opens `path` read-only unless ReadWrite is asked (O_CLOEXEC, O_NOCTTY, and O_NONBLOCK so
// that a FIFO or tty given by mistake cannot make open() wait) and fstat()s it into `st`.
// Returns the fd, which the caller owns; on failure nothing stays open.
Result<int> openAndStat(const std::string& path, Access access, struct stat& st);

} // namespace famscope::media
