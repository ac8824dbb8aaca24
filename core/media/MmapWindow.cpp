#include "media/MmapWindow.h"

#include <sys/mman.h>

#include <cerrno>
#include <cstring>

namespace famscope::media {

std::string rangeText(uint64_t offset, uint64_t len) {
    return "offset " + std::to_string(offset) + " length " + std::to_string(len);
}

Result<Mapping> mmapWindow(int fd, uint64_t start, uint64_t mapLen, uint64_t offset, uint64_t len,
                           Access access, const std::string& path) {
    const int prot = access == Access::ReadWrite ? PROT_READ | PROT_WRITE : PROT_READ;
    void* addr = ::mmap(nullptr, mapLen, prot, MAP_SHARED, fd, static_cast<off_t>(start));
    if (addr == MAP_FAILED) {
        const int err = errno;
        return Error{"cannot map " + rangeText(offset, len) + " of " + path + ": " +
                     std::strerror(err)};
    }
    auto* base = static_cast<uint8_t*>(addr);
    return Mapping(base + (offset - start), len, [addr, mapLen] { ::munmap(addr, mapLen); });
}

} // namespace famscope::media
