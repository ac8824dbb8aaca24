// famscope cp TARGET SRC... DEST [-r] [-m/-u/-g] [-N/-B/-C]: host files and directories into a
// famfs file system, as famfs cp (one session; data copied through each file's map before its
// log entry is appended).
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/Text.h"
#include "core/report/EditOutput.h"
#include "core/report/ExitStatus.h"
#include "core/report/TextEscape.h"

#include "core/edit/Cp.h"

namespace famscope::cli {

int runCp(const Args& args) {
    const std::string cmd = "cp";
    CommandLine cl(cmd,
                   "Copy host files (and with -r directories) into a famfs file "
                   "system. DEST is a path inside it.",
                   "TARGET SRC... DEST");
    cl.addOption(Option{{"r", "recursive"},
                        "Copy directories recursively (files take "
                        "their directory's mode, as famfs cp -r)."});
    cl.addOption(Option{{"L", "dereference"},
                        "Follow symbolic links to directories (loops are detected and skipped); "
                        "without it they are reported and skipped."});
    addOwnerOptions(cl, "Permission bits, octal (default: the source's).");
    addInterleaveOptions(cl);
    addWriteOptions(cl, "Write even to another host's file system or a log with "
                        "a bad entry.");
    cl.addExitStatuses({ExitRefused, ExitWriteFailed});
    if (auto exit = cl.parse(args, 3, 1 << 20))
        return *exit;
    const auto owner = parseOwner(cl, cmd, 0);
    const auto interleave = parseInterleave(cl, cmd);
    const auto placementSeed = parsePlacementSeed(cl, cmd);
    if (!owner || !interleave || !placementSeed)
        return ExitUsage;
    edit::SessionOptions so = sessionOptions(cl);
    so.placementSeed = *placementSeed;
    int exitCode = ExitOk;
    auto session = openSession(cmd, cl.positional().at(0), so, exitCode);
    if (!session)
        return exitCode;
    edit::CopyOptions o;
    o.recursive = cl.isSet("recursive");
    o.followSymlinks = cl.isSet("dereference");
    o.mode = owner->mode;
    o.uid = owner->uid;
    o.gid = owner->gid;
    o.interleave = *interleave;
    std::vector<std::string> sources;
    const Args& pos = cl.positional();
    for (size_t i = 1; i + 1 < pos.size(); ++i)
        sources.push_back(pos.at(i));
    auto r = edit::copyIn(*session, sources, report::unescapeText(pos.back()), o);
    if (!r) {
        printCommandError(cmd, r.error());
        return exitStatus(r.errorKind());
    }
    const std::string& backup = session->backupFile();
    printOut(cl.json() ? report::copyJson(*r, backup) : report::copyText(*r, backup));
    return ExitOk;
}

} // namespace famscope::cli
