#include "core/SystemCall.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace famscope {

std::string sysError(const std::string& what) {
    return what + ": " + std::strerror(errno);
}

Status writeAll(int fd, const uint8_t* p, size_t len) {
    while (len > 0) {
        const ssize_t n = ::write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return Error{sysError("write")};
        p += n;
        len -= static_cast<size_t>(n);
    }
    return Status::success();
}

} // namespace famscope
