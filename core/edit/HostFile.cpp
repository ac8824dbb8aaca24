#include "core/edit/HostFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::edit {

namespace {

const char* kindName(mode_t mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

} // namespace

Result<int> openRegularFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return Error{"cannot open " + path + ": " + std::strerror(errno)};
    struct stat st {};
    const bool statted = ::fstat(fd, &st) == 0;
    if (!statted || !S_ISREG(st.st_mode)) {
        const std::string kind = statted ? kindName(st.st_mode) : "unreadable";
        ::close(fd);
        return Error{path + " is " + kind + ", not a regular file"};
    }
    // Regular files never block; clear the flag so reads behave as usual.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

Result<std::optional<std::string>> readSmallFile(const std::string& path, size_t maxBytes) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 && errno == ENOENT)
        return std::optional<std::string>();
    auto fd = openRegularFile(path);
    if (!fd) {
        if (::stat(path.c_str(), &st) != 0 && errno == ENOENT) // a dangling symlink
            return std::optional<std::string>();
        return Error{fd.error()};
    }
    // Read one byte more than allowed, so a file that grew past the limit is caught too.
    std::string text(maxBytes + 1, '\0');
    size_t done = 0;
    std::string error;
    while (done < text.size()) {
        const ssize_t n = ::read(*fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = "cannot read " + path + ": " + std::strerror(errno);
        if (n <= 0)
            break;
        done += static_cast<size_t>(n);
    }
    ::close(*fd);
    if (!error.empty())
        return Error{error};
    if (done > maxBytes)
        return Error{path + " is larger than " + std::to_string(maxBytes) + " bytes"};
    text.resize(done);
    return std::optional<std::string>(std::move(text));
}

} // namespace famscope::edit
