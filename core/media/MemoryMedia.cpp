#include "media/MemoryMedia.h"

#include <utility>

namespace famscope::media {

MemoryMedia::MemoryMedia(std::string name, uint64_t size, bool writable)
    : name_(std::move(name)), bytes_(size), writable_(writable) {}

MemoryMedia::MemoryMedia(std::string name, std::vector<uint8_t> bytes, bool writable)
    : name_(std::move(name)), bytes_(std::move(bytes)), writable_(writable) {}

Result<Mapping> MemoryMedia::map(uint64_t offset, uint64_t len, Access access) {
    if (!contains(offset, len))
        return Error{"range " + std::to_string(offset) + "+" + std::to_string(len) +
                     " is outside the media (" + std::to_string(size()) + " bytes)"};
    if (access == Access::ReadWrite && !writable_)
        return Error{name_ + " is open read-only"};
    return Mapping(bytes_.data() + offset, len, nullptr);
}

} // namespace famscope::media
