#include "core/fs/ReadWay.h"

#include <algorithm>

namespace famscope::fs {

namespace {

template <size_t N> uint64_t median(std::array<uint64_t, N> times) {
    std::nth_element(times.begin(), times.begin() + N / 2, times.end());
    return times[N / 2];
}

} // namespace

void ReadWayChooser::record(ReadWay asked, ReadWay used, uint64_t nanoseconds) {
    if (decided_)
        return;
    if (asked != used) {
        decided_ = true;
        choice_ = used;
        return;
    }
    if (warmUpLeft_ > 0) {
        --warmUpLeft_;
        return;
    }
    const unsigned i = index(used);
    times_[i][timed_[i]++] = nanoseconds;
    if (timed_[0] == kTrialsEach && timed_[1] == kTrialsEach) {
        decided_ = true;
        choice_ = median(times_[0]) < median(times_[1]) ? ReadWay::Mapped : ReadWay::Copied;
    }
}

} // namespace famscope::fs
