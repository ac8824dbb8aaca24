// The built-in demo: a famfs file system built in memory so that a newcomer (or a teacher)
// sees every view filled without any device: nested directories, simple files of several
// sizes, interleaved files with different strip counts, and one deliberate corruption (the
// last log entry has a torn CRC, so mount-semantics replay stops there and fsck reports it).
#pragma once

#include "core/media/MemoryMedia.h"

#include <memory>

namespace famscope::demo {

inline constexpr uint64_t kDemoDeviceSize = 8ULL << 30; // 8 GiB, 1 GiB buckets for strips
inline constexpr uint64_t kDemoLogLen = 16ULL << 20;

// Path shown for the demo target ("demo:famfs").
const char* demoName();

std::unique_ptr<media::MemoryMedia> makeDemoMedia();

} // namespace famscope::demo
