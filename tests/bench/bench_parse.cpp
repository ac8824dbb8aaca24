// Parse + replay throughput of a full famfs log.
//
// Builds a 64 MiB log holding 123,361 entries (1 directory per 64 files, nested, every file a
// one-extent simple file) in memory with famscope's encoder, then times loadFileSystem
// (decode + CRC of every entry) and replay (namespace build) separately and together.
//
//   bench_parse [--entries N] [--repeat R] [--stop-after load|replay]
//
// Prints the median, min and max over R repetitions and entries/s for the median.
#include "format/LogEntry.h"
#include "format/LogHeader.h"
#include "format/Superblock.h"
#include "fs/LoadedFs.h"
#include "fs/Replay.h"
#include "media/MemoryMedia.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace famscope;
using namespace famscope::famfs;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kLogLen = 64ULL << 20;

std::unique_ptr<media::MemoryMedia> buildFullLog(uint64_t entries) {
    const uint64_t deviceSize = 64ULL << 40; // 64 TiB claimed; only the log is backed
    auto m = std::make_unique<media::MemoryMedia>("bench", kLogOffset + kLogLen);
    const auto sbBytes = Superblock::fresh(deviceSize, kLogLen).encode();
    std::memcpy(m->data(), sbBytes.data(), sbBytes.size());

    uint64_t nextOffset = kLogOffset + kLogLen;
    std::string dir;
    for (uint64_t i = 0; i < entries; ++i) {
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
            f.size = 4096 + i;
            f.flags = kFlagAllHostsRw;
            f.mode = 0644;
            f.count = 1;
            f.setExtent(0, {0, nextOffset, kAllocUnit});
            nextOffset += kAllocUnit;
            setPathText(f.relpath, dir + "/f" + std::to_string(i));
            e = LogEntry::makeFile(f);
        }
        e.seqnum = i;
        e.seal();
        const auto bytes = e.encode();
        std::memcpy(m->data() + kLogOffset + kLogHeaderSize + i * kLogEntrySize, bytes.data(),
                    bytes.size());
    }
    LogHeader h = LogHeader::fresh(kLogLen);
    h.nextIndex = h.nextSeqnum = entries;
    const auto hb = h.encode();
    std::memcpy(m->data() + kLogOffset, hb.data(), hb.size());
    return m;
}

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Stats {
    double median, min, max;
};
Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back()};
}

} // namespace

int main(int argc, char** argv) {
    uint64_t entries = logSlots(kLogLen);
    int repeat = 15;
    std::string stopAfter = "replay";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string opt = argv[i];
        if (opt == "--entries")
            entries =
                std::min<uint64_t>(std::strtoull(argv[i + 1], nullptr, 10), logSlots(kLogLen));
        else if (opt == "--repeat")
            repeat = std::max(1, std::atoi(argv[i + 1]));
        else if (opt == "--stop-after")
            stopAfter = argv[i + 1];
    }
    auto media = buildFullLog(entries);
    std::vector<double> load, replayMs, total;
    size_t files = 0;
    for (int r = 0; r < repeat + 1; ++r) { // the first run warms the page tables, not counted
        const auto t0 = Clock::now();
        auto loaded = fs::loadFileSystem(*media);
        const auto t1 = Clock::now();
        if (!loaded || loaded->entries.size() != entries) {
            std::fprintf(stderr, "bench_parse: load failed: %s\n", loaded.error().c_str());
            return 1;
        }
        if (stopAfter == "replay") {
            const fs::Namespace ns = fs::replay(*loaded, fs::ReplayMode::Mount);
            files = ns.files.size();
        }
        const auto t2 = Clock::now();
        if (r == 0)
            continue;
        load.push_back(ms(t1 - t0));
        replayMs.push_back(ms(t2 - t1));
        total.push_back(ms(t2 - t0));
    }
    const Stats l = stats(load), p = stats(replayMs), t = stats(total);
    std::printf("entries: %llu (log %llu MiB), files replayed: %zu, repetitions: %d\n",
                static_cast<unsigned long long>(entries),
                static_cast<unsigned long long>(kLogLen >> 20), files, repeat);
    std::printf("load   (decode+CRC): median %8.2f ms  min %8.2f  max %8.2f\n", l.median, l.min,
                l.max);
    std::printf("replay (namespace) : median %8.2f ms  min %8.2f  max %8.2f\n", p.median, p.min,
                p.max);
    std::printf("total              : median %8.2f ms  min %8.2f  max %8.2f\n", t.median, t.min,
                t.max);
    std::printf("throughput         : %.2f M entries/s (median total)\n",
                static_cast<double>(entries) / t.median / 1000.0);
    return 0;
}
