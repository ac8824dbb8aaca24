// Media held in memory: tests, the built-in demo, and famfs images built on the fly. Backed by
// anonymous mmap so that an 8 GiB demo device costs only the pages actually written.
#pragma once

#include "core/media/Media.h"

#include <string>
#include <vector>

namespace famscope::media {

class MemoryMedia final : public Media {
public:
    MemoryMedia(std::string name, uint64_t size, bool writable = true);
    MemoryMedia(std::string name, const std::vector<uint8_t>& bytes, bool writable = true);
    ~MemoryMedia() override;
    MemoryMedia(const MemoryMedia&) = delete;
    MemoryMedia& operator=(const MemoryMedia&) = delete;

    MediaKind kind() const override { return MediaKind::Memory; }
    std::string path() const override { return name_; }
    uint64_t size() const override { return size_; }
    uint64_t alignment() const override { return 1; }
    bool writable() const override { return writable_; }
    Result<Mapping> map(uint64_t offset, uint64_t len, Access access) override;
    Status flush(uint64_t, uint64_t) override { return Status::success(); }

    uint8_t* data() { return data_; }
    void setWritable(bool writable) { writable_ = writable; }

private:
    std::string name_;
    uint8_t* data_ = nullptr; // null when size_ == 0 or the allocation failed
    uint64_t size_ = 0;
    bool writable_;
};

} // namespace famscope::media
