// Decodes a log's slots a block at a time into a small window of entries, for a replay that
// only counts what it finds (famscope info): the whole log is never decoded at once, so a full
// 64 MiB log needs 0.24 MB of decoded entries instead of 28.6 MB of fresh memory, and each entry
// is replayed while its block is still in the core's cache.
#pragma once

#include "core/format/LogEntry.h"
#include "core/fs/EntryDecoder.h"
#include "core/fs/EntrySource.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/ReadWay.h"
#include "core/media/Media.h"

#include <cstdint>
#include <span>
#include <vector>

namespace famscope::fs {

class EntryStream {
public:
    static constexpr uint64_t kBlock = EntryDecoder::kReadBlock; // slots read at a time
    // Entries held: the block being replayed and the one after it, which a replay's lookahead
    // reaches into. A power of two, so that an index maps to its place with a mask.
    static constexpr uint64_t kWindow = 2 * kBlock;
    static_assert((kWindow & (kWindow - 1)) == 0);

    // Streams the slots `pending` mapped (startLoad()); `media` and `pending` outlive it.
    EntryStream(const media::Media& media, const PendingLoad& pending);
    EntryStream(const EntryStream&) = delete;
    EntryStream& operator=(const EntryStream&) = delete;

    uint64_t count() const { return count_; }     // slots in the log, as fs.entries would hold
    uint64_t decoded() const { return decoded_; } // leading entries decoded so far
    // Decodes blocks until the first `n` entries are decoded (or all are); returns how many
    // are. Decoding a block overwrites the entries one window before it.
    uint64_t decodeUpTo(uint64_t n);
    // Entry i, which must be decoded and not yet overwritten: window()[i & kWindowMask].
    const famfs::LogEntry* window() const { return window_.data(); }
    static constexpr uint64_t kWindowMask = kWindow - 1;
    // Entry `index` (< count()) read again from its slot in the media.
    famfs::LogEntry reread(uint64_t index) const;

private:
    void decodeBlock();

    void decodeFrom(const uint8_t* slots, uint64_t first, uint64_t last);

    EntryDecoder::SlotReader slots_;
    uint64_t count_;
    ReadWayChooser way_; // how an image's blocks are read: mapped or copied
    std::vector<famfs::LogEntry> window_;
    EntryDecoder::CopyBuffer copy_; // a block, where one is copied
    uint64_t decoded_ = 0;
};

// The entries of a log read again from its media, for checks after a streamed pass: one slot
// for at(), a fresh EntryStream for forEach(). `media` and `pending` outlive it.
class MediaEntries final : public EntrySource {
public:
    MediaEntries(const media::Media& media, const PendingLoad& pending);
    uint64_t count() const override { return pending_.slotCount(); }
    famfs::LogEntry at(uint64_t index) const override;
    void forEach(const Visit& visit) const override;

private:
    const media::Media& media_;
    const PendingLoad& pending_;
    EntryDecoder::SlotReader slots_;
};

} // namespace famscope::fs
