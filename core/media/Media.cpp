#include "core/media/Media.h"

#include <cstring>
#include <utility>

namespace famscope::media {

const char* mediaKindName(MediaKind kind) {
    switch (kind) {
    case MediaKind::ImageFile:
        return "image";
    case MediaKind::DaxDevice:
        return "devdax";
    case MediaKind::Memory:
        return "memory";
    }
    return "unknown";
}

Mapping::Mapping(uint8_t* data, uint64_t size, std::function<void()> release)
    : data_(data), size_(size), release_(std::move(release)) {}

Mapping::Mapping(Mapping&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
      release_(std::exchange(other.release_, nullptr)) {}

Mapping& Mapping::operator=(Mapping&& other) noexcept {
    if (this != &other) {
        if (release_)
            release_();
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        release_ = std::exchange(other.release_, nullptr);
    }
    return *this;
}

Mapping::~Mapping() {
    if (release_)
        release_();
}

bool Media::contains(uint64_t offset, uint64_t len) const {
    const uint64_t total = size();
    return offset <= total && len <= total - offset;
}

Result<std::vector<uint8_t>> Media::read(uint64_t offset, uint64_t len) {
    if (!contains(offset, len))
        return Error{"read of " + std::to_string(len) + " bytes at offset " +
                     std::to_string(offset) + " is outside the media (" + std::to_string(size()) +
                     " bytes)"};
    if (len == 0)
        return std::vector<uint8_t>{};
    auto m = map(offset, len, Access::ReadOnly);
    if (!m)
        return Error{m.error()};
    return std::vector<uint8_t>(m->data(), m->data() + len);
}

Status Media::write(uint64_t offset, std::span<const uint8_t> bytes) {
    if (!writable())
        return Error{path() + " is open read-only"};
    if (!contains(offset, bytes.size()))
        return Error{"write of " + std::to_string(bytes.size()) + " bytes at offset " +
                     std::to_string(offset) + " is outside the media"};
    if (bytes.empty())
        return Status::success();
    auto m = map(offset, bytes.size(), Access::ReadWrite);
    if (!m)
        return Error{m.error()};
    std::memcpy(m->writableData(), bytes.data(), bytes.size());
    return Status::success();
}

} // namespace famscope::media
