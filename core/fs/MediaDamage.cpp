#include "core/fs/MediaDamage.h"

#include "core/format/Constants.h"
#include "core/fs/Replay.h"

namespace famscope::fs {

using namespace famfs;

std::string MediaDamage::summary() const {
    std::string text;
    for (const std::string& reason : reasons)
        text += (text.empty() ? "" : "; ") + reason;
    return text;
}

bool layoutAssumed(const LoadedFs& fs) {
    const bool omfKnown =
        fs.sb.omfMajor == kOmfMajor && (fs.sb.omfMinor == 1 || fs.sb.omfMinor == 2);
    return fs.sb.magicValid() && fs.layout.supported && !(fs.sb.versionKnown() && omfKnown);
}

std::optional<MediaDamage> readableDamage(const LoadedFs& fs) {
    // Without the magic there is no famfs to show and an unsupported layout would be
    // misparsed: those stay refused. Media that ends before the log header still shows its
    // superblock when it is a truncated device; a superblock claiming a device too small for
    // the log header is not famfs.
    if (!fs.sb.magicValid() || !fs.layout.supported)
        return std::nullopt;
    if (!fs.logHeaderRead && fs.sb.ddSize <= fs.mediaSize)
        return std::nullopt;
    MediaDamage d;
    d.mediaSize = fs.mediaSize;
    d.claimedSize = fs.sb.ddSize;
    d.layoutAssumed = layoutAssumed(fs);
    d.truncated = fs.sb.ddSize > fs.mediaSize;
    if (d.layoutAssumed) {
        d.assumedLayout = "OMF " + std::to_string(kOmfMajor) + "." + std::to_string(kOmfMinor);
        d.reasons.push_back("famfs version " + std::to_string(fs.sb.version) + " (OMF " +
                            std::to_string(fs.sb.omfMajor) + "." + std::to_string(fs.sb.omfMinor) +
                            ") is unknown; assumed layout " + d.assumedLayout);
    }
    if (d.truncated) {
        // Slots the header promises that the media does not hold (a cut inside the log).
        const uint64_t slotsOnMedia =
            fs.mediaSize > kLogOffset ? logSlots(fs.mediaSize - kLogOffset) : 0;
        if (fs.logHeaderRead && fs.entriesClaimed > slotsOnMedia)
            d.entriesMissing = fs.entriesClaimed - slotsOnMedia;
        d.reasons.push_back("truncated: the media is " + std::to_string(fs.mediaSize) +
                            " bytes but the superblock claims a " + std::to_string(fs.sb.ddSize) +
                            "-byte device; " +
                            (fs.logHeaderRead ? "what lies beyond is missing"
                                              : "it ends before the log header, only the "
                                                "superblock is shown"));
    }
    if (d.reasons.empty())
        return std::nullopt;
    return d;
}

std::string damageWarning(const std::string& target, const MediaDamage& damage) {
    return "famscope: " + target +
           ": warning: damaged media, read-only and incomplete: " + damage.summary();
}

namespace {
// Media that ends before the end of its log header, which openFileSystem() refuses even
// forced: its superblock alone, no entries and an empty namespace. Null when it is not that.
std::unique_ptr<OpenedFs> openSuperblockOnly(const std::string& path,
                                             std::optional<ReplayMode> replayMode,
                                             ReplayOutput output) {
    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media)
        return nullptr;
    auto loaded = loadFileSystem(**media);
    if (!loaded || loaded->logHeaderRead)
        return nullptr;
    auto opened =
        std::make_unique<OpenedFs>(OpenedFs{std::move(*media), std::move(*loaded), {}, {}});
    if (replayMode && output == ReplayOutput::Summary)
        opened->summary = replaySummary(opened->fs, *replayMode);
    else if (replayMode)
        opened->ns = replay(opened->fs, *replayMode);
    return opened;
}
} // namespace

OpenResult openFileSystemBestEffort(const std::string& path, std::optional<ReplayMode> replayMode,
                                    ReplayOutput output) {
    OpenResult refused = openFileSystem(path, false, replayMode, output);
    // Only the refusals for damage that leaves something to show are worth a second look.
    if (refused || (refused.errorKind() != ErrorKind::Inconsistent &&
                    refused.errorKind() != ErrorKind::Unsupported))
        return refused;
    // Forced, only a media ending before the log header is refused; readableDamage() decides.
    OpenResult forced = openFileSystem(path, true, replayMode, output);
    std::unique_ptr<OpenedFs> opened =
        forced ? std::move(*forced) : openSuperblockOnly(path, replayMode, output);
    if (!opened || !readableDamage(opened->fs))
        return refused;
    return opened;
}

bool beyondMedia(const SimpleExtent& piece, uint64_t mediaSize) {
    return piece.devindex == 0 &&
           (piece.offset >= mediaSize || piece.len > mediaSize - piece.offset);
}

uint64_t piecesBeyondMedia(const FileMap& map, uint64_t mediaSize) {
    uint64_t n = 0;
    for (const SimpleExtent& piece : map.pieces())
        n += beyondMedia(piece, mediaSize) ? 1u : 0u;
    return n;
}

} // namespace famscope::fs
