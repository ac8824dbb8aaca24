#include "core/media/MemoryMedia.h"

#include <sys/mman.h>

#include <cstring>
#include <utility>

namespace famscope::media {

MemoryMedia::MemoryMedia(std::string name, uint64_t size, bool writable)
    : name_(std::move(name)), writable_(writable) {
    if (size == 0)
        return;
    void* p = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        return; // size() stays 0: every map() fails cleanly
    data_ = static_cast<uint8_t*>(p);
    size_ = size;
}

MemoryMedia::MemoryMedia(std::string name, const std::vector<uint8_t>& bytes, bool writable)
    : MemoryMedia(std::move(name), bytes.size(), writable) {
    if (data_)
        std::memcpy(data_, bytes.data(), bytes.size());
}

MemoryMedia::~MemoryMedia() {
    if (data_)
        munmap(data_, size_);
}

Result<Mapping> MemoryMedia::map(uint64_t offset, uint64_t len, Access access) {
    if (!contains(offset, len))
        return Error{"range " + std::to_string(offset) + "+" + std::to_string(len) +
                     " is outside the media (" + std::to_string(size()) + " bytes)"};
    if (access == Access::ReadWrite && !writable_)
        return Error{name_ + " is open read-only"};
    return Mapping(data_ + offset, len, nullptr);
}

} // namespace famscope::media
