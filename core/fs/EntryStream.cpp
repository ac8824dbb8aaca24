#include "core/fs/EntryStream.h"

#include <algorithm>
#include <span>

namespace famscope::fs {

using namespace famfs;

EntryStream::EntryStream(const media::Media& media, const PendingLoad& pending)
    : media_(media), slots_(pending.firstSlot()), count_(pending.slotCount()),
      slotsAfterDecode_(slotsAfterDecodeFor(pending.fs.mediaKind)),
      window_(count_ == 0 ? 0 : kWindow),
      copy_(count_ == 0 ? nullptr : new uint8_t[kBlock * kLogEntrySize]) {}

uint64_t EntryStream::decodeUpTo(uint64_t n) {
    while (decoded_ < std::min(n, count_))
        decodeBlock();
    return decoded_;
}

void EntryStream::decodeBlock() {
    const uint64_t first = decoded_;
    const uint64_t last = std::min(count_, first + kBlock);
    const size_t bytes = (last - first) * kLogEntrySize;
    const std::span<uint8_t> copy(copy_.get(), bytes);
    const bool copied = media_.readCopy(kLogOffset + kLogHeaderSize + first * kLogEntrySize, copy);
    const uint8_t* from = copied ? copy.data() : slots_ + first * kLogEntrySize;
    const bool release = !copied && slotsAfterDecode_ == EntryDecoder::Slots::ReleaseSharedMapping;
    if (release)
        populateSlotPages(from, from + bytes);
    for (uint64_t i = first; i < last; ++i)
        LogEntry::decodeInto(window_[i & kWindowMask],
                             std::span<const uint8_t, kLogEntrySize>(
                                 from + (i - first) * kLogEntrySize, kLogEntrySize));
    if (release)
        releaseSlotPages(from, from + bytes);
    decoded_ = last;
}

} // namespace famscope::fs
