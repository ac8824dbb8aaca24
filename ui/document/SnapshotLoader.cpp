#include "ui/document/SnapshotLoader.h"

#include "core/demo/DemoFs.h"
#include "core/fs/MediaDamage.h"
#include "core/fs/Replay.h"

#include <QCoreApplication>

namespace famscope::ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(famscope::ui::SnapshotLoader)
};

QString roleOf(const LoadRequest& request, media::MediaKind kind) {
    if (request.demo)
        return Tr::tr("built-in demo");
    switch (kind) {
    case media::MediaKind::DaxDevice:
        return Tr::tr("devdax device");
    case media::MediaKind::ImageFile:
        return Tr::tr("image file");
    case media::MediaKind::Memory:
        break;
    }
    return Tr::tr("memory");
}

// Runs the stages; `step` reports progress and returns false when the caller cancelled.
template <class Step> LoadResult runStages(const LoadRequest& request, Step step) {
    LoadResult result;
    if (!step(0, Tr::tr("Opening…")))
        return LoadResult{nullptr, QString(), true};
    const QString target = request.demo ? QString::fromLatin1(demo::demoName()) : request.path;
    // The log is replayed while it is decoded (fs::loadAndReplay), so opening and replaying
    // are one stage.
    constexpr auto kMount = fs::ReplayMode::Mount;
    // Damaged media (truncated, unknown version) opens read-only with what can be read; the
    // window shows a banner (DamageBanner) and write mode refuses it.
    fs::OpenResult outcome = request.demo
                                 ? fs::openFileSystem(demo::makeDemoMedia(), false, kMount)
                                 : fs::openFileSystemBestEffort(request.path.toStdString(), kMount);
    if (!outcome) {
        result.error =
            QString::fromStdString(fs::openErrorText(target.toStdString(), outcome.error()));
        result.errorKind = outcome.errorKind();
        return result;
    }
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->target = target;
    snapshot->role = roleOf(request, (*outcome)->media->kind());
    snapshot->opened = std::move(*outcome);
    snapshot->ns = std::move(*snapshot->opened->ns);
    snapshot->opened->ns.reset();
    if (!step(1, Tr::tr("Building the allocation map…")))
        return LoadResult{nullptr, QString(), true};
    snapshot->allocation = fs::buildAllocationMap(snapshot->fs());
    step(kLoadStages, Tr::tr("Done"));
    result.snapshot = std::move(snapshot);
    return result;
}

} // namespace

void loadSnapshot(QPromise<LoadResult>& promise, const LoadRequest& request) {
    promise.setProgressRange(0, kLoadStages);
    LoadResult result = runStages(request, [&promise](int value, const QString& text) {
        if (promise.isCanceled())
            return false;
        promise.setProgressValueAndText(value, text);
        return true;
    });
    promise.addResult(std::move(result));
}

LoadResult loadSnapshotNow(const LoadRequest& request) {
    return runStages(request, [](int, const QString&) { return true; });
}

} // namespace famscope::ui
