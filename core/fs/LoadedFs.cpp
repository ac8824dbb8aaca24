#include "core/fs/LoadedFs.h"

#include "core/format/Hex.h"
#include "core/fs/EntryDecoder.h"
#include "core/fs/MediaDamage.h"

#include <algorithm>

namespace famscope::fs {

using namespace famfs;

void EntryCensus::addFrom(std::span<const LogEntry> entries, uint64_t first) {
    for (uint64_t i = first; i < entries.size(); ++i)
        addAt(entries[i], i);
}

EntryCensus entryCensus(std::span<const LogEntry> entries) {
    EntryCensus census;
    census.addFrom(entries, 0);
    return census;
}

uint64_t LoadedFs::logCapacity() const {
    return logHeaderRead && log.magicValid() ? logSlots(log.len) : logSlots(sb.logLen);
}

double LoadedFs::logUsedFraction() const {
    const uint64_t cap = logCapacity();
    return cap == 0 ? 0.0 : static_cast<double>(log.nextIndex) / static_cast<double>(cap);
}

Result<LoadedFs> loadFileSystem(media::Media& media, const LoadOptions& options) {
    auto pending = startLoad(media, options);
    if (!pending)
        return Error{pending.error()};
    if (pending->slotCount() > 0) {
        EntryDecoder decoder(pending->firstSlot(), pending->slotCount(), pending->fs.entries,
                             slotsAfterDecodeFor(pending->fs.mediaKind));
        decoder.copyChunksFrom(media, kLogOffset + kLogHeaderSize);
        decoder.decodeAll(decodeThreadsFor(pending->slotCount()));
    }
    return std::move(pending->fs);
}

Result<PendingLoad> startLoad(media::Media& media, const LoadOptions& options) {
    PendingLoad pending;
    LoadedFs& fs = pending.fs;
    fs.path = media.path();
    fs.mediaKind = media.kind();
    fs.mediaSize = media.size();
    if (fs.mediaSize < kSuperblockSize)
        return Error{"too small for a famfs superblock (" + std::to_string(fs.mediaSize) +
                     " bytes, need at least " + std::to_string(kSuperblockSize) + ")"};

    auto sbMap = media.map(0, kSuperblockSize, media::Access::ReadOnly);
    if (!sbMap)
        return Error{"cannot read the superblock: " + sbMap.error()};
    fs.sb = Superblock::decode(sbMap->bytes().first<kSuperblockSize>());

    if (!fs.sb.magicValid() && !options.readLogWithoutSuperblock)
        return pending;
    if (!media.contains(kLogOffset, kLogHeaderSize)) {
        fs.warnings.push_back("the media ends before the log header at offset " +
                              hexString(kLogOffset));
        fs.layout = detectLayout(fs.sb, nullptr);
        return pending;
    }
    auto headerMap = media.map(kLogOffset, kLogHeaderSize, media::Access::ReadOnly);
    if (!headerMap)
        return Error{"cannot read the log header: " + headerMap.error()};
    fs.log = LogHeader::decode(headerMap->bytes().first<kLogHeaderSize>());
    fs.logHeaderRead = true;
    fs.layout = detectLayout(fs.sb, &fs.log);
    if (!fs.layout.supported || !fs.log.magicValid())
        return pending;

    // Bound the entry count by everything that could make it a lie: the header's own
    // capacity, the log length in the superblock and header, and the media size.
    const uint64_t slotsClaimed =
        fs.log.lastIndex == UINT64_MAX ? UINT64_MAX : fs.log.lastIndex + 1;
    fs.entriesClaimed = std::min(fs.log.nextIndex, slotsClaimed);
    const uint64_t logLen = fs.sb.magicValid() ? std::min(fs.sb.logLen, fs.log.len) : fs.log.len;
    const uint64_t mediaSlots = logSlots(fs.mediaSize - kLogOffset);
    uint64_t count = std::min({fs.entriesClaimed, logSlots(logLen), mediaSlots});
    if (count > logSlots(options.maxLogBytes)) {
        count = logSlots(options.maxLogBytes);
        fs.warnings.push_back("the log claims " + std::to_string(fs.entriesClaimed) +
                              " entries; only the first " + std::to_string(count) + " (" +
                              std::to_string(options.maxLogBytes >> 20) + " MiB of log) were read");
    } else if (count < fs.entriesClaimed) {
        fs.warnings.push_back("only " + std::to_string(count) + " of " +
                              std::to_string(fs.entriesClaimed) +
                              " log entries fit in the log or the media; the rest were not read");
    }
    if (count == 0)
        return pending;
    auto logMap =
        media.map(kLogOffset, kLogHeaderSize + count * kLogEntrySize, media::Access::ReadOnly);
    if (!logMap)
        return Error{"cannot read the log: " + logMap.error()};
    pending.logMap = std::move(*logMap);
    return pending;
}

Status checkUsable(const LoadedFs& fs, bool force) {
    if (!force) {
        if (!fs.sb.magicValid())
            return Error{"no famfs superblock (magic " + hexString(fs.sb.magic) + ", expected " +
                         hexString(kSuperMagic) + ")"};
        if (!fs.layout.supported)
            return Error{"unsupported famfs layout: " + fs.layout.description};
        // Readable, but nothing may be written with a layout that is only assumed.
        if (layoutAssumed(fs))
            return Error{"unknown famfs layout: " + fs.layout.description};
        if (fs.sb.ddSize > fs.mediaSize)
            return Error{"media is " + std::to_string(fs.mediaSize) +
                         " bytes but the superblock claims a " + std::to_string(fs.sb.ddSize) +
                         "-byte device (truncated image?)"};
    }
    if (!fs.logHeaderRead)
        return Error{"media ends before the log header"};
    return Status::success();
}

} // namespace famscope::fs
