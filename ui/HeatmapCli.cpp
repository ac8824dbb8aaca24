#include "HeatmapCli.h"

#include "document/SnapshotLoader.h"
#include "fsck/Fsck.h"
#include "util/ShownText.h"
#include "views/HeatmapExport.h"
#include "views/HeatmapPanel.h"
#include "views/HeatmapRenderer.h"

#include <QGuiApplication>

#include <cstdio>

using namespace famscope;
using namespace famscope::ui;

namespace {

// The status of every command's output that could not be written (cli/ExitCodes.h's
// ExitWriteFailed, documented in famscope.1); 2 stays for a target that cannot be opened.
constexpr int kPictureNotWritten = 8;

int fail(const QString& text, int code) {
    std::fprintf(stderr, "famscope: %s\n", text.toLocal8Bit().constData());
    return code;
}

} // namespace

int famscope_heatmap_export(const char* target, int demo, const char* pngPath, const char* svgPath,
                            int width, int mode, long long entries, const char* selectPath) {
    // Fonts need a QGuiApplication; the caller has chosen the offscreen platform.
    static int argc = 1;
    static char name[] = "famscope";
    static char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);

    const LoadResult loaded =
        loadSnapshotNow(LoadRequest{QString::fromLocal8Bit(target ? target : ""), demo != 0});
    if (!loaded.snapshot) {
        std::fprintf(stderr, "%s\n", loaded.error.toLocal8Bit().constData());
        return 2;
    }
    HeatmapRenderer renderer(loaded.snapshot);
    renderer.setMode(static_cast<HeatmapMode>(mode));
    if (entries >= 0)
        renderer.setTime(static_cast<uint64_t>(entries));
    if (renderer.mode() == HeatmapMode::Severity) {
        fsck::FsckOptions options;
        options.force = true;
        renderer.setFindings(fsck::runFsck(loaded.snapshot->fs(), options).findings);
    }
    if (selectPath && *selectPath) {
        const fs::FsFile* file = loaded.snapshot->ns.findFile(selectPath);
        if (!file)
            return fail(QStringLiteral("no file '%1' in the namespace").arg(shownText(selectPath)),
                        6);
        renderer.setSelectedEntry(static_cast<uint32_t>(file->entryIndex));
    }
    const HeatmapPicture picture{width, HeatmapPanel::pictureTitle(renderer)};
    if (pngPath && *pngPath)
        if (const QString e = exportHeatmapPng(renderer, picture, QString::fromLocal8Bit(pngPath));
            !e.isEmpty())
            return fail(e, kPictureNotWritten);
    if (svgPath && *svgPath)
        if (const QString e = exportHeatmapSvg(renderer, picture, QString::fromLocal8Bit(svgPath));
            !e.isEmpty())
            return fail(e, kPictureNotWritten);
    return 0;
}
