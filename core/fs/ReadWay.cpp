#include "core/fs/ReadWay.h"

namespace famscope::fs {

void ReadWayChooser::record(ReadWay asked, ReadWay used, uint64_t nanoseconds) {
    if (decided_)
        return;
    if (asked != used) {
        decided_ = true;
        choice_ = used;
        return;
    }
    const unsigned i = index(used);
    ++timed_[i];
    if (nanoseconds < fastest_[i])
        fastest_[i] = nanoseconds;
    if (timed_[0] >= kTrialsEach && timed_[1] >= kTrialsEach) {
        decided_ = true;
        choice_ = fastest_[0] < fastest_[1] ? ReadWay::Mapped : ReadWay::Copied;
    }
}

} // namespace famscope::fs
