// How a log stream reads its blocks of slots from an image file: in place through the shared
// mapping (no copy, but every page mapped in and dropped again) or copied with pread (no
// page-table changes, but a copy). Which costs less depends on the host: on one KVM guest the
// mapping, prefetched, took 7-12 % off `famscope fsck`; on another, where every page-table
// change was expensive, the mapping added 20-40 ms to fsck of a 64 MiB log (docs/BENCHMARKS.md).
// So a long log's first blocks are read both ways in turn and timed, and the cheaper way reads
// the rest.
#pragma once

#include <cstdint>

namespace famscope::fs {

enum class ReadWay { Mapped, Copied };

class ReadWayChooser {
public:
    static constexpr unsigned kTrialsEach = 3; // blocks timed each way; the fastest of each counts
    static constexpr uint64_t kTrialFrom = 16; // blocks; a shorter log is copied, untimed

    // For a stream of `blocks` blocks.
    explicit ReadWayChooser(uint64_t blocks) : decided_(blocks < kTrialFrom) {}

    // The way to read the next block: the two in turn until both are timed, then the cheaper.
    ReadWay next() const {
        if (decided_)
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
    unsigned timed_[2] = {0, 0};                     // blocks timed: mapped, copied
    uint64_t fastest_[2] = {UINT64_MAX, UINT64_MAX}; // their fastest, in ns
};

} // namespace famscope::fs
