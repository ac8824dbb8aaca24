// famscope fsck TARGET: the figures `famfs fsck` prints, then every finding of famscope's
// checks grouped by severity. Exit statuses: README "famscope fsck".
#include "cli/Arguments.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/FamfsSummary.h"
#include "cli/FsJson.h"
#include "cli/Text.h"

#include "fs/LoadedFs.h"
#include "fsck/Fsck.h"
#include "media/Media.h"

namespace famscope::cli {

namespace {

const QString kCompatOption = QStringLiteral("famfs-compat");
const QString kUuidFileOption = QStringLiteral("system-uuid-file");

QString findingsText(const fsck::FsckReport& r) {
    QString t = QStringLiteral("famscope fsck: ") + QString::number(r.counts.errors) +
                QStringLiteral(" errors, ") + QString::number(r.counts.warnings) +
                QStringLiteral(" warnings, ") + QString::number(r.counts.infos) +
                QStringLiteral(" notes\n");
    const std::pair<fsck::Severity, const char*> groups[] = {{fsck::Severity::Error, "Errors:"},
                                                             {fsck::Severity::Warning, "Warnings:"},
                                                             {fsck::Severity::Info, "Notes:"}};
    for (const auto& [severity, title] : groups) {
        bool any = false;
        for (const fsck::Finding& f : r.findings) {
            if (f.severity != severity)
                continue;
            if (!any)
                t += QLatin1String(title) + QLatin1Char('\n');
            any = true;
            t += QStringLiteral("  ") + shown(f.code).leftJustified(22) + QLatin1Char(' ') +
                 shown(f.location.text()) + QStringLiteral(": ") + shown(f.message) +
                 QLatin1Char('\n');
        }
    }
    for (const auto& [code, n] : r.omitted)
        t += QStringLiteral("  ... and ") + QString::number(n) + QStringLiteral(" more ") +
             shown(code) + QStringLiteral(" findings, not listed\n");
    if (r.findings.empty())
        t += QStringLiteral("No problems found.\n");
    return t;
}

void writeLocation(JsonWriter& w, const fsck::Location& l) {
    w.key("location").beginObject();
    w.field("area", fsck::areaName(l.area));
    if (!l.field.empty())
        w.field("field", l.field);
    if (l.offset)
        w.field("offset", *l.offset);
    if (l.entry)
        w.field("entry", *l.entry);
    if (!l.path.empty())
        w.field("path", l.path);
    if (l.firstAu)
        w.field("first_au", *l.firstAu).field("au_count", l.auCount);
    w.field("text", l.text());
    w.endObject();
}

QByteArray reportJson(const fs::LoadedFs& lfs, const fsck::FsckReport& r, int exitCode) {
    JsonWriter w;
    w.beginObject();
    writeTarget(w, lfs);
    w.field("role", fsck::roleName(r.role));
    w.field("famfs_superblock_valid", r.famfsSuperblockValid);
    w.field("log_checked", r.logChecked);
    const fsck::FamfsFigures& f = r.figures;
    w.key("summary").beginObject();
    w.field("entries_in_use", f.entriesInUse).field("log_slots", f.logSlots);
    w.field("log_len", f.logLen).field("allocation_collisions", f.collisions);
    w.field("device_capacity", f.deviceCapacity).field("bitmap_capacity", f.bitmapCapacity);
    w.field("sum_of_file_sizes", f.sumOfFileSizes).field("allocated_bytes", f.allocatedBytes);
    w.field("free_space", f.freeBytes);
    w.field("space_amplification", f.spaceAmplification()); // null when infinite
    w.field("percent_used", f.percentUsed());
    w.field("bad_log_entries", f.badEntries).field("files", f.files);
    w.field("directories", f.directories);
    w.endObject();
    w.key("free_space").beginObject();
    w.field("alloc_unit", r.allocUnit).field("free_runs", r.freeSpace.freeRuns);
    w.field("largest_run_aus", r.freeSpace.largestRunAus);
    w.key("run_histogram_log2_aus").beginArray();
    for (uint64_t n : r.freeSpace.histogram)
        w.value(n);
    w.endArray();
    w.endObject();
    w.key("counts").beginObject();
    w.field("error", r.counts.errors).field("warning", r.counts.warnings);
    w.field("info", r.counts.infos);
    w.endObject();
    w.key("findings").beginArray();
    for (const fsck::Finding& finding : r.findings) {
        w.beginObject();
        w.field("code", finding.code).field("severity", fsck::severityName(finding.severity));
        writeLocation(w, finding.location);
        w.field("message", finding.message);
        w.endObject();
    }
    w.endArray();
    w.key("omitted").beginObject(); // code -> findings counted but not listed
    for (const auto& [code, n] : r.omitted)
        w.field(code, n);
    w.endObject();
    w.field("exit_status", exitCode);
    w.endObject();
    return w.data() + '\n';
}

} // namespace

int runFsck(const QStringList& args) {
    CommandLine cl(QStringLiteral("fsck"),
                   QStringLiteral("Check a famfs image or devdax device: everything famfs fsck "
                                  "checks and much more, each finding with a stable code. Never "
                                  "writes to the target."),
                   QStringLiteral("TARGET"));
    cl.addForceOption();
    cl.addOption(QCommandLineOption(
        kCompatOption, QStringLiteral("Exit like famfs fsck: the number of allocation "
                                      "collisions (at most 127), 1 without a valid superblock.")));
    cl.addOption(QCommandLineOption(
        kUuidFileOption,
        QStringLiteral("This host's system UUID file (default /opt/famfs/system_uuid)."),
        QStringLiteral("path")));
    const bool compat = args.contains(QStringLiteral("--") + kCompatOption);
    if (auto exit = cl.parse(args, 1, 1))
        return *exit == ExitUsage ? (compat ? 1 : fsck::FsckUsage) : *exit;
    const QString path = cl.positional().at(0);
    auto fail = [&](const std::string& why) {
        printErr(QStringLiteral("famscope fsck: ") + shownArgument(path) + QStringLiteral(": ") +
                 shown(why));
        return compat ? 1 : fsck::FsckOperational;
    };
    auto media = media::openMedia(argumentBytes(path), media::Access::ReadOnly);
    if (!media)
        return fail(media.error());
    auto loaded = fs::loadFileSystem(**media);
    if (!loaded)
        return fail(loaded.error());
    fsck::FsckOptions options;
    options.force = cl.force();
    if (cl.isSet(kUuidFileOption))
        options.systemUuidFile = argumentBytes(cl.value(kUuidFileOption));
    const fsck::FsckReport report = fsck::runFsck(*loaded, options);
    const int exitCode = compat ? fsck::famfsExitStatus(report) : fsck::exitStatus(report);
    if (cl.json()) {
        printOut(reportJson(*loaded, report, exitCode));
        return exitCode;
    }
    QString text;
    // famfs prints its summary only over a superblock it accepts; famscope whenever there is a
    // superblock magic (or when forced), since the figures still say what the log holds.
    if (loaded->sb.magicValid() || cl.force())
        text += famfsFsckSummary(*loaded, report.figures,
                                 QString::fromLatin1(fsck::roleName(report.role)));
    text += findingsText(report);
    printOut(text);
    return exitCode;
}

} // namespace famscope::cli
