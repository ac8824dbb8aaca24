#include "core/edit/PatternIo.h"

#include "core/SaturatingMath.h"
#include "core/edit/PatternKernel.h"
#include "core/edit/Prng.h"
#include "core/format/Hex.h"
#include "core/fs/Resolver.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace famscope::edit {

namespace {

constexpr uint64_t kSliceAlign = uint64_t{2} << 20;

unsigned threadCount(const PatternOptions& o, uint64_t fileSize) {
    unsigned n = o.threads;
    if (n == 0)
        n = std::min(8U, std::max(1U, std::thread::hardware_concurrency()));
    // >= 2 MiB per thread; written so that a size near 2^64 cannot wrap to few slices.
    const uint64_t slices = fileSize / kSliceAlign + (fileSize % kSliceAlign != 0 ? 1 : 0);
    return static_cast<unsigned>(std::max<uint64_t>(1, std::min<uint64_t>(n, slices)));
}

// The generator positioned at the word that holds file byte `offset`.
FamfsPrng generatorAt(uint64_t seed, uint64_t offset) {
    FamfsPrng g(seed);
    g.jump(offset / 4);
    return g;
}

// Compares `len` bytes at p, which hold file bytes starting at `offset`, with the stream
// positioned at word offset / 4. Returns the file offset of the first bad word, if any, and
// leaves `g` at the word holding offset + len (or past the partial word it consumed).
std::optional<uint64_t> compareRun(const uint8_t* p, uint64_t offset, uint64_t len, FamfsPrng& g) {
    uint64_t done = 0;
    // A run that starts inside a word (only on hostile maps) is compared byte by byte.
    while (done < len && (offset + done) % 4 != 0) {
        FamfsPrng peek = g;
        const uint32_t w = peek.nextWord();
        const uint64_t at = offset + done;
        if (p[done] != static_cast<uint8_t>(w >> (8 * (at % 4))))
            return at & ~uint64_t{3};
        ++done;
        if ((offset + done) % 4 == 0)
            g = peek;
    }
    const uint64_t words = (len - done) / 4;
    const uint64_t bad = firstMismatchWord(p + done, words, g);
    if (bad != words)
        return offset + done + 4 * bad;
    done += 4 * words;
    if (done < len) { // tail inside a word: compare the bytes present, keep the word
        FamfsPrng peek = g;
        const uint32_t w = peek.nextWord();
        for (uint64_t k = 0; done + k < len; ++k)
            if (p[done + k] != static_cast<uint8_t>(w >> (8 * k)))
                return offset + done;
    }
    return std::nullopt;
}

void fillRun(uint8_t* p, uint64_t offset, uint64_t len, FamfsPrng& g) {
    uint64_t done = 0;
    while (done < len && (offset + done) % 4 != 0) {
        FamfsPrng peek = g;
        const uint32_t w = peek.nextWord();
        p[done] = static_cast<uint8_t>(w >> (8 * ((offset + done) % 4)));
        ++done;
        if ((offset + done) % 4 == 0)
            g = peek;
    }
    const uint64_t words = (len - done) / 4;
    fillWords(p + done, words, g);
    done += 4 * words;
    if (done < len) {
        FamfsPrng peek = g;
        const uint32_t w = peek.nextWord();
        for (uint64_t k = 0; done + k < len; ++k)
            p[done + k] = static_cast<uint8_t>(w >> (8 * k));
    }
}

// Runs `perRun(data, fileOffset, len, generator)` over [0, fileSize) split into slices, one
// thread per slice, windows of options.windowBytes. perRun returns false to stop its slice.
// `stopBefore` lets a slice give up once an earlier offset has already decided the result;
// `cancelled` is set when options.progress asked to stop.
template <class PerRun>
Status forEachRun(media::Media& media, const fs::FileMap& map, uint64_t fileSize, uint64_t seed,
                  media::Access access, const PatternOptions& options,
                  const std::atomic<uint64_t>& stopBefore, std::atomic<bool>& cancelled,
                  PerRun perRun) {
    const unsigned n = threadCount(options, fileSize);
    uint64_t slice = fileSize / n + (fileSize % n != 0 ? 1 : 0);
    slice = satMul(slice / kSliceAlign + (slice % kSliceAlign != 0 ? 1 : 0), kSliceAlign);
    const uint64_t window = options.windowBytes != 0
                                ? std::max<uint64_t>(options.windowBytes, 4096)
                                : std::max<uint64_t>(kPatternMappedBytes / n, kPatternMinWindow);
    std::mutex errorMutex;
    std::string firstError;
    uint64_t firstErrorAt = UINT64_MAX;

    auto work = [&](uint64_t begin, uint64_t end) {
        FamfsPrng g = generatorAt(seed, begin);
        for (uint64_t off = begin; off < end;) {
            if (stopBefore.load(std::memory_order_relaxed) <= off ||
                cancelled.load(std::memory_order_relaxed))
                return;
            const uint64_t len = std::min(window, end - off);
            auto runs = fs::resolveRange(map, fileSize, off, len);
            std::string error;
            if (!runs) {
                error = runs.error();
            } else {
                for (const fs::DeviceRun& r : *runs) {
                    const uint64_t runLen = std::min(r.length, end - r.fileOffset);
                    // `media` is device 0: never read or write it in place of another device.
                    media::Media* device = &media;
                    if (r.devindex != 0)
                        device = options.otherDevice ? options.otherDevice(r.devindex) : nullptr;
                    if (!device) {
                        error = "file offset " + famfs::hexString(r.fileOffset) +
                                " lies on device " + std::to_string(r.devindex) +
                                ", which is not open";
                        break;
                    }
                    auto m = device->map(r.deviceOffset, runLen, access);
                    if (!m) {
                        error = "file offset " + famfs::hexString(r.fileOffset) + ": " + m.error();
                        break;
                    }
                    if (!perRun(m->writableData(), r.fileOffset, runLen, g))
                        return;
                }
            }
            if (!error.empty()) {
                std::lock_guard lock(errorMutex);
                if (off < firstErrorAt) {
                    firstErrorAt = off;
                    firstError = error;
                }
                return;
            }
            off += len;
            if (options.progress && !options.progress(len)) {
                cancelled.store(true);
                return;
            }
        }
    };

    std::vector<std::thread> threads;
    for (unsigned t = 1; t < n && satMul(t, slice) < fileSize; ++t)
        threads.emplace_back(work, t * slice, std::min(fileSize, satMul(t + 1, slice)));
    work(0, std::min(fileSize, slice));
    for (auto& t : threads)
        t.join();
    if (firstErrorAt != UINT64_MAX && firstErrorAt < stopBefore.load())
        return Error{firstError};
    return Status::success();
}

} // namespace

