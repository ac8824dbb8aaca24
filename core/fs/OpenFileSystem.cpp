#include "core/fs/OpenFileSystem.h"

#include "core/fs/LoadAndReplay.h"
#include "core/fs/MediaDamage.h"

namespace famscope::fs {

namespace {
// Loads, and replays as asked; the caller adds the media. Replaying a file system that is then
// refused costs only time: replay reads no more than loading bounded to the media.
Result<OpenedFs> load(media::Media& media, std::optional<ReplayMode> replayMode,
                      ReplayOutput output) {
    if (!replayMode) {
        auto fs = loadFileSystem(media);
        if (!fs)
            return Error{fs.error()};
        return OpenedFs{nullptr, std::move(*fs), {}, {}};
    }
    if (output == ReplayOutput::Summary) {
        auto loaded = loadAndSummarise(media, *replayMode);
        if (!loaded)
            return Error{loaded.error()};
        return OpenedFs{nullptr, std::move(loaded->fs), {}, std::move(loaded->summary)};
    }
    auto loaded = loadAndReplay(media, *replayMode);
    if (!loaded)
        return Error{loaded.error()};
    return OpenedFs{nullptr, std::move(loaded->fs), std::move(loaded->ns), {}};
}
} // namespace

std::string openErrorText(const std::string& target, const std::string& problem) {
    return "famscope: " + target + ": " + problem;
}

OpenResult openFileSystem(std::unique_ptr<media::Media> media, bool force,
                          std::optional<ReplayMode> replayMode, ReplayOutput output) {
    auto loaded = load(*media, replayMode, output);
    if (!loaded)
        return Error{loaded.error(), ErrorKind::NotFamfs};
    const LoadedFs& lfs = loaded->fs;
    if (auto usable = checkUsable(lfs, force); !usable) {
        ErrorKind kind = ErrorKind::NotFamfs;
        if (lfs.sb.magicValid() && (!lfs.layout.supported || layoutAssumed(lfs)))
            kind = ErrorKind::Unsupported;
        // A readable superblock that claims more than the media holds is a truncated
        // image (5), also when the cut falls before the log header; without one it is 3.
        else if (lfs.sb.magicValid() && lfs.layout.supported &&
                 (lfs.logHeaderRead || lfs.sb.ddSize > lfs.mediaSize))
            kind = ErrorKind::Inconsistent;
        return Error{usable.error(), kind};
    }
    auto opened = std::make_unique<OpenedFs>(std::move(*loaded));
    opened->media = std::move(media);
    return opened;
}

OpenResult openFileSystem(const std::string& path, bool force, std::optional<ReplayMode> replayMode,
                          ReplayOutput output) {
    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media)
        return Error{media.error(), ErrorKind::CannotOpen};
    return openFileSystem(std::move(*media), force, replayMode, output);
}

} // namespace famscope::fs
