#include "fsck/FsckReportExport.h"

#include "fsck/Fsck.h"
#include "util/OutputFile.h"
#include "views/HeatmapExport.h"
#include "views/HeatmapPanel.h"
#include "views/HeatmapRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <limits>

namespace famscope::ui {

namespace {

// QJsonValue keeps integers only up to 2^63 - 1 exactly; a larger value (a corrupt field)
// would become a double. It is written as a placeholder string instead, which exactNumbers()
// turns into the exact integer. The placeholder carries a random tag of this process, so no
// string from media can pose as one.
const QString& bigNumberTag() {
    static const QString tag =
        QStringLiteral("famscope-u64-") + QUuid::createUuid().toString(QUuid::Id128) + u':';
    return tag;
}

QJsonValue number(uint64_t v) {
    if (v <= static_cast<uint64_t>(std::numeric_limits<qint64>::max()))
        return QJsonValue(static_cast<qint64>(v));
    return QJsonValue(bigNumberTag() + QString::number(v));
}

QByteArray exactNumbers(const QByteArray& json) {
    const QByteArray open = '"' + bigNumberTag().toLatin1();
    QByteArray out;
    qsizetype from = 0;
    for (qsizetype at; (at = json.indexOf(open, from)) >= 0;) {
        const qsizetype digits = at + open.size();
        const qsizetype close = json.indexOf('"', digits);
        out += json.mid(from, at - from) + json.mid(digits, close - digits);
        from = close + 1;
    }
    return out + json.mid(from);
}

// As the CLI writes it: six significant digits, null for inf and NaN.
QJsonValue real(double v) {
    return std::isfinite(v) ? QJsonValue(QByteArray::number(v, 'g', 6).toDouble())
                            : QJsonValue(QJsonValue::Null);
}

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

QJsonObject locationJson(const fsck::Location& l) {
    QJsonObject o;
    o[QLatin1String("area")] = QLatin1String(fsck::areaName(l.area));
    if (!l.field.empty())
        o[QLatin1String("field")] = str(l.field);
    if (l.offset)
        o[QLatin1String("offset")] = number(*l.offset);
    if (l.entry)
        o[QLatin1String("entry")] = number(*l.entry);
    if (!l.path.empty())
        o[QLatin1String("path")] = str(l.path);
    if (l.firstAu) {
        o[QLatin1String("first_au")] = number(*l.firstAu);
        o[QLatin1String("au_count")] = number(l.auCount);
    }
    o[QLatin1String("text")] = str(l.text());
    return o;
}

// As `famscope fsck --json` without --all: a group keeps its range, count and last location.
QJsonObject findingJson(const fsck::Finding& f) {
    QJsonObject o{{QLatin1String("code"), str(f.code)},
                  {QLatin1String("severity"), QLatin1String(fsck::severityName(f.severity))},
                  {QLatin1String("location"), locationJson(f.location)},
                  {QLatin1String("message"), str(f.message)},
                  {QLatin1String("count"), number(f.count)}};
    if (f.isGroup()) {
        o[QLatin1String("range")] =
            QJsonObject{{QLatin1String("first_entry"), number(f.location.entry.value_or(0))},
                        {QLatin1String("last_entry"), number(f.last->entry.value_or(0))}};
        o[QLatin1String("last_location")] = locationJson(*f.last);
    }
    return o;
}

} // namespace

QByteArray fsckReportJson(const fs::LoadedFs& lfs, const fsck::FsckReport& r) {
    QJsonObject root;
    root[QLatin1String("target")] =
        QJsonObject{{QLatin1String("path"), str(lfs.path)},
                    {QLatin1String("kind"), QLatin1String(media::mediaKindName(lfs.mediaKind))},
                    {QLatin1String("size"), number(lfs.mediaSize)}};
    root[QLatin1String("role")] = QLatin1String(fsck::roleName(r.role));
    root[QLatin1String("famfs_superblock_valid")] = r.famfsSuperblockValid;
    root[QLatin1String("log_checked")] = r.logChecked;
    const fsck::FamfsFigures& f = r.figures;
    root[QLatin1String("summary")] =
        QJsonObject{{QLatin1String("entries_in_use"), number(f.entriesInUse)},
                    {QLatin1String("log_slots"), number(f.logSlots)},
                    {QLatin1String("log_len"), number(f.logLen)},
                    {QLatin1String("allocation_collisions"), number(f.collisions)},
                    {QLatin1String("device_capacity"), number(f.deviceCapacity)},
                    {QLatin1String("bitmap_capacity"), number(f.bitmapCapacity)},
                    {QLatin1String("sum_of_file_sizes"), number(f.sumOfFileSizes)},
                    {QLatin1String("allocated_bytes"), number(f.allocatedBytes)},
                    {QLatin1String("free_space"), number(f.freeBytes)},
                    {QLatin1String("space_amplification"), real(f.spaceAmplification())},
                    {QLatin1String("percent_used"), real(f.percentUsed())},
                    {QLatin1String("bad_log_entries"), number(f.badEntries)},
                    {QLatin1String("files"), number(f.files)},
                    {QLatin1String("directories"), number(f.directories)}};
    QJsonArray histogram;
    for (uint64_t n : r.freeSpace.histogram)
        histogram.append(number(n));
    root[QLatin1String("free_space")] =
        QJsonObject{{QLatin1String("alloc_unit"), number(r.allocUnit)},
                    {QLatin1String("free_runs"), number(r.freeSpace.freeRuns)},
                    {QLatin1String("largest_run_aus"), number(r.freeSpace.largestRunAus)},
                    {QLatin1String("run_histogram_log2_aus"), histogram}};
    root[QLatin1String("counts")] =
        QJsonObject{{QLatin1String("error"), number(r.counts.errors)},
                    {QLatin1String("warning"), number(r.counts.warnings)},
                    {QLatin1String("info"), number(r.counts.infos)}};
    QJsonArray findings;
    for (const fsck::Finding& finding : r.findings)
        findings.append(findingJson(finding));
    root[QLatin1String("findings")] = findings;
    QJsonObject omitted;
    for (const auto& [code, n] : r.omitted)
        omitted[str(code)] = number(n);
    root[QLatin1String("omitted")] = omitted;
    root[QLatin1String("exit_status")] = fsck::exitStatus(r);
    return exactNumbers(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QByteArray fsckHeatmapPng(const std::shared_ptr<const Snapshot>& snapshot,
                          const fsck::FsckReport& report) {
    HeatmapRenderer renderer(snapshot);
    renderer.setMode(HeatmapMode::Severity);
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

namespace {

QString save(const QString& path, const QByteArray& bytes) {
    return writeOutputFile(path, bytes);
}

} // namespace

QString writeFsckJson(const QString& path, const fs::LoadedFs& fs, const fsck::FsckReport& report) {
    return save(path, fsckReportJson(fs, report));
}

QString writeFsckHtml(const QString& path, const std::shared_ptr<const Snapshot>& snapshot,
                      const fsck::FsckReport& report) {
    return save(path, fsckReportHtml(*snapshot, report, fsckHeatmapPng(snapshot, report)).toUtf8());
}

} // namespace famscope::ui
