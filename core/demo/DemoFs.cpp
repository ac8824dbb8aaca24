#include "core/demo/DemoFs.h"

#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/FileMap.h"
#include "core/fs/Resolver.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace famscope::demo {

using namespace famfs;

namespace {

constexpr uint64_t kBucket = 1ULL << 30;

uint64_t roundUpToAu(uint64_t n) {
    return (n + kAllocUnit - 1) / kAllocUnit * kAllocUnit;
}

// Lays out metadata and data the way the famfs tools would: entries appended in order, a
// bitmap of 2 MiB units, simple files first-fit from the start of the device, each strip
// first-fit inside its bucket (buckets visited in the order given, as famfs's shuffle would).
class Builder {
public:
    explicit Builder(media::MemoryMedia& m) : media_(m), used_(kDemoDeviceSize / kAllocUnit) {
        claim(0, (kLogOffset + kDemoLogLen) / kAllocUnit);
    }

    void mkdir(const std::string& path, uint32_t mode, uint32_t uid = 0, uint32_t gid = 0) {
        MkdirMeta d;
        d.uid = uid;
        d.gid = gid;
        d.mode = mode;
        setPathText(d.relpath, path);
        append(LogEntry::makeMkdir(d));
    }

    void simple(const std::string& path, uint64_t size, uint32_t mode = 0644) {
        FileMeta f = fileMeta(path, size, mode);
        f.extType = kExtSimple;
        f.count = 1;
        const uint64_t len = roundUpToAu(size);
        const uint64_t offset = firstFit(0, used_.size(), len / kAllocUnit) * kAllocUnit;
        f.setExtent(0, {0, offset, len});
        fillPattern(path, offset, size);
        append(LogEntry::makeFile(f));
    }

    // Strips go to buckets in the given order (famfs visits buckets in a random order).
    void interleaved(const std::string& path, uint64_t size, uint64_t chunk,
                     const std::vector<int>& buckets) {
        FileMeta f = fileMeta(path, size, 0644);
        f.extType = kExtInterleave;
        f.count = 1;
        const uint64_t nstrips = buckets.size();
        const uint64_t stripe = nstrips * chunk;
        const uint64_t stripLen = (size + stripe - 1) / stripe * chunk;
        f.setInterleave(nstrips, chunk);
        const uint64_t bucketAus = kBucket / kAllocUnit;
        for (size_t j = 0; j < buckets.size(); ++j) {
            const uint64_t first = static_cast<uint64_t>(buckets[j]) * bucketAus;
            const uint64_t au = firstFit(first, first + bucketAus, stripLen / kAllocUnit);
            f.setStrip(j, {0, au * kAllocUnit, stripLen});
        }
        labelChunks(path, f, size, chunk);
        append(LogEntry::makeFile(f));
    }

    // Appends a FILE entry whose CRC is then damaged, as a torn write would leave it.
    void tornFile(const std::string& path, uint64_t size) {
        simple(path, size);
        const uint64_t slot = next_ - 1;
        media_.data()[kLogOffset + kLogHeaderSize + slot * kLogEntrySize + 40] ^= 0x20;
    }

    void finish() {
        LogHeader h = LogHeader::fresh(kDemoLogLen);
        h.nextIndex = next_;
        h.nextSeqnum = next_;
        const auto bytes = h.encode();
        std::memcpy(media_.data() + kLogOffset, bytes.data(), bytes.size());
    }

private:
    static FileMeta fileMeta(const std::string& path, uint64_t size, uint32_t mode) {
        FileMeta f;
        f.size = size;
        f.flags = kFlagAllHostsRw;
        f.mode = mode;
        setPathText(f.relpath, path);
        return f;
    }

    void append(LogEntry e) {
        e.seqnum = next_;
        e.seal();
        const auto bytes = e.encode();
        std::memcpy(media_.data() + kLogOffset + kLogHeaderSize + next_ * kLogEntrySize,
                    bytes.data(), bytes.size());
        ++next_;
    }