Result<VerifyResult> verifyPattern(media::Media& media, const fs::FileMap& map, uint64_t fileSize,
                                   uint64_t seed, const PatternOptions& options) {
    std::atomic<uint64_t> firstBad{UINT64_MAX};
    std::atomic<bool> cancelled{false};
    auto perRun = [&](uint8_t* data, uint64_t offset, uint64_t len, FamfsPrng& g) {
        const auto bad = compareRun(data, offset, len, g);
        if (!bad)
            return true;
        uint64_t seen = firstBad.load();
        while (*bad < seen && !firstBad.compare_exchange_weak(seen, *bad)) {
        }
        return false;
    };
    // Only the backed part can be compared; the rest is reported, never counted as verified.
    const uint64_t backed = fs::backedBytes(map, fileSize);
    const Status st = forEachRun(media, map, backed, seed, media::Access::ReadOnly, options,
                                 firstBad, cancelled, perRun);
    if (!st)
        return Error{st.error()};
    VerifyResult r;
    r.fileSize = fileSize;
    r.unbackedBytes = fileSize - backed;
    r.cancelled = cancelled.load();
    if (firstBad.load() != UINT64_MAX) {
        r.mismatchOffset = firstBad.load();
        r.bytesVerified = *r.mismatchOffset;
    } else {
        r.bytesVerified = backed;
    }
    return r;
}

std::string unbackedText(const VerifyResult& result) {
    return std::to_string(result.unbackedBytes) + " of " + std::to_string(result.fileSize) +
           " bytes have no backing (the file size runs past its extents)";
}

Status writePattern(media::Media& media, const fs::FileMap& map, uint64_t fileSize, uint64_t seed,
                    const PatternOptions& options) {
    const std::atomic<uint64_t> never{UINT64_MAX};
    std::atomic<bool> cancelled{false};
    auto perRun = [&](uint8_t* data, uint64_t offset, uint64_t len, FamfsPrng& g) {
        fillRun(data, offset, len, g);
        return true;
    };
    Status st = forEachRun(media, map, fileSize, seed, media::Access::ReadWrite, options, never,
                           cancelled, perRun);
    if (!st)
        return st;
    if (cancelled.load())
        return Error{"cancelled"};
    // Flush every run written (the data must be durable before its log entry is).
    auto runs = fs::resolveRange(map, fileSize, 0, fileSize);
    if (!runs)
        return Error{runs.error()};
    for (const fs::DeviceRun& r : *runs)
        if (Status f = media.flush(r.deviceOffset, r.length); !f)
            return f;
    return Status::success();
}

} // namespace famscope::edit
