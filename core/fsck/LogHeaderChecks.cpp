#include "core/fsck/LogHeaderChecks.h"

#include "core/format/Hex.h"

#include <algorithm>

namespace famscope::fsck {

using famfs::hexString;
using namespace famfs;

namespace {

Location field(const char* name, uint64_t offsetInHeader) {
    Location l;
    l.area = Location::Area::LogHeader;
    l.field = name;
    l.offset = kLogOffset + offsetInHeader;
    return l;
}

void checkMediaHoldsEntries(const CheckContext& ctx, FindingSink& sink) {
    const LogHeader& h = ctx.fs.log;
    const uint64_t media = ctx.fs.mediaSize;
    const uint64_t mediaSlots = media > kLogOffset ? logSlots(media - kLogOffset) : 0;
    const uint64_t live =
        std::min(h.nextIndex, h.lastIndex == UINT64_MAX ? h.lastIndex : h.lastIndex + 1);
    if (live > mediaSlots)
        report(sink, codes::LogBeyondMedia, field("famfs_log_next_index", 40),
               std::to_string(live) + " live entries are logged but the media ends after " +
                   std::to_string(mediaSlots) + " slots; the rest cannot be checked");
}

// The loader stops short of what the header claims when the log or the media is too short
// for it or the log is past the decode cap (LoadOptions::maxLogBytes); it says why in its
// warnings. Entries it did not read are checked by nothing, so fsck says so.
void checkEveryEntryRead(const CheckContext& ctx, FindingSink& sink) {
    const fs::LoadedFs& lfs = ctx.fs;
    const uint64_t read = ctx.entries.count();
    if (read >= lfs.entriesClaimed)
        return;
    const uint64_t unread = lfs.entriesClaimed - read;
    const std::string unchecked = "; " + std::to_string(unread) +
                                  (unread == 1 ? " entry was" : " entries were") +
                                  " not read and not checked";
    if (lfs.warnings.empty())
        report(sink, codes::LogEntriesUnread, field("famfs_log_next_index", 40),
               "only " + std::to_string(read) + " of " + std::to_string(lfs.entriesClaimed) +
                   " log entries were read" + unchecked);
    for (const std::string& warning : lfs.warnings)
        report(sink, codes::LogEntriesUnread, field("famfs_log_next_index", 40),
               warning + unchecked);
}

} // namespace

void LogHeaderChecks::run(const CheckContext& ctx, FindingSink& sink) {
    const fs::LoadedFs& lfs = ctx.fs;
    if (!lfs.logHeaderRead) {
        Location l;
        l.area = Location::Area::LogHeader;
        l.offset = kLogOffset;
        report(sink, codes::LogMissing, l,
               "the media (" + std::to_string(lfs.mediaSize) +
                   " bytes) ends before the log header at " + hexString(kLogOffset));
        return;
    }
    const LogHeader& h = lfs.log;
    if (!h.magicValid()) {
        report(sink, codes::LogMagic, field("famfs_log_magic", 0),
               "log header magic is " + hexString(h.magic) + ", not " + hexString(kLogMagic) +
                   ": the log cannot be read (famfs mount and logplay refuse it)");
        return;
    }
    if (!h.crcValid())
        report(sink, codes::LogCrc, field("famfs_log_crc", 24),
               "log header CRC is " + hexString(h.crc) + ", computed " + hexString(h.computeCrc()) +
                   " over bytes [0, 24); famfs mount and logplay refuse this log");
    if (lfs.sb.magicValid() && h.len != lfs.sb.logLen)
        report(sink, codes::LogLenMismatch, field("famfs_log_len", 8),
               "log length " + std::to_string(h.len) + " differs from the superblock's " +
                   std::to_string(lfs.sb.logLen));
    const uint64_t slots = logSlots(h.len);
    if (slots == 0 || h.lastIndex != slots - 1)
        report(sink, codes::LogLastIndex, field("famfs_log_last_index", 16),
               "last_index is " + std::to_string(h.lastIndex) + " but a " + std::to_string(h.len) +
                   "-byte log has " + std::to_string(slots) + " slots (last_index " +
                   (slots == 0 ? std::string("none") : std::to_string(slots - 1)) + ")");
    const uint64_t capacity = h.lastIndex == UINT64_MAX ? UINT64_MAX : h.lastIndex + 1;
    if (h.nextIndex > capacity)
        report(sink, codes::LogNextIndex, field("famfs_log_next_index", 40),
               "next_index " + std::to_string(h.nextIndex) + " is beyond the " +
                   std::to_string(capacity) + "-slot capacity");
    if (h.nextSeqnum != h.nextIndex)
        report(sink, codes::LogNextSeqnum, field("famfs_log_next_seqnum", 32),
               "next_seqnum " + std::to_string(h.nextSeqnum) + " differs from next_index " +
                   std::to_string(h.nextIndex) +
                   ": the next entry famfs appends will fail its seqnum check");
    checkMediaHoldsEntries(ctx, sink);
    checkEveryEntryRead(ctx, sink);
}

} // namespace famscope::fsck
