#include "core/media/ImageMedia.h"

#include "core/media/MmapWindow.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace famscope::media {

namespace {

uint64_t pageSize() {
    const long ps = sysconf(_SC_PAGESIZE);
    return ps > 0 ? static_cast<uint64_t>(ps) : 4096;
}

} // namespace

Result<std::unique_ptr<ImageMedia>> ImageMedia::open(const std::string& path, Access access) {
    struct stat st {};
    auto opened = openAndStat(path, access, st);
    if (!opened)
        return Error{opened.error()};
    const int fd = *opened;
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Error{path + " is a directory"};
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error{path + " is not a regular file"};
    }
    // Regular files ignore O_NONBLOCK, but clear it so later users of fd() see a plain fd.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    const uint64_t size = st.st_size > 0 ? static_cast<uint64_t>(st.st_size) : 0;
    return std::unique_ptr<ImageMedia>(new ImageMedia(path, fd, size, access == Access::ReadWrite));
}

ImageMedia::ImageMedia(std::string path, int fd, uint64_t size, bool writable)
    : path_(std::move(path)), fd_(fd), size_(size), writable_(writable) {}

ImageMedia::~ImageMedia() {
    ::close(fd_);
}

Result<Mapping> ImageMedia::map(uint64_t offset, uint64_t len, Access access) {
    if (!contains(offset, len))
        return Error{rangeText(offset, len) + " is outside " + path_ + " (" +
                     std::to_string(size_) + " bytes)"};
    if (access == Access::ReadWrite && !writable_)
        return Error{path_ + " is open read-only"};
    if (len == 0)
        return Mapping();

    // Touching a mapped page past the current end of file raises SIGBUS; if another process
    // truncated the image since we opened it, refuse instead of crashing later.
    struct stat st {};
    if (::fstat(fd_, &st) == 0 && static_cast<uint64_t>(st.st_size) < offset + len)
        return Error{path_ + " shrank to " + std::to_string(st.st_size) +
                     " bytes since it was opened"};

    const uint64_t start = offset - offset % pageSize(); // mmap wants a page-aligned offset
    const uint64_t mapLen = len + (offset - start);
    if (access == Access::ReadWrite)
        if (Status reserved = reserve(offset, len); !reserved)
            return Error{reserved.error()};
    return mmapWindow(fd_, start, mapLen, offset, len, access, path_);
}

Status ImageMedia::reserve(uint64_t offset, uint64_t len) {
    if (!contains(offset, len))
        return Error{"cannot reserve " + rangeText(offset, len) + ": outside " + path_};
    if (len == 0 || !writable_)
        return Status::success();
    // A store through a mapping into a hole of a sparse file needs a block; when the host file
    // system has none left the kernel can only answer with SIGBUS. Allocating the blocks first
    // turns that into ENOSPC here, before anything is written. Mode 0 never changes the file's
    // size or its bytes; a range that is already allocated costs nothing.
    int rc;
    do
        rc = ::fallocate(fd_, 0, static_cast<off_t>(offset), static_cast<off_t>(len));
    while (rc != 0 && errno == EINTR);
    if (rc == 0)
        return Status::success();
    const int err = errno;
    if (err == EOPNOTSUPP) // the host file system cannot reserve (e.g. some network ones)
        return Status::success();
    return Error{"cannot reserve " + rangeText(offset, len) + " of " + path_ +
                 " for writing: " + errnoText(err)};
}

Status ImageMedia::flush(uint64_t offset, uint64_t len) {
    if (!contains(offset, len))
        return Error{"cannot flush " + rangeText(offset, len) + ": outside " + path_ + " (" +
                     std::to_string(size_) + " bytes)"};
    if (len == 0)
        return Status::success();
    // msync needs a mapping. Every MAP_SHARED mapping of the file shares the same page cache,
    // so syncing a short-lived mapping of the range writes back dirty pages written through
    // any other mapping of it.
    const uint64_t start = offset - offset % pageSize();
    const uint64_t mapLen = len + (offset - start);
    void* addr = ::mmap(nullptr, mapLen, PROT_READ, MAP_SHARED, fd_, static_cast<off_t>(start));
    if (addr == MAP_FAILED) {
        const int err = errno;
        return Error{"cannot map " + path_ + " to flush it: " + errnoText(err)};
    }
    const int rc = ::msync(addr, mapLen, MS_SYNC);
    const int err = errno;
    ::munmap(addr, mapLen);
    if (rc != 0)
        return Error{"cannot flush " + path_ + ": " + errnoText(err)};
    return Status::success();
}

bool ImageMedia::readCopy(uint64_t offset, std::span<uint8_t> out) const {
    if (!contains(offset, out.size()))
        return false;
    size_t done = 0;
    while (done < out.size()) {
        const ssize_t n =
            ::pread(fd_, out.data() + done, out.size() - done, static_cast<off_t>(offset + done));
        if (n > 0)
            done += static_cast<size_t>(n);
        else if (n < 0 && errno == EINTR)
            continue;
        else
            return false; // an I/O error, or the file shrank since it was opened
    }
    return true;
}

} // namespace famscope::media
