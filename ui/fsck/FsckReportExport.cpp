#include "ui/fsck/FsckReportExport.h"

#include "core/fsck/Fsck.h"
#include "core/report/FsckHtml.h"
#include "core/report/FsckOutput.h"
#include "ui/util/OutputFile.h"
#include "ui/views/HeatmapExport.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapRenderer.h"

#include <QBuffer>
#include <QCoreApplication>

namespace famscope::ui {

QByteArray fsckReportJson(const fs::LoadedFs& lfs, const fsck::FsckReport& r) {
    // The bytes of `famscope fsck --json` (without --all): one writer for both.
    const std::string json = report::fsckReportJson(lfs, r, fsck::exitStatus(r), false);
    return QByteArray(json.data(), static_cast<qsizetype>(json.size()));
}

QByteArray fsckHeatmapPng(const std::shared_ptr<const Snapshot>& snapshot,
                          const fsck::FsckReport& report) {
    HeatmapRenderer renderer(snapshot);
    renderer.setMode(HeatmapMode::Fsck);
    renderer.setFindings(report.findings);
    const QImage image =
        renderHeatmapImage(renderer, HeatmapPicture{1000, HeatmapPanel::pictureTitle(renderer)});
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

namespace {

// The page's words in the window's language.
report::FsckHtmlWords htmlWords() {
    // The strings are FsckPanel's (the fsck tab's), so their translations are found there.
    const auto text = [](const char* source) {
        return QCoreApplication::translate("famscope::ui::FsckPanel", source).toStdString();
    };
    report::FsckHtmlWords w;
    w.title = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "fsck report: %1"));
    w.role = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Role"));
    w.errors = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Errors"));
    w.warnings = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Warnings"));
    w.notes = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Notes"));
    w.entriesInUse = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Log entries in use"));
    w.entriesOf = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "%1 of %2"));
    w.files = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Files"));
    w.directories = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Directories"));
    w.collisions = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Allocation collisions"));
    w.capacity = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Device capacity"));
    w.allocated = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Allocated bytes"));
    w.free = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Free bytes"));
    w.heatmap = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Heatmap"));
    w.findings = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Findings"));
    w.severity = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Severity"));
    w.code = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Code"));
    w.location = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Location"));
    w.message = text(QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "Message"));
    w.omitted = text(
        QT_TRANSLATE_NOOP("famscope::ui::FsckPanel", "… and %1 more %2 findings, not listed."));
    return w;
}

} // namespace

QString writeFsckJson(const QString& path, const fs::LoadedFs& fs, const fsck::FsckReport& report) {
    return writeOutputFile(path, fsckReportJson(fs, report));
}

QString writeFsckHtml(const QString& path, const std::shared_ptr<const Snapshot>& snapshot,
                      const fsck::FsckReport& report) {
    const QByteArray png = fsckHeatmapPng(snapshot, report).toBase64();
    const std::string page =
        report::fsckReportHtml(snapshot->fs().path, report, htmlWords(), png.toStdString());
    return writeOutputFile(path, QByteArray::fromStdString(page));
}

} // namespace famscope::ui
