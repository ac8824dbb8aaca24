// famscope repair TARGET: fixes what fsck finds when it has one right answer (core/repair),
// after showing the plan, asking, and backing up the metadata region.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/RepairOutput.h"

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

const std::string kDryRun = "dry-run";
const std::string kRecover = "recover";
const std::string kYes = "yes";
const std::string kParents = "create-parents";
const std::string kDrop = "drop-entry";
const std::string kBackup = "backup";
const std::string kUuidFile = "system-uuid-file";

bool askYes() {
    printErr("Write this repair? [y/N] ");
    std::string answer;
    if (!std::getline(std::cin, answer))
        return false;
    return answer == "y" || answer == "Y" || answer == "yes";
}

} // namespace

int runRepair(const Args& args) {
    const std::string cmd = "repair";
    CommandLine cl(cmd,
                   "Repair what fsck finds when it has one right answer: the log "
                   "header's CRC and counters, a log that ends at a damaged "
                   "entry, entries famfs skips, the superblock CRC. Shows the "
                   "plan, asks, backs up the metadata region, writes, reads back. "
                   "Never moves or rewrites file data.",
                   "TARGET");
    cl.addOption(Option{{kDryRun}, "Print the plan; write nothing."});
    cl.addOption(Option{{kRecover},
                        "Keep the intact entries behind a damaged one, renumbered, "
                        "instead of ending the log there as a mount does."});
    cl.addOption(Option{{kParents},
                        "Log a missing parent directory instead of dropping the entry "
                        "that needs it."});
    cl.addOption(Option{{kDrop},
                        "Drop the cross-linked files logged in these entries (N[,M...]); "
                        "cross-linked files are otherwise kept.",
                        "N"});
    cl.addOption(Option{{kYes}, "Do not ask (needed when standard input is not a terminal)."});
    cl.addOption(Option{{kBackup},
                        "Back up the metadata region to FILE (default: a new file next to an "
                        "image, or in the current directory for a device).",
                        "FILE"});
    cl.addOption(Option{
        {kUuidFile}, "This host's system UUID file (default /opt/famfs/system_uuid).", "FILE"});
    cl.setExitStatuses(
        {ExitOk, ExitUsage, ExitCannotOpen, ExitNotFamfs, ExitRefused, ExitWriteFailed});
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    const std::string path = cl.positional().at(0);

    repair::RunOptions ro;
    ro.plan.recover = cl.isSet(kRecover);
    ro.plan.createParents = cl.isSet(kParents);
    const std::vector<std::string> drops =
        cl.isSet(kDrop) ? splitList(cl.value(kDrop), ',') : std::vector<std::string>{};
    for (const std::string& v : drops) {
        const auto n = report::parseIndex(v);
        if (!n) {
            printErr("famscope repair: --drop-entry must be an entry number" +
                     CommandLine::notGiven(v));
            return ExitUsage;
        }
        ro.plan.dropEntries.insert(*n);
    }
    if (cl.isSet(kUuidFile))
        ro.systemUuidPath = cl.value(kUuidFile);
    ro.backupPath = cl.value(kBackup);
    ro.plan.fsckOptions.systemUuidFile = ro.systemUuidPath;

    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media) {
        printErr(fs::openErrorText(path, media.error()));
        return exitStatus(media.errorKind());
    }
    auto loaded = fs::loadFileSystem(**media);
    if (!loaded) {
        printErr("famscope repair: " + shown(path) + ": " + shown(loaded.error()));
        return exitStatus(WriteStop::NoFamfsMetadata);
    }
    report::RepairSummary summary{shown(path), loaded->log.nextIndex, true, false, {}};
    auto print = [&](const repair::RepairPlan& plan) {
        if (cl.json())
            printOut(report::repairPlanJson(plan, summary));
        else
            printOut(report::repairPlanText(plan, summary));
    };

    if (cl.isSet(kDryRun)) {
        const bool device = (*media)->kind() == media::MediaKind::DaxDevice;
        const std::string intentPath = repair::intentPathFor(path, device);
        if (auto intent = repair::readIntent(intentPath); !intent || *intent)
            printErr("famscope repair: an interrupted repair is recorded in " + shown(intentPath) +
                     "; a repair without --dry-run finishes it first, "
                     "`famscope restore` with its backup undoes it");
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
        printErr(report::repairPlanText(plan, summary));
        return askYes();
    };
    const auto run = repair::runRepair(path, ro);
    if (!run) {
        printErr("famscope repair: " + shown(run.error()));
        return exitStatus(run.errorKind()); // refused 7, a write or its read-back failed 8
    }
    const repair::RunOutcome& out = *run;
    if (noTerminal) {
        printErr("famscope repair: standard input is not a terminal; nothing "
                 "written (use --dry-run to see the plan, --yes to write it)");
        return ExitRefused;
    }
    if (out.cancelled) {
        printErr("famscope repair: not confirmed; nothing written");
        return ExitRefused;
    }
    if (!out.finishedBackup.empty())
        printErr("famscope repair: finished an interrupted repair (its backup: " +
                 shown(out.finishedBackup) + ")");
    summary.written = out.written;
    summary.backupFile = out.backupFile;
    print(out.plan);
    return ExitOk;
}

} // namespace famscope::cli
