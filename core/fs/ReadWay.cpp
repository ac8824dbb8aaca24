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
    if (fixed_)
        return;
    if (asked != used) {
        fixed_ = true;
        choice_ = used;
        return;
    }
    ++recorded_;
    if (warmUpLeft_ > 0) {
        --warmUpLeft_;
        return;
    }
    if (inTrials()) {
        // A caller that did not ask next() could time one way more than kTrialsEach times.
        const unsigned i = index(used);
        if (timed_[i] < kTrialsEach)
            times_[i][timed_[i]++] = nanoseconds;
        if (!inTrials())
            choice_ = medianOf(ReadWay::Mapped) < medianOf(ReadWay::Copied) ? ReadWay::Mapped
                                                                            : ReadWay::Copied;
        return;
    }
    if (recorded_ == trialsAgainAt_)
        timed_[0] = timed_[1] = 0; // the next blocks are the second round's
}

uint64_t ReadWayChooser::medianOf(ReadWay w) const {
    return median(times_[index(w)]);
}

} // namespace famscope::fs
