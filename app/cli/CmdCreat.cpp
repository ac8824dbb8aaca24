// famscope creat TARGET PATH -s SIZE [-S SEED] [-m/-u/-g] [-N/-B/-C] [--plan]: as famfs creat,
// allocate (contiguous first fit, or interleaved), write the famfs test pattern when a seed is
// given, then log the file. --plan prints the placement and writes nothing.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/JsonWriter.h"
#include "core/report/PlacementText.h"

#include "core/edit/Creat.h"
#include "core/edit/FsPath.h"
#include "core/report/SeedText.h"

namespace famscope::cli {

namespace {

int plan(const CommandLine& cl, const std::string& cmd, uint64_t size,
         const edit::InterleaveParams& interleave, std::optional<uint64_t> placementSeed) {
    TargetResult t = openTarget(cl.positional().at(0), false);
    if (!t.target) {
        printErr(t.error);
        return t.exitCode;
    }
    if (auto p = edit::normalizeFsPath(fsPathArgument(cl.positional().at(1))); !p) {
        printCommandError(cmd, p.error());
        return exitStatus(p.errorKind());
    }
    auto pl = edit::planPlacement(t.target->fs, size, interleave, placementSeed);
    if (!pl) {
        printCommandError(cmd, pl.error());
        return exitStatus(pl.errorKind());
    }
    if (cl.json()) {
        report::JsonWriter w;
        w.beginObject().field("plan_only", true).field("size", size).key("placement");
        report::writePlacement(w, *pl);
        w.endObject();
        printOut(w.data() + '\n');
    } else {
        printOut("placement (nothing written):\n" + report::placementText(*pl, "\t"));
    }
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
    const auto size = CommandLine::parseNumber(cl.value("size"));
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
    auto r = edit::createFile(*session, fsPathArgument(cl.positional().at(1)), o);
    if (!r) {
        printCommandError(cmd, r.error());
        return exitStatus(r.errorKind());
    }
    if (cl.json()) {
        report::JsonWriter w;
        w.beginObject().field("path", r->path).field("size", o.size).field("entry", r->entryIndex);
        w.field("data_written", r->dataWritten).field("backup", session->backupFile());
        w.key("placement");
        report::writePlacement(w, r->placement);
        w.endObject();
        printOut(w.data() + '\n');
        return ExitOk;
    }
    printBackupNote(session->backupFile());
    std::string t = "created " + shown(r->path) + ": " + std::to_string(o.size) + " bytes, mode " +
                    octalMode(o.mode) + ", log entry " + std::to_string(r->entryIndex) + '\n';
    t += report::placementText(r->placement, "\t");
    if (r->dataWritten)
        t += "randomized " + std::to_string(o.size) + " bytes with seed " + std::to_string(*seed) +
             '\n';
    printOut(t);
    return ExitOk;
}

} // namespace famscope::cli
