// A famfs file system as read from media: the superblock, the log header and every live log
// entry, decoded but not yet interpreted. Loading fails only when the media cannot hold a
// superblock at all; everything else (bad magic, CRCs, unsupported layouts, short media) is
// recorded here so that fsck can report it and front ends can decide what to refuse.
#pragma once

#include "core/Result.h"
#include "core/format/Layout.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/BulkAllocator.h"
#include "core/media/Media.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace famscope::fs {

// EntryDecoder constructs every entry of the list it was given before the list can go: its
// decoding does not throw, and its destructor decodes any chunk still left.
template <> struct bulk::DeferrableConstruction<famfs::LogEntry> : std::true_type {};

// A std::vector of entries whose storage is huge-page backed when large (BulkAllocator.h):
// index, iterate, push_back and span over it exactly as over std::vector<LogEntry>.
using LogEntryList = std::vector<famfs::LogEntry, BulkAllocator<famfs::LogEntry>>;

struct LoadedFs {
    std::string path;
    media::MediaKind mediaKind = media::MediaKind::Memory;
    uint64_t mediaSize = 0;

    famfs::Superblock sb;
    bool logHeaderRead = false; // false when the media ends before the log header
    famfs::LogHeader log;
    famfs::LayoutInfo layout;

    // Entries of slots [0, entriesWanted()) that the media and the log length could hold.
    LogEntryList entries;
    uint64_t entriesClaimed = 0;       // min(next_index, last_index + 1): what the header promises
    std::vector<std::string> warnings; // why fewer entries than claimed were read, etc.

    uint64_t logCapacity() const; // slots in the log, from the log length
    double logUsedFraction() const;
};

// The entries of a log by type, and how many of them famfs would reject for their seqnum or CRC:
// what `famscope info` prints.
struct EntryCensus {
    std::array<uint64_t, 5> byType{}; // FILE, MKDIR, DELETE, ADD_DAXDEV, any other type
    uint64_t bad = 0;

    // Counts one entry; `valid` is famfs's verdict on its seqnum and CRC (the replay's own).
    void add(const famfs::LogEntry& e, bool valid) {
        ++byType[e.type < 4 ? e.type : 4];
        if (!valid)
            ++bad;
    }
    // Counts the entry of log slot `slot`, judging its seqnum and CRC as famfs does.
    void addAt(const famfs::LogEntry& e, uint64_t slot) {
        add(e, e.seqnum == slot && e.crcValid());
    }
    // Counts entries[first, end) the same way.
    void addFrom(std::span<const famfs::LogEntry> entries, uint64_t first);
    uint64_t total() const { return byType[0] + byType[1] + byType[2] + byType[3] + byType[4]; }
};
EntryCensus entryCensus(std::span<const famfs::LogEntry> entries);

struct LoadOptions {
    // Decode the log even when the superblock magic is wrong (recovery, fsck).
    bool readLogWithoutSuperblock = true;
    // Entries are decoded eagerly (232 bytes of memory each, more for damaged ones). A damaged
    // header and superblock can claim a log as large as the device; beyond this many bytes of log
    // the rest is not read and a warning says so. 1 GiB holds 1,973,790 entries, 128 times famfs's
    // default log.
    uint64_t maxLogBytes = uint64_t{1} << 30;
};

Result<LoadedFs> loadFileSystem(media::Media& media, const LoadOptions& options = {});

// The first half of a load: superblock and log header decoded, the live slots of the log
// mapped but not decoded (fs.entries still empty). loadFileSystem() decodes them all at once;
// loadAndReplay() (LoadAndReplay.h) decodes them while it replays.
struct PendingLoad {
    LoadedFs fs;
    media::Mapping logMap; // the log header and the slots to decode; empty when there are none

    // Null when there are no slots (an empty mapping has no address to count from).
    const uint8_t* firstSlot() const {
        return logMap.size() == 0 ? nullptr : logMap.data() + famfs::kLogHeaderSize;
    }
    uint64_t slotCount() const {
        return logMap.size() == 0 ? 0
                                  : (logMap.size() - famfs::kLogHeaderSize) / famfs::kLogEntrySize;
    }
};
Result<PendingLoad> startLoad(media::Media& media, const LoadOptions& options = {});

// Why a loaded file system cannot be used as famfs (no superblock, unsupported layout, media
// shorter than the device it claims). Used by the CLI and GUI to refuse with a clear error.
// With `force`, only a media too small for the log is refused.
Status checkUsable(const LoadedFs& fs, bool force);

} // namespace famscope::fs
