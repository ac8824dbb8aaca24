#include "core/bench/Bandwidth.h"

#include "core/bench/Stats.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <vector>

namespace famscope::bench {

namespace {

using Clock = std::chrono::steady_clock;

// Four independent sums so the loop is bound by memory, not by one add chain.
uint64_t sumWords(const uint64_t* words, size_t count) {
    uint64_t a = 0, b = 0, c = 0, d = 0;
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        a += words[i];
        b += words[i + 1];
        c += words[i + 2];
        d += words[i + 3];
    }
    for (; i < count; ++i)
        a += words[i];
    return a + b + c + d;
}

} // namespace

Result<BandwidthResult> measureBandwidth(uint64_t bytes, unsigned reps) {
    bytes -= bytes % 64;
    if (bytes == 0 || reps == 0)
        return Error{"bandwidth reference needs a non-empty buffer and at least one repetition"};
    void* p = ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        const int err = errno;
        return Error{"cannot allocate " + std::to_string(bytes) +
                     " bytes for the bandwidth reference: " + std::strerror(err)};
    }
    auto* buf = static_cast<uint8_t*>(p);
    std::memset(buf, 0x11, bytes); // fault everything in first: this measures memory, not faults
    std::vector<double> fill, read;
    volatile uint64_t sink = 0;
    for (unsigned i = 0; i < reps; ++i) {
        const int value = 0x5A + static_cast<int>(i % 16); // never zero
        const auto t0 = Clock::now();
        std::memset(buf, value, bytes);
        const auto t1 = Clock::now();
        sink = sink + sumWords(reinterpret_cast<const uint64_t*>(buf), bytes / 8);
        const auto t2 = Clock::now();
        const double gib = static_cast<double>(bytes) / double(1ULL << 30);
        fill.push_back(gib / std::chrono::duration<double>(t1 - t0).count());
        read.push_back(gib / std::chrono::duration<double>(t2 - t1).count());
    }
    ::munmap(p, bytes);
    BandwidthResult r;
    r.bytes = bytes;
    r.reps = reps;
    r.fillGiBps = summarize(fill).median;
    r.readGiBps = summarize(read).median;
    return r;
}

} // namespace famscope::bench
