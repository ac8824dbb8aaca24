#include "core/fs/OpenFileSystem.h"

#include "core/fs/LoadAndReplay.h"
#include "core/fs/MediaDamage.h"

namespace famscope::fs {

namespace {
OpenOutcome failed(OpenFailure failure, std::string problem) {
    OpenOutcome out;
    out.failure = failure;
    out.problem = std::move(problem);
    return out;
}

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

OpenOutcome openFileSystem(std::unique_ptr<media::Media> media, bool force,
                           std::optional<ReplayMode> replayMode) {
    auto loaded = load(*media, replayMode);
    if (!loaded)
        return failed(OpenFailure::NotFamfs, loaded.error());
    const LoadedFs& lfs = loaded->fs;
    if (auto usable = checkUsable(lfs, force); !usable) {
        OpenFailure failure = OpenFailure::NotFamfs;
        if (lfs.sb.magicValid() && (!lfs.layout.supported || layoutAssumed(lfs)))
            failure = OpenFailure::Unsupported;
        // A readable superblock that claims more than the media holds is a truncated
        // image (5), also when the cut falls before the log header; without one it is 3.
        else if (lfs.sb.magicValid() && lfs.layout.supported &&
                 (lfs.logHeaderRead || lfs.sb.ddSize > lfs.mediaSize))
            failure = OpenFailure::Inconsistent;
        return failed(failure, usable.error());
    }
    OpenOutcome out;
    out.opened = std::make_unique<OpenedFs>(OpenedFs{std::move(media), std::move(loaded->fs), {}});
    if (replayMode)
        out.opened->ns = std::move(loaded->ns);
    return out;
}

OpenOutcome openFileSystem(const std::string& path, bool force,
                           std::optional<ReplayMode> replayMode) {
    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media)
        return failed(OpenFailure::CannotOpen, media.error());
    return openFileSystem(std::move(*media), force, replayMode);
}

} // namespace famscope::fs
