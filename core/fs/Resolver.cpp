#include "fs/Resolver.h"

#include "SaturatingMath.h"
#include <algorithm>

#include <cinttypes>
#include <cstdio>
#include <limits>

namespace famscope::fs {

namespace {

constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

std::string num(uint64_t v) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%" PRIu64 " (0x%" PRIx64 ")", v, v);
    return buf;
}

// A resolution step, or why there is none. Both public calls share it so that the reason an
// offset is unmapped can never disagree with the mapping itself.
struct Step {
    std::optional<DeviceRun> run;
    std::string why;
};

// Builds the run for `local` bytes into extent `e`, refusing device offsets that would wrap.
Step runIn(const famfs::SimpleExtent& e, uint32_t index, uint64_t fileOffset, uint64_t local,
           uint64_t len) {
    if (local > kMax - e.offset)
        return {std::nullopt, "the device offset of extent " + std::to_string(index) + " + " +
                                  num(local) + " overflows 64 bits"};
    DeviceRun r;
    r.fileOffset = fileOffset;
    r.devindex = e.devindex;
    r.deviceOffset = e.offset + local;
    r.length = std::min({len, e.len - local, kMax - r.deviceOffset});
    r.extentIndex = index;
    if (r.length == 0)
        return {std::nullopt, "extent " + std::to_string(index) +
                                  " ends at the top of the "
                                  "64-bit device space"};
    return {r, {}};
}

Step simpleStep(const FileMap& map, uint64_t fileOffset, uint64_t len) {
    uint64_t local = fileOffset;
    for (size_t i = 0; i < map.extents.size(); ++i) {
        const auto& e = map.extents[i];
        if (local < e.len)
            return runIn(e, static_cast<uint32_t>(i), fileOffset, local, len);
        local -= e.len;
    }
    return {std::nullopt, "it is past the end of the extent list (" +
                              std::to_string(map.extents.size()) + " extents, " +
                              num(map.mappedBytes()) + " bytes)"};
}

Step interleavedStep(const FileMap& map, uint64_t fileSize, uint64_t fileOffset, uint64_t len) {
    const uint64_t chunk = map.chunkSize;
    const uint64_t nstrips = map.strips.size();
    if (chunk == 0)
        return {std::nullopt, "the interleaved map has a chunk size of 0"};
    if (nstrips == 0)
        return {std::nullopt, "the interleaved map has no strips"};
    if (fileOffset >= fileSize)
        return {std::nullopt,
                "it is at or beyond the end of the interleaved file (size " + num(fileSize) + ")"};
    const uint64_t chunkNum = fileOffset / chunk;
    const uint64_t chunkOfs = fileOffset % chunk;
    const uint64_t stripeNum = chunkNum / nstrips;
    const auto stripNum = static_cast<uint32_t>(chunkNum % nstrips);
    // stripeNum * chunk <= chunkNum * chunk <= fileOffset - chunkOfs: neither term can wrap.
    const uint64_t stripOfs = stripeNum * chunk + chunkOfs;
    const auto& strip = map.strips[stripNum];
    if (stripOfs >= strip.len)
        return {std::nullopt, "strip " + std::to_string(stripNum) + " is " + num(strip.len) +
                                  " bytes long but stripe " + std::to_string(stripeNum) +
                                  " needs offset " + num(stripOfs) + " in it"};
    return runIn(strip, stripNum, fileOffset, stripOfs, std::min(len, chunk - chunkOfs));
}

Step step(const FileMap& map, uint64_t fileSize, uint64_t fileOffset, uint64_t len) {
    return map.interleaved ? interleavedStep(map, fileSize, fileOffset, len)
                           : simpleStep(map, fileOffset, len);
}

} // namespace

std::optional<DeviceRun> resolve(const FileMap& map, uint64_t fileSize, uint64_t fileOffset,
                                 uint64_t len) {
    if (len == 0)
        return std::nullopt;
    return step(map, fileSize, fileOffset, len).run;
}

std::string unmappedReason(const FileMap& map, uint64_t fileSize, uint64_t fileOffset) {
    return step(map, fileSize, fileOffset, 1).why;
}

uint64_t backedBytes(const FileMap& map, uint64_t fileSize) {
    if (!map.interleaved)
        return std::min(fileSize, map.mappedBytes());
    const uint64_t chunk = map.chunkSize;
    const uint64_t nstrips = map.strips.size();
    if (chunk == 0 || nstrips == 0)
        return 0;
    // Strip i runs out at stripe len / chunk, len % chunk bytes into its chunk there: the file
    // offset of that byte is (stripe * nstrips + i) * chunk + len % chunk. The first of these
    // over all strips is where the backing ends.
    uint64_t backed = fileSize;
    for (uint64_t i = 0; i < nstrips; ++i) {
        const uint64_t len = map.strips[i].len;
        const uint64_t chunkNum = satAdd(satMul(len / chunk, nstrips), i);
        backed = std::min(backed, satAdd(satMul(chunkNum, chunk), len % chunk));
    }
    return backed;
}

Result<std::vector<DeviceRun>> resolveRange(const FileMap& map, uint64_t fileSize,
                                            uint64_t fileOffset, uint64_t len, size_t maxRuns) {
    std::vector<DeviceRun> runs;
    if (len == 0)
        return runs;
    if (len > kMax - fileOffset)
        return Error{"the range at file offset " + num(fileOffset) + " of " + num(len) +
                     " bytes wraps past the end of the 64-bit file space"};
    uint64_t pos = fileOffset;
    uint64_t left = len;
    // Every step advances by at least one byte and the run count is capped: bounded.
    while (left > 0) {
        if (runs.size() >= maxRuns)
            return Error{"the range needs more than " + std::to_string(maxRuns) +
                         " device runs (stopped at file offset " + num(pos) + ")"};
        Step s = step(map, fileSize, pos, left);
        if (!s.run)
            return Error{"file offset " + num(pos) + " is not mapped: " + s.why};
        pos += s.run->length;
        left -= s.run->length;
        runs.push_back(*s.run);
    }
    return runs;
}

} // namespace famscope::fs
