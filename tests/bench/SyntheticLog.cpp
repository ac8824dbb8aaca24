#include "SyntheticLog.h"

#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"

#include <cstring>
#include <string>

#include <fcntl.h>
#include <unistd.h>

namespace famscope::benchdata {

using namespace famfs;

void writeSyntheticLog(uint8_t* metadata, const SyntheticLog& spec) {
    const auto sb = Superblock::fresh(spec.deviceSize, spec.logLen).encode();
    std::memcpy(metadata, sb.data(), sb.size());
    uint64_t nextOffset = kLogOffset + spec.logLen;
    // With buckets: where each bucket starts and how much of it is taken.
    const uint64_t bucketBytes =
        spec.buckets == 0 ? 0
                          : (spec.deviceSize - nextOffset) / spec.buckets / kAllocUnit * kAllocUnit;
    std::vector<uint64_t> bucketUsed(spec.buckets, 0);
    std::string dir;
    std::string lastFile;
    for (uint64_t i = 0; i < spec.entries; ++i) {
        LogEntry e;
        if (i % 65 == 0) {
            MkdirMeta d;
            d.mode = 0755;
            dir = (i % (65 * 16) == 0 ? std::string() : dir + "/") + "d" + std::to_string(i);
            if (dir.size() > 60)
                dir = "d" + std::to_string(i);
            setPathText(d.relpath, dir);
            e = LogEntry::makeMkdir(d);
        } else {
            FileMeta f;
            f.flags = kFlagAllHostsRw;
            f.mode = 0644;
            f.count = 1;
            const bool damage = spec.crosslinkEvery != 0 && i % spec.crosslinkEvery == 0 && i > 1;
            const uint64_t units = unitsPerFile(spec);
            f.size = (units - 1) * kAllocUnit + 4096 + i; // in its last unit: no tail waste
            if (!damage) // a damaged file reuses the previous file's extents and path
                nextOffset += units * kAllocUnit;
            const uint64_t first = nextOffset - units * kAllocUnit;
            if (spec.strips == 0) {
                f.setExtent(0, {0, first, kAllocUnit});
            } else {
                f.extType = kExtInterleave;
                f.setInterleave(spec.strips, kAllocUnit);
                for (uint64_t j = 0; j < spec.strips; ++j) {
                    uint64_t at = first + j * kAllocUnit;
                    if (spec.buckets != 0) {
                        const uint64_t b = (i + j) % spec.buckets;
                        at = kLogOffset + spec.logLen + b * bucketBytes + bucketUsed[b];
                        if (!damage)
                            bucketUsed[b] += kAllocUnit;
                    }
                    f.setStrip(j, {0, at, kAllocUnit});
                }
            }
            const std::string path =
                damage && !lastFile.empty()
                    ? lastFile
                    : (spec.flat ? std::string("file_") : dir + "/f") + std::to_string(i);
            setPathText(f.relpath, path);
            lastFile = path;
            e = LogEntry::makeFile(f);
        }
        e.seqnum = i;
        e.seal();
        const auto bytes = e.encode();
        std::memcpy(metadata + kLogOffset + kLogHeaderSize + i * kLogEntrySize, bytes.data(),
                    bytes.size());
    }
    LogHeader h = LogHeader::fresh(spec.logLen);
    h.nextIndex = h.nextSeqnum = spec.entries;
    const auto hb = h.encode();
    std::memcpy(metadata + kLogOffset, hb.data(), hb.size());
}

bool writeSparseImage(const std::string& path, uint64_t deviceSize,
                      const std::vector<uint8_t>& metadata) {
    const int fd = ::open(path.c_str(), O_CREAT | O_TRUNC | O_WRONLY, 0600);
    if (fd < 0)
        return false;
    bool ok = ::ftruncate(fd, static_cast<off_t>(deviceSize)) == 0;
    size_t done = 0;
    while (ok && done < metadata.size()) {
        const ssize_t n = ::write(fd, metadata.data() + done, metadata.size() - done);
        ok = n > 0;
        done += ok ? static_cast<size_t>(n) : 0;
    }
    return ::close(fd) == 0 && ok;
}

} // namespace famscope::benchdata
