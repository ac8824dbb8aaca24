#include "ui/fsck/FsckReportExport.h"

#include "core/fsck/Fsck.h"
#include "core/report/FsckOutput.h"
#include "ui/util/OutputFile.h"
#include "ui/views/HeatmapExport.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapRenderer.h"

#include <QBuffer>
#include <QCoreApplication>

namespace famscope::ui {

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

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

QString fsckReportHtml(const Snapshot& snapshot, const fsck::FsckReport& r,
                       const QByteArray& heatmapPng) {
    const fs::LoadedFs& lfs = snapshot.fs();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") +
         QCoreApplication::translate("famscope::ui::FsckPanel", "fsck report: %1")
             .arg(str(lfs.path).toHtmlEscaped()) +
         QStringLiteral("</title>\n<style>body{font-family:sans-serif;margin:2em}"
                        "table{border-collapse:collapse}td,th{border:1px solid #bbb;"
                        "padding:2px 6px;text-align:left;vertical-align:top}"
                        ".error{color:#c0392b}.warning{color:#b9770e}.info{color:#2874a6}"
                        "</style></head><body>\n");
    h += QStringLiteral("<h1>") +
         QCoreApplication::translate("famscope::ui::FsckPanel", "fsck report: %1")
             .arg(str(lfs.path).toHtmlEscaped()) +
         QStringLiteral("</h1>\n<table>\n");
    auto row = [&h](const QString& name, const QString& value) {
        h += QStringLiteral("<tr><th>") + name.toHtmlEscaped() + QStringLiteral("</th><td>") +
             value.toHtmlEscaped() + QStringLiteral("</td></tr>\n");
    };
    const fsck::FamfsFigures& f = r.figures;
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Role"),
        QLatin1String(fsck::roleName(r.role)));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Errors"),
        QString::number(r.counts.errors));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Warnings"),
        QString::number(r.counts.warnings));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Notes"),
        QString::number(r.counts.infos));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Log entries in use"),
        QCoreApplication::translate("famscope::ui::FsckPanel", "%1 of %2")
            .arg(f.entriesInUse)
            .arg(f.logSlots));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Files"), QString::number(f.files));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Directories"),
        QString::number(f.directories));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Allocation collisions"),
        QString::number(f.collisions));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Device capacity"),
        QString::number(f.deviceCapacity));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Allocated bytes"),
        QString::number(f.allocatedBytes));
    row(QCoreApplication::translate("famscope::ui::FsckPanel", "Free bytes"),
        QString::number(f.freeBytes));
    h += QStringLiteral("</table>\n");
    if (!heatmapPng.isEmpty())
        h += QStringLiteral("<h2>") +
             QCoreApplication::translate("famscope::ui::FsckPanel", "Heatmap") +
             QStringLiteral("</h2>\n<img alt=\"heatmap\" src=\"data:image/png;base64,") +
             QString::fromLatin1(heatmapPng.toBase64()) + QStringLiteral("\">\n");
    h += QStringLiteral("<h2>") +
         QCoreApplication::translate("famscope::ui::FsckPanel", "Findings") +
         QStringLiteral("</h2>\n<table>\n<tr><th>") +
         QCoreApplication::translate("famscope::ui::FsckPanel", "Severity") +
         QStringLiteral("</th><th>") +
         QCoreApplication::translate("famscope::ui::FsckPanel", "Code") +
         QStringLiteral("</th><th>") +
         QCoreApplication::translate("famscope::ui::FsckPanel", "Location") +
         QStringLiteral("</th><th>") +
         QCoreApplication::translate("famscope::ui::FsckPanel", "Message") +
         QStringLiteral("</th></tr>\n");
    for (const fsck::Finding& finding : r.findings) {
        const QString severity = QLatin1String(fsck::severityName(finding.severity));
        h += QStringLiteral("<tr class=\"") + severity + QStringLiteral("\"><td>") + severity +
             QStringLiteral("</td><td>") + str(finding.code).toHtmlEscaped() +
             QStringLiteral("</td><td>") + str(finding.where()).toHtmlEscaped() +
             QStringLiteral("</td><td>") + str(finding.message).toHtmlEscaped() +
             QStringLiteral("</td></tr>\n");
    }
    h += QStringLiteral("</table>\n");
    for (const auto& [code, n] : r.omitted)
        h += QStringLiteral("<p>") +
             QCoreApplication::translate("famscope::ui::FsckPanel",
                                         "… and %1 more %2 findings, not listed.")
                 .arg(n)
                 .arg(str(code).toHtmlEscaped()) +
             QStringLiteral("</p>\n");
    h += QStringLiteral("</body></html>\n");
    return h;
}

QString writeFsckJson(const QString& path, const fs::LoadedFs& fs, const fsck::FsckReport& report) {
    return writeOutputFile(path, fsckReportJson(fs, report));
}

QString writeFsckHtml(const QString& path, const std::shared_ptr<const Snapshot>& snapshot,
                      const fsck::FsckReport& report) {
    return writeOutputFile(
        path, fsckReportHtml(*snapshot, report, fsckHeatmapPng(snapshot, report)).toUtf8());
}

} // namespace famscope::ui
