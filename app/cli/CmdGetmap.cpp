// famscope getmap TARGET FILE: the file's extents or interleave, as famfs getmap prints them.
#include "cli/Commands.h"
#include "cli/FileLookup.h"
#include "cli/NamespaceOutput.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/ListingOutput.h"

namespace famscope::cli {

int runGetmap(const Args& args) {
    CommandLine cl("getmap", "Show the extent list (or interleave) of a file.", "TARGET FILE");
    cl.addForceOption();
    addSemanticsOption(cl);
    cl.addExitStatuses({ExitNotFound});
    if (auto exit = cl.parse(args, 2, 2))
        return *exit;
    int exitCode = ExitOk;
    auto on = openNamespace(cl, exitCode);
    if (!on)
        return exitCode;
    const fs::FsFile* f = requireFile(*on, cl.positional().at(1), exitCode);
    if (!f)
        return exitCode;
    printOut(cl.json() ? report::fileMapJson(*f, on->target.state)
                       : report::fileMapText(*f, on->target.state.damage));
    return on->target.state.exitStatus;
}

} // namespace famscope::cli
