#include "core/fs/OpenFileSystem.h"

#include "core/fs/LoadAndReplay.h"
#include "core/fs/MediaDamage.h"

namespace famscope::fs {

namespace {
// Replaying a file system that is then refused costs only time: replay reads no more than
// loading bounded to the media.
Result<LoadedNamespace> load(media::Media& media, std::optional<ReplayMode> replayMode) {
    if (replayMode)
        return loadAndReplay(media, *replayMode);
    auto fs = loadFileSystem(media);
    if (!fs)
        return Error{fs.error()};
    return LoadedNamespace{std::move(*fs), {}};
}
} // namespace

std::string openErrorText(const std::string& target, const std::string& problem) {
    return "famscope: " + target + ": " + problem;
}

OpenResult openFileSystem(std::unique_ptr<media::Media> media, bool force,
                          std::optional<ReplayMode> replayMode) {
    auto loaded = load(*media, replayMode);
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
    auto opened = std::make_unique<OpenedFs>(OpenedFs{std::move(media), std::move(loaded->fs), {}});
    if (replayMode)
        opened->ns = std::move(loaded->ns);
    return opened;
}

OpenResult openFileSystem(const std::string& path, bool force,
                          std::optional<ReplayMode> replayMode) {
    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media)
        return Error{media.error(), ErrorKind::CannotOpen};
    return openFileSystem(std::move(*media), force, replayMode);
}

} // namespace famscope::fs
