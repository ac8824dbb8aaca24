// What a benchmark runs against, named by one TARGET string:
//   memfd                anonymous shared memory (memfd), 4 KiB pages
//   hugetlb              hugetlb memfd, 2 MiB and/or 1 GiB pages (pages must be reserved)
//   thp                  memfd with transparent huge pages (2 MiB)
//   famfs:MEDIA:PATH     the famfs file PATH inside MEDIA (an image file or a devdax device),
//                        mapped run by run at the device offsets the resolver gives
//   anything else        an image file (page cache) or a devdax device (device alignment)
// Write faults are opt-in, never touch a famfs superblock or log, and are refused on a raw
// image file (they would change the image).
#pragma once

#include "core/Result.h"
#include "core/bench/MappingSource.h"
#include "core/fs/Namespace.h"
#include "core/media/Media.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::bench {

enum class TargetKind { Memfd, Hugetlb, Thp, Image, Devdax, FamfsFile };
const char* targetKindName(TargetKind kind); // "memfd", "hugetlb", "thp", "image", ...

struct TargetSpec {
    std::string text;                    // as given
    TargetKind kind = TargetKind::Memfd; // Image stands for "a path" until opened
    std::string mediaPath;               // image, devdax, or the MEDIA of famfs:MEDIA:PATH
    std::string filePath;                // famfs file path
};

Result<TargetSpec> parseTargetSpec(std::string_view text);

inline constexpr uint64_t kDefaultBenchSize = 256ULL << 20;

class BenchTarget {
public:
    // Opens media targets (read-write only when `write`) and, for a famfs file, loads and
    // replays the file system to find it.
    static Result<std::unique_ptr<BenchTarget>> open(const TargetSpec& spec, bool write);

    TargetKind kind() const { return kind_; }
    const std::string& path() const { return spec_.text; }
    std::string description() const;
    std::vector<uint64_t> defaultPageSizes() const;
    // Bytes available to map from `offset` (memory targets: unlimited, returns 0).
    uint64_t available(uint64_t offset) const;
    // End of the famfs superblock + log region, 0 when the media holds no famfs superblock.
    uint64_t metadataEnd() const { return metadataEnd_; }
    const fs::FsFile* file() const { return file_ ? &*file_ : nullptr; }

    // Why write faults are refused on this spec before anything is opened read-write (an
    // image file would be changed); success for everything else.
    static Status writeRefusal(const TargetSpec& spec);
    // Why write faults over the range source() would map are refused (it overlaps the famfs
    // superblock or log); success when the range is safe or the target is read-only.
    Status writeRefusal(uint64_t pageSize, uint64_t size, uint64_t offset) const;

    // A mapping source for `pageSize` covering `size` bytes (0 = default) from `offset`
    // (raw targets only). Fails with a clear reason (no hugetlb pages, unaligned, metadata).
    Result<std::unique_ptr<MappingSource>> source(uint64_t pageSize, uint64_t size,
                                                  uint64_t offset) const;

private:
    BenchTarget() = default;
    // The device pieces of a media target: one range for a raw target, one per resolver run
    // for a famfs file.
    Result<std::vector<Piece>> pieces(uint64_t pageSize, uint64_t size, uint64_t offset) const;

    TargetSpec spec_;
    TargetKind kind_ = TargetKind::Memfd;
    bool write_ = false;
    std::unique_ptr<media::Media> media_;
    int fd_ = -1; // owned by media_
    uint64_t metadataEnd_ = 0;
    std::optional<fs::FsFile> file_;
};

} // namespace famscope::bench
