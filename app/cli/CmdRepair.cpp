// famscope repair TARGET: fixes what fsck finds when it has one right answer (core/repair),
// after showing the plan, asking, and backing up the metadata region.
#include "cli/Arguments.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/RepairOutput.h"
#include "cli/Text.h"

#include "core/edit/MountCheck.h"
#include "core/fs/OpenFileSystem.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"
#include "core/repair/RepairRun.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace famscope::cli {

namespace {

const QString kDryRun = QStringLiteral("dry-run");
const QString kRecover = QStringLiteral("recover");
const QString kYes = QStringLiteral("yes");
const QString kParents = QStringLiteral("create-parents");
const QString kDrop = QStringLiteral("drop-entry");
const QString kBackup = QStringLiteral("backup");
const QString kUuidFile = QStringLiteral("system-uuid-file");

bool askYes() {
    printErr(QStringLiteral("Write this repair? [y/N] "));
    std::string answer;
    if (!std::getline(std::cin, answer))
        return false;
    return answer == "y" || answer == "Y" || answer == "yes";
}

} // namespace

int runRepair(const QStringList& args) {
    const QString cmd = QStringLiteral("repair");
    CommandLine cl(cmd,
                   QStringLiteral("Repair what fsck finds when it has one right answer: the log "
                                  "header's CRC and counters, a log that ends at a damaged "
                                  "entry, entries famfs skips, the superblock CRC. Shows the "
                                  "plan, asks, backs up the metadata region, writes, reads back. "
                                  "Never moves or rewrites file data."),
                   QStringLiteral("TARGET"));
    cl.addOption(QCommandLineOption(kDryRun, QStringLiteral("Print the plan; write nothing.")));
    cl.addOption(QCommandLineOption(
        kRecover, QStringLiteral("Keep the intact entries behind a damaged one, renumbered, "
                                 "instead of ending the log there as a mount does.")));
    cl.addOption(QCommandLineOption(
        kParents, QStringLiteral("Log a missing parent directory instead of dropping the entry "
                                 "that needs it.")));
    cl.addOption(QCommandLineOption(
        kDrop,
        QStringLiteral("Drop the cross-linked files logged in these entries (N[,M...]); "
                       "cross-linked files are otherwise kept."),
        QStringLiteral("N")));
    cl.addOption(QCommandLineOption(
        kYes, QStringLiteral("Do not ask (needed when standard input is not a terminal).")));
    cl.addOption(QCommandLineOption(
        kBackup,
        QStringLiteral("Back up the metadata region to FILE (default: a new file next to an "
                       "image, or in the current directory for a device)."),
        QStringLiteral("FILE")));
    cl.addOption(QCommandLineOption(
        kUuidFile, QStringLiteral("This host's system UUID file (default /opt/famfs/system_uuid)."),
        QStringLiteral("FILE")));
    cl.setExitStatuses(
        {ExitOk, ExitUsage, ExitCannotOpen, ExitNotFamfs, ExitRefused, ExitWriteFailed});
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    const QString target = cl.positional().at(0);
    const std::string path = argumentBytes(target);

    repair::RunOptions ro;
    ro.plan.recover = cl.isSet(kRecover);
    ro.plan.createParents = cl.isSet(kParents);
    const QStringList drops =
        cl.isSet(kDrop) ? cl.value(kDrop).split(QLatin1Char(',')) : QStringList{};
    for (const QString& v : drops) {
        bool ok = false;
        const uint64_t n = v.toULongLong(&ok);
        if (!ok) {
            printErr(QStringLiteral("famscope repair: --drop-entry must be an entry number") +
                     CommandLine::notGiven(v));
            return ExitUsage;
        }
        ro.plan.dropEntries.insert(n);
    }
    if (cl.isSet(kUuidFile))
        ro.systemUuidPath = argumentBytes(cl.value(kUuidFile));
    ro.backupPath = argumentBytes(cl.value(kBackup));
    ro.plan.fsckOptions.systemUuidFile = ro.systemUuidPath;

    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media) {
        printErr(QString::fromStdString(fs::openErrorText(path, media.error())));
        return ExitCannotOpen;
    }
    auto loaded = fs::loadFileSystem(**media);
    if (!loaded) {
        printErr(QStringLiteral("famscope repair: ") + shownArgument(target) +
                 QStringLiteral(": ") + shown(loaded.error()));
        return ExitNotFamfs;
    }
    RepairSummary summary{shownArgument(target), loaded->log.nextIndex, true, false, {}};
    auto print = [&](const repair::RepairPlan& plan) {
        if (cl.json())
            printOut(repairPlanJson(plan, summary));
        else
            printOut(repairPlanText(plan, summary));
    };

    if (cl.isSet(kDryRun)) {
        const bool device = (*media)->kind() == media::MediaKind::DaxDevice;
        const std::string intentPath = repair::intentPathFor(path, device);
        if (auto intent = repair::readIntent(intentPath); !intent || *intent)
            printErr(QStringLiteral("famscope repair: an interrupted repair is recorded in ") +
                     shown(intentPath) +
                     QStringLiteral("; a repair without --dry-run finishes it first, "
                                    "`famscope restore` with its backup undoes it"));
        const auto report = fsck::runFsck(*loaded, ro.plan.fsckOptions);
        const auto plan = repair::planRepair(*loaded, report, ro.plan);
        print(plan);
        return plan.feasible() ? ExitOk : ExitRefused;
    }
    media->reset(); // the writer opens and locks the target itself

    summary.dryRun = false;
    const bool ask = !cl.isSet(kYes);
    bool noTerminal = false;
    ro.confirm = [&](const repair::RepairPlan& plan) {
        if (!ask)
            return true;
        if (!::isatty(STDIN_FILENO)) {
            noTerminal = true;
            return false;
        }
        printErr(repairPlanText(plan, summary));
        return askYes();
    };
    const repair::RunOutcome out = repair::runRepair(path, ro);
    if (!out.ok()) {
        printErr(QStringLiteral("famscope repair: ") + shown(out.error));
        return out.refused ? ExitRefused : ExitWriteFailed;
    }
    if (noTerminal) {
        printErr(QStringLiteral("famscope repair: standard input is not a terminal; nothing "
                                "written (use --dry-run to see the plan, --yes to write it)"));
        return ExitRefused;
    }
    if (out.cancelled) {
        printErr(QStringLiteral("famscope repair: not confirmed; nothing written"));
        return ExitRefused;
    }
    if (!out.finishedBackup.empty())
        printErr(QStringLiteral("famscope repair: finished an interrupted repair (its backup: ") +
                 shown(out.finishedBackup) + QStringLiteral(")"));
    summary.written = out.written;
    summary.backupFile = out.backupFile;
    print(out.plan);
    return ExitOk;
}

} // namespace famscope::cli
