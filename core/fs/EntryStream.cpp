#include "core/fs/EntryStream.h"

#include <algorithm>
#include <array>
#include <span>

namespace famscope::fs {

using namespace famfs;

EntryStream::EntryStream(const media::Media& media, const PendingLoad& pending)
    : slots_(pending.firstSlot(), slotsAfterDecodeFor(pending.fs.mediaKind)),
      count_(pending.slotCount()), window_(count_ == 0 ? 0 : kWindow),
      copy_(count_ == 0 ? nullptr : new uint8_t[kBlock * kLogEntrySize]) {
    slots_.copyFrom(media, kLogOffset + kLogHeaderSize);
}

uint64_t EntryStream::decodeUpTo(uint64_t n) {
    while (decoded_ < std::min(n, count_))
        decodeBlock();
    return decoded_;
}

void EntryStream::decodeBlock() {
    const uint64_t first = decoded_;
    const uint64_t last = std::min(count_, first + kBlock);
    const std::span<uint8_t> copy(copy_.get(), kBlock * kLogEntrySize);
    if (slots_.copy(first, last, copy))
        decodeFrom(copy.data(), first, last);
    else
        slots_.mapped(first, last, [&](const uint8_t* bytes) { decodeFrom(bytes, first, last); });
    decoded_ = last;
}

// Entries [first, last) from their slots at `slots`, into their places in the window.
void EntryStream::decodeFrom(const uint8_t* slots, uint64_t first, uint64_t last) {
    for (uint64_t i = first; i < last; ++i)
        LogEntry::decodeInto(window_[i & kWindowMask],
                             std::span<const uint8_t, kLogEntrySize>(
                                 slots + (i - first) * kLogEntrySize, kLogEntrySize));
}

MediaEntries::MediaEntries(const media::Media& media, const PendingLoad& pending)
    : media_(media), pending_(pending),
      slots_(pending.firstSlot(), slotsAfterDecodeFor(pending.fs.mediaKind)) {
    slots_.copyFrom(media, kLogOffset + kLogHeaderSize);
}

LogEntry MediaEntries::at(uint64_t index) const {
    std::array<uint8_t, kLogEntrySize> slot;
    LogEntry e;
    if (slots_.copy(index, index + 1, slot))
        LogEntry::decodeInto(e, slot);
    else
        slots_.mapped(index, index + 1, [&](const uint8_t* bytes) {
            LogEntry::decodeInto(e, std::span<const uint8_t, kLogEntrySize>(bytes, kLogEntrySize));
        });
    return e;
}

void MediaEntries::forEach(const Visit& visit) const {
    EntryStream stream(media_, pending_);
    for (uint64_t i = 0; i < stream.count(); ++i) {
        if (i == stream.decoded())
            stream.decodeUpTo(i + 1);
        visit(i, stream.window()[i & EntryStream::kWindowMask]);
    }
}

} // namespace famscope::fs
