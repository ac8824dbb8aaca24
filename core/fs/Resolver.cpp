#include "core/fs/Resolver.h"

#include "core/SaturatingMath.h"
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

// Appends to the trace. Callers test `trace` first, so that resolveRange() and the other hot
// paths, which pass none, never build the text.
void note(ResolveTrace* trace, const char* kind, std::string text,
          std::vector<std::pair<std::string, uint64_t>> values) {
    trace->push_back({kind, std::move(text), std::move(values)});
}

// A step that maps nothing: its reason is also the trace's last word.
Step none(ResolveTrace* trace, const char* kind, std::string why) {
    if (trace)
        note(trace, kind, "no mapping: " + why, {});
    return {std::nullopt, std::move(why)};
}

// Builds the run for `local` bytes into extent `e`, refusing device offsets that would wrap.
Step runIn(const famfs::SimpleExtent& e, uint32_t index, uint64_t fileOffset, uint64_t local,
           uint64_t len, const char* piece, ResolveTrace* trace) {
    // Only built when there is something to say: the mapping path stays allocation-free.
    auto name = [&] { return std::string(piece) + " " + std::to_string(index); };
    if (local > kMax - e.offset)
        return none(trace, "overflow",
                    "the device offset of " + name() + " + " + num(local) + " overflows 64 bits");
    DeviceRun r;
    r.fileOffset = fileOffset;
    r.devindex = e.devindex;
    r.deviceOffset = e.offset + local;
    r.length = std::min({len, e.len - local, kMax - r.deviceOffset});
    r.extentIndex = index;
    if (r.length == 0)
        return none(trace, "overflow", name() + " ends at the top of the 64-bit device space");
    if (trace)
        note(trace, "device_offset",
             "device offset = " + name() + " offset " + num(e.offset) + " + " + num(local) + " = " +
                 num(r.deviceOffset) + " on device " + std::to_string(e.devindex) + "; mapped " +
                 std::to_string(r.length) + " bytes (" + name() + " has " + num(e.len - local) +
                 " left)",
             {{"devindex", e.devindex},
              {"piece_offset", e.offset},
              {"offset_in_piece", local},
              {"device_offset", r.deviceOffset},
              {"piece_left", e.len - local},
              {"length", r.length}});
    return {r, {}};
}

Step simpleStep(const FileMap& map, uint64_t fileOffset, uint64_t len, ResolveTrace* trace) {
    uint64_t local = fileOffset;
    for (size_t i = 0; i < map.extents.size(); ++i) {
        const auto& e = map.extents[i];
        if (local < e.len) {
            if (trace)
                note(trace, "in_extent",
                     "extent " + std::to_string(i) + ": " + num(local) + " < its length " +
                         num(e.len) + ", the offset lies in it",
                     {{"extent", i}, {"offset_in_extent", local}, {"extent_length", e.len}});
            return runIn(e, static_cast<uint32_t>(i), fileOffset, local, len, "extent", trace);
        }
        if (trace)
            note(trace, "skip_extent",
                 "extent " + std::to_string(i) + ": " + num(local) + " >= its length " +
                     num(e.len) + ", skip it; " + num(local - e.len) + " left",
                 {{"extent", i}, {"offset_left", local}, {"extent_length", e.len}});
        local -= e.len;
    }
    return none(trace, "past_extents",
                "it is past the end of the extent list (" + std::to_string(map.extents.size()) +
                    " extents, " + num(map.mappedBytes()) + " bytes)");
}

Step interleavedStep(const FileMap& map, uint64_t fileSize, uint64_t fileOffset, uint64_t len,
                     ResolveTrace* trace) {
    const uint64_t chunk = map.chunkSize;
    const uint64_t nstrips = map.strips.size();
    if (chunk == 0)
        return none(trace, "degenerate", "the interleaved map has a chunk size of 0");
    if (nstrips == 0)
        return none(trace, "degenerate", "the interleaved map has no strips");
    if (fileOffset >= fileSize)
        return none(trace, "eof",
                    "it is at or beyond the end of the interleaved file (size " + num(fileSize) +
                        ")");
    const uint64_t chunkNum = fileOffset / chunk;
    const uint64_t chunkOfs = fileOffset % chunk;
    if (trace)
        note(trace, "chunk",
             "chunk = " + num(fileOffset) + " / chunk size " + num(chunk) + " = " +
                 std::to_string(chunkNum) + ", offset in chunk = " + num(chunkOfs),
             {{"chunk", chunkNum}, {"chunk_size", chunk}, {"offset_in_chunk", chunkOfs}});
    const uint64_t stripeNum = chunkNum / nstrips;
    const auto stripNum = static_cast<uint32_t>(chunkNum % nstrips);
    if (trace)
        note(trace, "strip",
             "stripe = chunk " + std::to_string(chunkNum) + " / " + std::to_string(nstrips) +
                 " strips = " + std::to_string(stripeNum) +
                 ", strip = " + std::to_string(chunkNum) + " % " + std::to_string(nstrips) + " = " +
                 std::to_string(stripNum),
             {{"stripe", stripeNum}, {"strip", stripNum}, {"strips", nstrips}});
    // stripeNum * chunk <= chunkNum * chunk <= fileOffset - chunkOfs: neither term can wrap.
    const uint64_t stripOfs = stripeNum * chunk + chunkOfs;
    if (trace)
        note(trace, "strip_offset",
             "offset in strip = stripe " + std::to_string(stripeNum) + " x " + num(chunk) + " + " +
                 num(chunkOfs) + " = " + num(stripOfs),
             {{"offset_in_strip", stripOfs}});
    const auto& strip = map.strips[stripNum];
    if (stripOfs >= strip.len)
        return none(trace, "short_strip",
                    "strip " + std::to_string(stripNum) + " is " + num(strip.len) +
                        " bytes long but stripe " + std::to_string(stripeNum) + " needs offset " +
                        num(stripOfs) + " in it");
    return runIn(strip, stripNum, fileOffset, stripOfs, std::min(len, chunk - chunkOfs), "strip",
                 trace);
}

Step step(const FileMap& map, uint64_t fileSize, uint64_t fileOffset, uint64_t len,
          ResolveTrace* trace = nullptr) {
    return map.interleaved ? interleavedStep(map, fileSize, fileOffset, len, trace)
                           : simpleStep(map, fileOffset, len, trace);
}

} // namespace

std::optional<DeviceRun> resolve(const FileMap& map, uint64_t fileSize, uint64_t fileOffset,
                                 uint64_t len, ResolveTrace* trace) {
    if (len == 0)
        return std::nullopt;
    return step(map, fileSize, fileOffset, len, trace).run;
}

std::string unmappedReason(const FileMap& map, uint64_t fileSize, uint64_t fileOffset) {
    return step(map, fileSize, fileOffset, 1).why;
}

Explanation explain(const FileMap& map, uint64_t fileSize, uint64_t fileOffset) {
    Explanation e;
    // As long as the file space allows (at least one byte): the run then stops only where the
    // map does, at the next extent, chunk or strip end.
    Step s = step(map, fileSize, fileOffset, std::max<uint64_t>(1, kMax - fileOffset), &e.steps);
    e.run = s.run;
    e.why = std::move(s.why);
    return e;
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
