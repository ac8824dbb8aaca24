// What core says when a system call fails, and the one loop that writes a whole buffer.
#pragma once

#include "core/Result.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace famscope {

// "what: <strerror(errno)>", with errno as the failed call left it.
std::string sysError(const std::string& what);

// Writes all `len` bytes of `p` to `fd`: write(2) may stop short or be interrupted.
Status writeAll(int fd, const uint8_t* p, size_t len);

} // namespace famscope
