#include "SyntheticLog.h"

#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"

#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
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

bool refillInSmallFolios(const std::string& path, uint64_t bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0)
        return false;
    // Dirty pages stay in the page cache: write them back before dropping them.
    bool ok = ::fdatasync(fd) == 0;
    const int dropped = ok ? ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) : 0;
    if (dropped != 0) {
        errno = dropped;
        ok = false;
    }
    void* map = ok ? ::mmap(nullptr, bytes, PROT_READ, MAP_SHARED, fd, 0) : MAP_FAILED;
    if (map != MAP_FAILED) {
        ok = ::madvise(map, bytes, MADV_RANDOM) == 0;
        const auto* bytesIn = static_cast<const volatile uint8_t*>(map);
        const auto page = static_cast<uint64_t>(::sysconf(_SC_PAGESIZE));
        for (uint64_t at = 0; ok && at < bytes; at += page)
            (void)bytesIn[at]; // a volatile read: one fault, one page
        ::munmap(map, bytes);
    } else {
        ok = false;
    }
    ::close(fd);
    return ok;
}

} // namespace famscope::benchdata
