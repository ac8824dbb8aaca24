// How a log stream reads its blocks of slots from an image file: in place through the shared
// mapping (no copy, but every page mapped in and dropped again) or copied with pread (no
// page-table changes, but a copy). Which costs less depends on the host: on one KVM guest the
// mapping, prefetched, took 7-12 % off `famscope fsck`; on another, where every page-table
// change was expensive, the mapping added 20-40 ms to fsck of a 64 MiB log (docs/BENCHMARKS.md).
// So a long log's first blocks are read both ways in turn and timed, and the cheaper way reads
// the rest.
#pragma once

#include <array>
#include <cstdint>

namespace famscope::fs {

enum class ReadWay { Mapped, Copied };

class ReadWayChooser {
public:
    // Blocks copied first, untimed: they carry a stream's one-time costs (the first faults on
    // its window and arena, the first page tables) and took up to ten times a later block.
    static constexpr unsigned kWarmUp = 2;
    // Blocks timed each way, in turn; the median of each counts. Single blocks vary three- to
    // tenfold on a shared host: there the fastest of three copied a 256 MiB log in most runs,
    // 15 ms slower than through the mapping; the median of seven took the mapping in 24 of 24.
    static constexpr unsigned kTrialsEach = 7;
    static constexpr uint64_t kTrialFrom = 16; // blocks; a shorter log is copied, untimed
    static_assert(kTrialFrom >= kWarmUp + 2 * kTrialsEach);

    // For a stream of `blocks` blocks.
    explicit ReadWayChooser(uint64_t blocks) : decided_(blocks < kTrialFrom) {}

    // The way to read the next block: copied while warming up, then the two in turn until
    // both are timed, then the cheaper.
    ReadWay next() const {
        if (decided_ || warmUpLeft_ > 0)
            return choice_;
        return timed_[0] <= timed_[1] ? ReadWay::Mapped : ReadWay::Copied;
    }

    // A block asked for as `asked` was read as `used` in `nanoseconds` (decoding included).
    // A way that was asked for and could not be taken (a mapping that cannot be populated, a
    // media without a read of its own) leaves the other one.
    void record(ReadWay asked, ReadWay used, uint64_t nanoseconds);

private:
    static unsigned index(ReadWay w) { return w == ReadWay::Mapped ? 0 : 1; }

    bool decided_;
    ReadWay choice_ = ReadWay::Copied;
    unsigned warmUpLeft_ = kWarmUp;
    unsigned timed_[2] = {0, 0};                            // blocks timed: mapped, copied
    std::array<uint64_t, kTrialsEach> times_[2] = {{}, {}}; // their times, in ns
};

} // namespace famscope::fs
