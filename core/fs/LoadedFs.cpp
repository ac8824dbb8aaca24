#include "fs/LoadedFs.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace famscope::fs {

using namespace famfs;

namespace {
std::string hex(uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%" PRIx64, v);
    return buf;
}
} // namespace

uint64_t LoadedFs::logCapacity() const {
    return logHeaderRead && log.magicValid() ? logSlots(log.len) : logSlots(sb.logLen);
}

double LoadedFs::logUsedFraction() const {
    const uint64_t cap = logCapacity();
    return cap == 0 ? 0.0 : static_cast<double>(log.nextIndex) / static_cast<double>(cap);
}

Result<LoadedFs> loadFileSystem(media::Media& media, const LoadOptions& options) {
    LoadedFs fs;
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
        return fs;
    if (!media.contains(kLogOffset, kLogHeaderSize)) {
        fs.warnings.push_back("the media ends before the log header at offset " +
                              hex(kLogOffset));
        fs.layout = detectLayout(fs.sb, nullptr);
        return fs;
    }
    auto headerMap = media.map(kLogOffset, kLogHeaderSize, media::Access::ReadOnly);
    if (!headerMap)
        return Error{"cannot read the log header: " + headerMap.error()};
    fs.log = LogHeader::decode(headerMap->bytes().first<kLogHeaderSize>());
    fs.logHeaderRead = true;
    fs.layout = detectLayout(fs.sb, &fs.log);
    if (!fs.layout.supported || !fs.log.magicValid())
        return fs;

    // Bound the entry count by everything that could make it a lie: the header's own
    // capacity, the log length in the superblock and header, and the media size.
    fs.entriesClaimed = std::min(fs.log.nextIndex, fs.log.lastIndex + 1 == 0 ? fs.log.lastIndex
                                                                             : fs.log.lastIndex + 1);
    const uint64_t logLen = fs.sb.magicValid() ? std::min(fs.sb.logLen, fs.log.len) : fs.log.len;
    const uint64_t mediaSlots = logSlots(fs.mediaSize - kLogOffset);
    uint64_t count = std::min({fs.entriesClaimed, logSlots(logLen), mediaSlots});
    if (count < fs.entriesClaimed) {
        fs.warnings.push_back("only " + std::to_string(count) + " of " +
                              std::to_string(fs.entriesClaimed) +
                              " log entries fit in the log or the media; the rest were not read");
    }
    if (count == 0)
        return fs;
    auto logMap = media.map(kLogOffset, kLogHeaderSize + count * kLogEntrySize,
                            media::Access::ReadOnly);
    if (!logMap)
        return Error{"cannot read the log: " + logMap.error()};
    const uint8_t* base = logMap->data() + kLogHeaderSize;
    fs.entries.reserve(count);
    for (uint64_t i = 0; i < count; ++i)
        fs.entries.push_back(
            LogEntry::decode(std::span<const uint8_t, kLogEntrySize>(base + i * kLogEntrySize,
                                                                     kLogEntrySize)));
    return fs;
}

Status checkUsable(const LoadedFs& fs, bool force) {
    if (!force) {
        if (!fs.sb.magicValid())
            return Error{"no famfs superblock (magic " + hex(fs.sb.magic) + ", expected " +
                         hex(kSuperMagic) + ")"};
        if (!fs.layout.supported)
            return Error{"unsupported famfs layout: " + fs.layout.description};
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
