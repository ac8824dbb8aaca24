// Targets backed by a file descriptor: an image file (page cache), a raw devdax device, or a
// famfs file inside either, mapped piece by piece at the device offsets the resolver gives.
#pragma once

#include "core/bench/MappingSource.h"

#include <memory>
#include <string>
#include <vector>

namespace famscope::bench {

class FileSource final : public MappingSource {
public:
    // Takes a duplicate of `fd`. `pieces` are mapped in order into one contiguous range whose
    // start is aligned to `pageSize` and to `offsetAlign` (a devdax device refuses a mapping
    // whose address is not aligned to its alignment, whatever page size is measured); every
    // piece must be aligned to `offsetAlign` (the devdax alignment, or 4 KiB for a file).
    static Result<std::unique_ptr<FileSource>> create(int fd, std::string description,
                                                      std::vector<Piece> pieces, uint64_t pageSize,
                                                      uint64_t offsetAlign, bool write);
    ~FileSource() override;

    std::string describe() const override { return description_; }
    uint64_t length() const override { return length_; }
    uint64_t pageSize() const override { return pageSize_; }
    Result<Region> map(bool populate) override;
    std::string populateMethod() const override;
    const std::vector<Piece>& pieces() const { return pieces_; }

private:
    FileSource(int fd, std::string description, std::vector<Piece> pieces, uint64_t length,
               uint64_t pageSize, uint64_t addressAlign, bool write);

    int fd_;
    std::string description_;
    std::vector<Piece> pieces_;
    uint64_t length_;
    uint64_t pageSize_;
    uint64_t addressAlign_; // of the mapping's start
    bool write_;
};

} // namespace famscope::bench
