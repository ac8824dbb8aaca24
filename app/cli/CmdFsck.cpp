// famscope fsck TARGET: the figures `famfs fsck` prints, then every finding of famscope's
// checks grouped by severity. Exit statuses: README "famscope fsck".
#include "cli/Arguments.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Text.h"
#include "core/edit/HostIdentity.h"
#include "core/report/FamfsSummary.h"
#include "core/report/FsckOutput.h"
#include "core/report/PendingRepairOutput.h"

#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"

namespace famscope::cli {

namespace {

const QString kCompatOption = QStringLiteral("famfs-compat");
const QString kUuidFileOption = QStringLiteral("system-uuid-file");
const QString kAllOption = QStringLiteral("all");

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
    cl.addOption(QCommandLineOption(
        kAllOption, QStringLiteral("List every member of a group of damaged log entries (at most "
                                   "1,000 per group), not only the group.")));
    // fsck has e2fsck's scheme, not the table of the other commands: 1 is warnings here.
    cl.setExitStatusText(QStringLiteral(
        "  0   no errors or warnings (notes only)\n"
        "  1   warnings, no errors (not a usage error, unlike the other commands)\n"
        "  4   at least one error (famscope never repairs anything)\n"
        "  8   the target cannot be read (missing, unreadable, smaller than a superblock)\n"
        "  16  usage error\n"
        "With --famfs-compat: the number of allocation collisions (at most 127), 1 without a\n"
        "valid superblock or when the target cannot be read, 0 otherwise.\n"));
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
    const std::string intentFile = repair::intentFileOf(**media);
    if (cl.isSet(kUuidFileOption)) {
        options.systemUuidFile = argumentBytes(cl.value(kUuidFileOption));
        if (Status st = edit::checkSystemUuidFile(options.systemUuidFile); !st) {
            printErr(QStringLiteral("famscope fsck: ") + shown(st.error()));
            return compat ? 1 : fsck::FsckUsage;
        }
    }
    const fsck::FsckReport report = fsck::runFsck(*loaded, options, intentFile);
    const int exitCode = compat ? fsck::famfsExitStatus(report) : fsck::exitStatus(report);
    if (cl.json()) {
        printOut(report::withRepairPending(
            report::fsckReportJson(*loaded, report, exitCode, cl.isSet(kAllOption)),
            repair::findPendingRepair(intentFile)));
        return exitCode;
    }
    // famfs prints its summary only over a superblock it accepts; famscope whenever there is a
    // superblock magic (or when forced), since the figures still say what the log holds.
    if (loaded->sb.magicValid() || cl.force())
        printOut(report::famfsFsckSummary(*loaded, report.figures, fsck::roleName(report.role)));
    printOut(report::fsckFindingsText(report, cl.isSet(kAllOption)));
    return exitCode;
}

} // namespace famscope::cli
