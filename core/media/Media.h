// Where the bytes of a famfs device live: an image file, a devdax character device, or an
// in-memory buffer (tests, the demo). Everything above this layer reads through map()/read(),
// which bounds-check every request against the media size.
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace famscope::media {

enum class MediaKind { ImageFile, DaxDevice, Memory };
enum class Access { ReadOnly, ReadWrite };

const char* mediaKindName(MediaKind kind); // "image", "devdax", "memory"

// A window of the media mapped into memory. Move-only; unmaps on destruction.
class Mapping {
public:
    Mapping() = default;
    Mapping(uint8_t* data, uint64_t size, std::function<void()> release);
    Mapping(Mapping&& other) noexcept;
    Mapping& operator=(Mapping&& other) noexcept;
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;
    ~Mapping();

    const uint8_t* data() const { return data_; }
    uint8_t* writableData() const { return data_; } // only valid for a ReadWrite mapping
    uint64_t size() const { return size_; }
    std::span<const uint8_t> bytes() const { return {data_, static_cast<size_t>(size_)}; }

private:
    uint8_t* data_ = nullptr;
    uint64_t size_ = 0;
    std::function<void()> release_;
};

class Media {
public:
    virtual ~Media() = default;

    virtual MediaKind kind() const = 0;
    virtual std::string path() const = 0;
    virtual uint64_t size() const = 0;
    // Granularity of mmap offsets and lengths (devdax: the device alignment, else 1).
    virtual uint64_t alignment() const = 0;
    virtual bool writable() const = 0;

    // Map [offset, offset+len). Fails (never crashes) when the range is outside the media or
    // a write mapping is asked of read-only media. The implementation rounds to its
    // alignment internally; the returned mapping starts exactly at `offset`.
    virtual Result<Mapping> map(uint64_t offset, uint64_t len, Access access) = 0;

    // Make writes through mappings durable (msync / cache flush). No-op for memory.
    virtual Status flush(uint64_t offset, uint64_t len) = 0;

    // Make sure later writes to [offset, offset+len) cannot fail for want of space: an image
    // file allocates its blocks (ENOSPC comes back here); devices and memory need nothing.
    virtual Status reserve(uint64_t offset, uint64_t len) {
        (void)offset;
        (void)len;
        return Status::success();
    }

    // Copying read through map(); bounds-checked.
    Result<std::vector<uint8_t>> read(uint64_t offset, uint64_t len);
    // Copies [offset, offset + out.size()) into `out` with the media's own read, where it has
    // one (an image file: pread). For one pass over many megabytes that costs about half of
    // what a mapping does, which faults each page in and has to drop it again. False when the
    // media has none (a devdax device, memory) or the read falls short: the caller maps.
    virtual bool readCopy(uint64_t offset, std::span<uint8_t> out) const {
        (void)offset;
        (void)out;
        return false;
    }
    // Copying write through map(); bounds-checked, fails on read-only media.
    Status write(uint64_t offset, std::span<const uint8_t> bytes);

    // True when [offset, offset+len) lies inside the media (overflow-safe).
    bool contains(uint64_t offset, uint64_t len) const;
};

// Open an image file or a devdax device (by file type), ReadOnly unless asked; fails CannotOpen.
Result<std::unique_ptr<Media>> openMedia(const std::string& path, Access access);

} // namespace famscope::media
