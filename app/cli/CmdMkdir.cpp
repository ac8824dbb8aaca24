// famscope mkdir TARGET PATH [-p] [-m MODE] [-u UID] [-g GID]: as famfs mkdir, one MKDIR entry
// per directory created (parents first with -p).
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/Text.h"
#include "core/report/EditOutput.h"
#include "core/report/ExitStatus.h"
#include "core/report/TextEscape.h"

#include "core/edit/Mkdir.h"

namespace famscope::cli {

int runMkdir(const Args& args) {
    const std::string cmd = "mkdir";
    CommandLine cl(cmd, "Create a directory in a famfs file system (writes the log).",
                   "TARGET PATH");
    cl.addOption(Option{{"p", "parents"},
                        "Create missing parents; no error if the "
                        "directory exists."});
    addOwnerOptions(cl, "Permission bits, octal (default 0755).");
    addWriteOptions(cl, "Write even to another host's file system or a log with "
                        "a bad entry.");
    cl.addExitStatuses({ExitRefused, ExitWriteFailed});
    if (auto exit = cl.parse(args, 2, 2))
        return *exit;
    const auto owner = parseOwner(cl, cmd, 0755);
    if (!owner)
        return ExitUsage;
    int exitCode = ExitOk;
    auto session = openSession(cmd, cl.positional().at(0), sessionOptions(cl), exitCode);
    if (!session)
        return exitCode;
    edit::MkdirOptions o;
    o.parents = cl.isSet("parents");
    o.mode = owner->mode;
    o.uid = owner->uid;
    o.gid = owner->gid;
    auto r = edit::makeDirectory(*session, report::unescapeText(cl.positional().at(1)), o);
    if (!r) {
        printCommandError(cmd, r.error());
        return exitStatus(r.errorKind());
    }
    const std::string& backup = session->backupFile();
    printOut(cl.json() ? report::mkdirJson(*r, backup) : report::mkdirText(*r, o.mode, backup));
    return ExitOk;
}

} // namespace famscope::cli
