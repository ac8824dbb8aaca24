#include "core/fs/EntryStream.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <span>

namespace famscope::fs {

using namespace famfs;

namespace {

// Slot `index` decoded on its own: copied with the media's read (one slot, no page-table
// change) where it has one.
LogEntry readSlot(const EntryDecoder::SlotReader& slots, uint64_t index) {
    std::array<uint8_t, kLogEntrySize> slot;
    LogEntry e;
    slots.read(
        index, index + 1, index, ReadWay::Copied, [&slot] { return std::span<uint8_t>(slot); },
        [&e](const uint8_t* bytes) {
            LogEntry::decodeInto(e, std::span<const uint8_t, kLogEntrySize>(bytes, kLogEntrySize));
        });
    return e;
}

} // namespace

EntryStream::EntryStream(const media::Media& media, const PendingLoad& pending)
    : slots_(pending.firstSlot(), slotsAfterDecodeFor(pending.fs.mediaKind)),
      count_(pending.slotCount()), way_((count_ + kBlock - 1) / kBlock),
      window_(count_ == 0 ? 0 : kWindow) {
    slots_.copyFrom(media, kLogOffset + kLogHeaderSize);
}

uint64_t EntryStream::decodeUpTo(uint64_t n) {
    while (decoded_ < std::min(n, count_))
        decodeBlock();
    return decoded_;
}

void EntryStream::decodeBlock() {
    using Clock = std::chrono::steady_clock;
    const uint64_t first = decoded_;
    const uint64_t last = std::min(count_, first + kBlock);
    const ReadWay asked = way_.next();
    const Clock::time_point start = Clock::now();
    const ReadWay used = slots_.read(
        first, last, first < kBlock ? 0 : first - kBlock, asked,
        [this] { return copy_.get(kBlock * kLogEntrySize); },
        [&](const uint8_t* bytes) { decodeFrom(bytes, first, last); });
    const auto took = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start);
    way_.record(asked, used, static_cast<uint64_t>(took.count()));
    decoded_ = last;
}

LogEntry EntryStream::reread(uint64_t index) const {
    return readSlot(slots_, index);
}

// Entries [first, last) from their slots at `slots`, into their places in the window.
void EntryStream::decodeFrom(const uint8_t* slots, uint64_t first, uint64_t last) {
    for (uint64_t i = first; i < last; ++i) {
        EntryDecoder::prefetchAhead(slots, i - first, last - first);
        LogEntry::decodeInto(window_[i & kWindowMask],
                             std::span<const uint8_t, kLogEntrySize>(
                                 slots + (i - first) * kLogEntrySize, kLogEntrySize));
    }
}

MediaEntries::MediaEntries(const media::Media& media, const PendingLoad& pending)
    : media_(media), pending_(pending),
      slots_(pending.firstSlot(), slotsAfterDecodeFor(pending.fs.mediaKind)) {
    slots_.copyFrom(media, kLogOffset + kLogHeaderSize);
}

LogEntry MediaEntries::at(uint64_t index) const {
    return readSlot(slots_, index);
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
