#include "core/media/MmapWindow.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace famscope::media {

std::string rangeText(uint64_t offset, uint64_t len) {
    return "offset " + std::to_string(offset) + " length " + std::to_string(len);
}

std::string errnoText(int err) {
    return std::strerror(err);
}

Result<int> openAndStat(const std::string& path, Access access, struct stat& st) {
    const bool rw = access == Access::ReadWrite;
    const int fd =
        ::open(path.c_str(), (rw ? O_RDWR : O_RDONLY) | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        return Error{"cannot open " + path + (rw ? " for writing: " : ": ") + errnoText(err)};
    }
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return Error{"cannot stat " + path + ": " + errnoText(err)};
    }
    return fd;
}

Result<Mapping> mmapWindow(int fd, uint64_t start, uint64_t mapLen, uint64_t offset, uint64_t len,
                           Access access, const std::string& path) {
    const int prot = access == Access::ReadWrite ? PROT_READ | PROT_WRITE : PROT_READ;
    void* addr = ::mmap(nullptr, mapLen, prot, MAP_SHARED, fd, static_cast<off_t>(start));
    if (addr == MAP_FAILED) {
        const int err = errno;
        return Error{"cannot map " + rangeText(offset, len) + " of " + path + ": " +
                     errnoText(err)};
    }
    auto* base = static_cast<uint8_t*>(addr);
    return Mapping(base + (offset - start), len, [addr, mapLen] { ::munmap(addr, mapLen); });
}

} // namespace famscope::media
