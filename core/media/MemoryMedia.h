// Media held in memory: tests, the built-in demo, and famfs images built on the fly.
#pragma once

#include "media/Media.h"

#include <string>
#include <vector>

namespace famscope::media {

class MemoryMedia final : public Media {
public:
    MemoryMedia(std::string name, uint64_t size, bool writable = true);
    MemoryMedia(std::string name, std::vector<uint8_t> bytes, bool writable = true);

    MediaKind kind() const override { return MediaKind::Memory; }
    std::string path() const override { return name_; }
    uint64_t size() const override { return bytes_.size(); }
    uint64_t alignment() const override { return 1; }
    bool writable() const override { return writable_; }
    Result<Mapping> map(uint64_t offset, uint64_t len, Access access) override;
    Status flush(uint64_t, uint64_t) override { return Status::success(); }

    std::vector<uint8_t>& bytes() { return bytes_; }

private:
    std::string name_;
    std::vector<uint8_t> bytes_;
    bool writable_;
};

} // namespace famscope::media
