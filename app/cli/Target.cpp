#include "cli/Target.h"

#include "cli/ExitCodes.h"

#include "demo/DemoFs.h"

namespace famscope::cli {

namespace {
TargetResult failure(const QString& path, int code, const std::string& message) {
    TargetResult r;
    r.exitCode = code;
    r.error = QStringLiteral("famscope: ") + path + QStringLiteral(": ") +
              QString::fromStdString(message);
    return r;
}
} // namespace

namespace {
TargetResult load(std::unique_ptr<media::Media> media, const QString& path, bool force) {
    auto loaded = fs::loadFileSystem(*media);
    if (!loaded)
        return failure(path, ExitNotFamfs, loaded.error());
    const fs::LoadedFs& lfs = *loaded;
    if (auto usable = fs::checkUsable(lfs, force); !usable) {
        int code = ExitNotFamfs;
        if (lfs.sb.magicValid() && !lfs.layout.supported)
            code = ExitUnsupported;
        else if (lfs.sb.magicValid() && lfs.layout.supported && lfs.logHeaderRead)
            code = ExitInconsistent;
        return failure(path, code, usable.error());
    }
    TargetResult r;
    r.target = std::make_unique<Target>(Target{std::move(media), std::move(*loaded)});
    return r;
}
} // namespace

TargetResult openTarget(const QString& path, bool force) {
    auto media = media::openMedia(path.toStdString(), media::Access::ReadOnly);
    if (!media)
        return failure(path, ExitCannotOpen, media.error());
    return load(std::move(*media), path, force);
}

TargetResult openDemoTarget() {
    return load(demo::makeDemoMedia(), QString::fromLatin1(demo::demoName()), false);
}

} // namespace famscope::cli
