#include "ui/HeatmapCli.h"

#include "core/fsck/Fsck.h"
#include "ui/document/SnapshotLoader.h"
#include "ui/util/ShownText.h"
#include "ui/views/HeatmapExport.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapRenderer.h"

#include <QGuiApplication>

#include <cstdio>
#include <utility>

using namespace famscope;
using namespace famscope::ui;

namespace {

report::HeatmapOutcome fail(const QString& text, report::HeatmapOutcome outcome) {
    std::fprintf(stderr, "famscope: %s\n", text.toLocal8Bit().constData());
    return outcome;
}

} // namespace

report::HeatmapOutcome famscope_heatmap_export(const report::HeatmapRequest& request) {
    using report::HeatmapOutcome;
    // Fonts need a QGuiApplication; the caller has chosen the offscreen platform.
    static int argc = 1;
    static char name[] = "famscope";
    static char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);

    const LoadResult loaded =
        loadSnapshotNow(LoadRequest{QString::fromLocal8Bit(request.target.c_str()), request.demo});
    if (!loaded.snapshot) {
        std::fprintf(stderr, "%s\n", loaded.error.toLocal8Bit().constData());
        return HeatmapOutcome::CannotLoad;
    }
    HeatmapRenderer renderer(loaded.snapshot);
    renderer.setMode(request.colour);
    if (request.entries)
        renderer.setTime(*request.entries);
    if (renderer.mode() == HeatmapMode::Fsck) {
        fsck::FsckOptions options;
        options.force = true;
        renderer.setFindings(fsck::runFsck(loaded.snapshot->fs(), options).findings);
    }
    if (!request.selectPath.empty()) {
        const fs::FsFile* file = loaded.snapshot->ns.findFile(request.selectPath);
        if (!file)
            return fail(
                QStringLiteral("no file '%1' in the namespace").arg(shownText(request.selectPath)),
                HeatmapOutcome::NoSuchFile);
        renderer.setSelectedEntry(static_cast<uint32_t>(file->entryIndex));
    }
    const HeatmapPicture picture{request.width, HeatmapPanel::pictureTitle(renderer)};
    for (const auto& [path, write] : {std::pair(request.pngPath, &exportHeatmapPng),
                                      std::pair(request.svgPath, &exportHeatmapSvg)})
        if (!path.empty())
            if (const QString e = write(renderer, picture, QString::fromLocal8Bit(path.c_str()));
                !e.isEmpty())
                return fail(e, HeatmapOutcome::CannotWrite);
    return HeatmapOutcome::Written;
}
