// famscope creat TARGET PATH -s SIZE [-S SEED] [-m/-u/-g] [-N/-B/-C] [--plan]: as famfs creat,
// allocate (contiguous first fit, or interleaved), write the famfs test pattern when a seed is
// given, then log the file. --plan prints the placement and writes nothing.
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/EditOutput.h"
#include "core/report/ExitStatus.h"
#include "core/report/TextEscape.h"

#include "core/edit/Creat.h"
#include "core/edit/FsPath.h"
#include "core/report/SeedText.h"

namespace famscope::cli {

namespace {

int plan(const CommandLine& cl, const std::string& cmd, uint64_t size,
         const edit::InterleaveParams& interleave, std::optional<uint64_t> placementSeed) {
    const auto t = openTarget(cl.positional().at(0));
    if (!t) {
        printErr(t.error());
        return exitStatus(t.errorKind());
    }
    if (auto p = edit::normalizeFsPath(report::unescapeText(cl.positional().at(1))); !p) {
        printCommandError(cmd, p.error());
        return exitStatus(p.errorKind());
    }
    auto pl = edit::planPlacement(t->fs, size, interleave, placementSeed);
    if (!pl) {
        printCommandError(cmd, pl.error());
        return exitStatus(pl.errorKind());
    }
    printOut(cl.json() ? report::creatPlanJson(*pl, size) : report::creatPlanText(*pl));
    return ExitOk;
}

} // namespace

int runCreat(const Args& args) {
    const std::string cmd = "creat";
    CommandLine cl(cmd,
                   "Create a file in a famfs file system (allocates, writes the "
                   "data when seeded, appends the log entry).",
                   "TARGET PATH");
    cl.addOption(Option{{"s", "size"}, "File size (required; K/M/G suffixes).", "SIZE"});
    cl.addOption(Option{{"S", "seed"},
                        "Fill the file with the famfs test pattern of SEED (famfs verify -S).",
                        "SEED"});
    cl.addOption(Option{{"plan"}, "Only show where the file would go."});
    addOwnerOptions(cl, "Permission bits, octal (default 0644).");
    addInterleaveOptions(cl);
    addWriteOptions(cl, "Write even to another host's file system or a log with "
                        "a bad entry.");
    cl.addExitStatuses({ExitRefused, ExitWriteFailed});
    if (auto exit = cl.parse(args, 2, 2))
        return *exit;
    if (!cl.isSet("size")) {
        printErr("famscope creat: --size SIZE is required (e.g. 4K, 2M)");
        return ExitUsage;
    }
    const auto size = report::parseSize(cl.value("size"));
    if (!size) {
        printErr("famscope creat: --size must be a number of bytes with an "
                 "optional K/M/G/T suffix (e.g. 4K, 2M)" +
                 cl.notGivenValue("size"));
        return ExitUsage;
    }
    std::optional<uint64_t> seed;
    if (cl.isSet("seed")) {
        seed = report::parseSeed(cl.value("seed"));
        if (!seed) {
            printErr("famscope creat: --seed must be a number" + cl.notGivenValue("seed"));
            return ExitUsage;
        }
    }
    const auto owner = parseOwner(cl, cmd, 0644);
    const auto interleave = parseInterleave(cl, cmd);
    const auto placementSeed = parsePlacementSeed(cl, cmd);
    if (!owner || !interleave || !placementSeed)
        return ExitUsage;
    if (cl.isSet("plan"))
        return plan(cl, cmd, *size, *interleave, *placementSeed);

    edit::SessionOptions so = sessionOptions(cl);
    so.placementSeed = *placementSeed;
    int exitCode = ExitOk;
    auto session = openSession(cmd, cl.positional().at(0), so, exitCode);
    if (!session)
        return exitCode;
    edit::CreatOptions o;
    o.size = *size;
    o.mode = owner->mode;
    o.uid = owner->uid;
    o.gid = owner->gid;
    o.dataSeed = seed;
    o.interleave = *interleave;
    auto r = edit::createFile(*session, report::unescapeText(cl.positional().at(1)), o);
    if (!r) {
        printCommandError(cmd, r.error());
        return exitStatus(r.errorKind());
    }
    const std::string& backup = session->backupFile();
    printOut(cl.json() ? report::creatJson(*r, o.size, backup) : report::creatText(*r, o, backup));
    return ExitOk;
}

} // namespace famscope::cli
