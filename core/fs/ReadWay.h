// How a log stream reads its blocks of slots from an image file: in place through the shared
// mapping (no copy, but every page mapped in and dropped again) or copied with pread (no
// page-table changes, but a copy). Which costs less depends on the host: on one KVM guest the
// mapping, prefetched, took 7-12 % off `famscope fsck`; on another, where every page-table
// change was expensive, the mapping added 20-40 ms to fsck of a 64 MiB log (docs/BENCHMARKS.md).
// So a long log's first blocks are read both ways in turn and timed, and the cheaper way reads
// the rest; a longer log is timed again a little later, once the stream's first costs are paid.
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
    // The trials run twice: from the start, and again from block kTrialsAgainAt, whose
    // outcome holds for the rest. The first blocks do not foretell the rest: on a 256 MiB log
    // whose page cache a fresh write had left in large folios, the two ways' first blocks were
    // within 10 % of each other and the copy won the first trials in 11 of 30 runs (each then
    // 12-15 ms slower), while from about the 40th block on the mapping took 20-30 % less.
    static constexpr uint64_t kTrialsAgainAt = 64;

    // For a stream of `blocks` blocks. A second round is run when its 2 * kTrialsEach blocks
    // leave at least as many after them to read the better way.
    explicit ReadWayChooser(uint64_t blocks)
        : fixed_(blocks < kTrialFrom),
          trialsAgainAt_(blocks >= kTrialsAgainAt + 4 * kTrialsEach ? kTrialsAgainAt : 0) {}

    // The way to read the next block: copied while warming up, then the two in turn until
    // both are timed, then the cheaper.
    ReadWay next() const {
        if (fixed_ || warmUpLeft_ > 0)
            return choice_;
        if (inTrials())
            return timed_[0] <= timed_[1] ? ReadWay::Mapped : ReadWay::Copied;
        return choice_;
    }

    // A block asked for as `asked` was read as `used` in `nanoseconds` (decoding included).
    // A way that was asked for and could not be taken (a mapping that cannot be populated, a
    // media without a read of its own) leaves the other one for good.
    void record(ReadWay asked, ReadWay used, uint64_t nanoseconds);

private:
    static unsigned index(ReadWay w) { return w == ReadWay::Mapped ? 0 : 1; }
    bool inTrials() const { return timed_[0] < kTrialsEach || timed_[1] < kTrialsEach; }
    uint64_t medianOf(ReadWay w) const;

    bool fixed_;
    ReadWay choice_ = ReadWay::Copied;
    unsigned warmUpLeft_ = kWarmUp;
    uint64_t trialsAgainAt_;     // 0: the log is too short for a second round
    uint64_t recorded_ = 0;      // blocks recorded
    unsigned timed_[2] = {0, 0}; // blocks timed: mapped, copied
    std::array<uint64_t, kTrialsEach> times_[2] = {{}, {}}; // their times, in ns
};

} // namespace famscope::fs
