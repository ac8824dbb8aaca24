#include "core/report/OutputFile.h"

#include "core/SystemCall.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::report {

namespace {

std::string errnoText(int err) {
    return std::strerror(err);
}

const char* kindName(mode_t mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    return "not a regular file";
}

std::string directoryOf(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The file the bytes will replace: `path`, or what a symbolic link at `path` points to.
std::string resolvedTarget(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode))
        return path;
    char buf[PATH_MAX];
    if (::realpath(path.c_str(), buf) == nullptr)
        return path; // a dangling link: the link itself is replaced by the file
    return buf;
}

// Creates a new file next to `target` whose name no one else uses; returns its fd.
int createTemporary(const std::string& target, std::string& tmpName) {
    const std::string dir = directoryOf(target);
    const auto slash = target.rfind('/');
    const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
    for (int attempt = 0; attempt < 100; ++attempt) {
        tmpName = dir + "/." + base + ".tmp-" + std::to_string(::getpid()) + "-" +
                  std::to_string(attempt);
        const int fd = ::open(tmpName.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

} // namespace

Status checkOutputPath(const std::string& path) {
    if (path.empty())
        return Error{"no output file name given"};
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return Error{path + " is " + kindName(st.st_mode) +
                         "; the output must be a regular file or a new name"};
        return Status::success();
    }
    const std::string dir = directoryOf(resolvedTarget(path));
    struct stat dst {};
    if (::stat(dir.c_str(), &dst) != 0)
        return Error{"cannot write " + path + ": " + dir + ": " + errnoText(errno)};
    if (!S_ISDIR(dst.st_mode))
        return Error{"cannot write " + path + ": " + dir + " is not a directory"};
    return Status::success();
}

Status writeOutputFile(const std::string& path, std::span<const uint8_t> bytes) {
    if (Status st = checkOutputPath(path); !st)
        return st;
    const std::string target = resolvedTarget(path);
    std::string tmp;
    const int fd = createTemporary(target, tmp);
    if (fd < 0)
        return Error{"cannot write " + path + ": cannot create a file in " + directoryOf(target) +
                     ": " + errnoText(errno)};
    Status st = writeAll(fd, bytes.data(), bytes.size());
    struct stat old {};
    if (st && ::stat(target.c_str(), &old) == 0)
        ::fchmod(fd, old.st_mode & 07777); // a replaced file keeps its permissions
    if (st && ::fsync(fd) != 0)
        st = Error{errnoText(errno)};
    if (::close(fd) != 0 && st)
        st = Error{errnoText(errno)};
    struct stat written {};
    if (st && (::stat(tmp.c_str(), &written) != 0 ||
               static_cast<uint64_t>(written.st_size) != bytes.size()))
        st = Error{"the file written is not the size expected"};
    if (st && ::rename(tmp.c_str(), target.c_str()) != 0)
        st = Error{errnoText(errno)};
    if (!st) {
        ::unlink(tmp.c_str());
        return Error{"cannot write " + path + ": " + st.error()};
    }
    // The rename itself is made durable by flushing the directory that holds the name.
    const int dirFd = ::open(directoryOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return Status::success();
}

} // namespace famscope::report
