// A famfs image held in a regular file. Bytes are reached through MAP_SHARED mappings of the
// file, so a write through one mapping is visible to every other mapping and to famfs tools
// that open the same image. A ReadWrite mapping has its blocks reserved first, so a full host
// disk is an error from map(), never a SIGBUS from a store.
#pragma once

#include "core/media/Media.h"

#include <memory>
#include <string>

namespace famscope::media {

class ImageMedia final : public Media {
public:
    // Opens `path` read-only unless ReadWrite is asked. Fails unless it is a regular file.
    static Result<std::unique_ptr<ImageMedia>> open(const std::string& path, Access access);

    ~ImageMedia() override;
    ImageMedia(const ImageMedia&) = delete;
    ImageMedia& operator=(const ImageMedia&) = delete;

    MediaKind kind() const override { return MediaKind::ImageFile; }
    std::string path() const override { return path_; }
    uint64_t size() const override { return size_; }  // st_size at open time
    uint64_t alignment() const override { return 1; } // page rounding is done internally
    bool writable() const override { return writable_; }

    // Mappings hold their own reference to the file (the kernel keeps it), so they stay valid
    // after this object is gone; each unmaps itself when released.
    Result<Mapping> map(uint64_t offset, uint64_t len, Access access) override;
    Status flush(uint64_t offset, uint64_t len) override; // msync(MS_SYNC)
    // Allocates the host file's blocks under the range (fallocate); map() does it for every
    // ReadWrite mapping, so a store through one cannot fault on a full host file system.
    Status reserve(uint64_t offset, uint64_t len) override;
    bool readCopy(uint64_t offset, std::span<uint8_t> out) const override; // pread

    // Open for the life of the object, so a flock() taken on it lasts as long as the media.
    int fd() const { return fd_; }

private:
    ImageMedia(std::string path, int fd, uint64_t size, bool writable);

    std::string path_;
    int fd_;
    uint64_t size_;
    bool writable_;
};

} // namespace famscope::media