    // Every chunk of an interleaved file starts with a label naming the chunk, written
    // through the resolver, so the hex view shows how chunks are spread over the strips.
    void labelChunks(const std::string& path, const FileMeta& meta, uint64_t size, uint64_t chunk) {
        const fs::FileMap map = fs::fileMapOf(meta);
        for (uint64_t c = 0; c * chunk < size; ++c) {
            const std::string label = "famscope demo: " + path + " chunk " + std::to_string(c) +
                                      " of " + std::to_string((size + chunk - 1) / chunk) + "\n";
            const auto run = fs::resolve(map, size, c * chunk, label.size());
            if (!run)
                continue;
            std::memcpy(media_.data() + run->deviceOffset, label.data(),
                        std::min<size_t>(label.size(), run->length));
        }
    }

    // Small files get readable text so the hex view shows something meaningful; large ones
    // only a tagged first block, to keep the demo's memory small.
    void fillPattern(const std::string& path, uint64_t offset, uint64_t size) {
        const uint64_t n = size < 4096 ? size : 4096;
        std::string text;
        while (text.size() < n)
            text += "famscope demo: " + path + "\n";
        std::memcpy(media_.data() + offset, text.data(), n);
    }

    void claim(uint64_t firstAu, uint64_t count) {
        for (uint64_t au = firstAu; au < firstAu + count; ++au)
            used_[au] = true;
    }

    // First run of `count` free units in [from, to), claimed. The demo's population is fixed
    // and fits with room to spare, so running out is a programming error caught by the tests
    // (the demo's fsck must report no collisions).
    uint64_t firstFit(uint64_t from, uint64_t to, uint64_t count) {
        uint64_t run = 0;
        for (uint64_t au = from; au < to; ++au) {
            run = used_[au] ? 0 : run + 1;
            if (run == count) {
                claim(au + 1 - count, count);
                return au + 1 - count;
            }
        }
        return to; // past the bucket: shows up as a collision or out-of-range extent
    }

    media::MemoryMedia& media_;
    uint64_t next_ = 0;
    std::vector<bool> used_; // one flag per allocation unit
};

} // namespace

const char* demoName() {
    return "demo:famfs";
}

std::unique_ptr<media::MemoryMedia> makeDemoMedia() {
    auto media = std::make_unique<media::MemoryMedia>(demoName(), kDemoDeviceSize);
    if (media->size() != kDemoDeviceSize)
        return media; // allocation failed; callers see an empty (non-famfs) device

    Superblock sb = Superblock::fresh(kDemoDeviceSize, kDemoLogLen);
    sb.uuid = *Uuid::parse("d3e0f00d-0000-4000-8000-000000000001");
    sb.devUuid = *Uuid::parse("d3e0f00d-0000-4000-8000-000000000002");
    sb.systemUuid = *Uuid::parse("d3e0f00d-0000-4000-8000-000000000003");
    sb.setDaxdevPath("/dev/dax0.0");
    sb.seal();
    const auto sbBytes = sb.encode();
    std::memcpy(media->data(), sbBytes.data(), sbBytes.size());

    Builder b(*media);
    b.mkdir("projects", 0755);
    b.mkdir("projects/climate", 0755, 1000, 1000);
    b.mkdir("projects/climate/checkpoints", 0750, 1000, 1000);
    b.mkdir("shared", 0755);
    b.mkdir("shared/datasets", 0755);
    b.mkdir("scratch", 01777);
    b.simple("README.txt", 1234);
    b.simple("projects/climate/model.bin", 64ULL << 20);
    b.interleaved("projects/climate/checkpoints/ckpt-0001", 24ULL << 20, 2ULL << 20, {5, 2, 7, 0});
    b.interleaved("projects/climate/checkpoints/ckpt-0002", 24ULL << 20, 2ULL << 20, {3, 6, 1, 4});
    b.interleaved("shared/datasets/embeddings.f32", 200ULL << 20, 4ULL << 20,
                  {6, 0, 3, 5, 1, 7, 2, 4});
    b.simple("shared/datasets/labels.csv", 3ULL << 20 | 12345);
    b.simple("shared/hosts.yaml", 812);
    b.interleaved("scratch/stripe-demo-2x", 9ULL << 20, 2ULL << 20, {2, 5});
    b.simple("scratch/one-byte", 1);
    b.tornFile("scratch/torn-entry", 6ULL << 20);
    b.finish();
    media->setWritable(false);
    return media;
}

} // namespace famscope::demo
