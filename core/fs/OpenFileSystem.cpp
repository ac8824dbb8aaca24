#include "fs/OpenFileSystem.h"

namespace famscope::fs {

namespace {
OpenOutcome failed(OpenFailure failure, std::string problem) {
    OpenOutcome out;
    out.failure = failure;
    out.problem = std::move(problem);
    return out;
}
} // namespace

std::string openErrorText(const std::string& target, const std::string& problem) {
    return "famscope: " + target + ": " + problem;
}

OpenOutcome openFileSystem(std::unique_ptr<media::Media> media, bool force) {
    auto loaded = loadFileSystem(*media);
    if (!loaded)
        return failed(OpenFailure::NotFamfs, loaded.error());
    const LoadedFs& lfs = *loaded;
    if (auto usable = checkUsable(lfs, force); !usable) {
        OpenFailure failure = OpenFailure::NotFamfs;
        if (lfs.sb.magicValid() && !lfs.layout.supported)
            failure = OpenFailure::Unsupported;
        else if (lfs.sb.magicValid() && lfs.layout.supported && lfs.logHeaderRead)
            failure = OpenFailure::Inconsistent;
        return failed(failure, usable.error());
    }
    OpenOutcome out;
    out.opened = std::make_unique<OpenedFs>(OpenedFs{std::move(media), std::move(*loaded)});
    return out;
}

OpenOutcome openFileSystem(const std::string& path, bool force) {
    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media)
        return failed(OpenFailure::CannotOpen, media.error());
    return openFileSystem(std::move(*media), force);
}

} // namespace famscope::fs
