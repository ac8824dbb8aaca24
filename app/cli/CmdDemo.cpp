// famscope demo (and famscope --demo): the built-in famfs population, summarised.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"

#include "core/fs/Replay.h"
#include "core/report/InfoOutput.h"

namespace famscope::cli {

int runDemo(const Args& args) {
    CommandLine cl("demo",
                   "Summarise the built-in demo famfs file system: nested "
                   "directories, simple and interleaved files, and one "
                   "deliberately torn log entry.",
                   std::string());
    cl.setExitStatuses({ExitOk, ExitUsage});
    if (auto exit = cl.parse(args, 0, 0))
        return *exit;
    auto opened = openDemoTarget();
    if (!opened) {
        printErr(opened.error());
        return exitStatus(opened.errorKind());
    }
    const fs::Namespace ns = fs::replay(opened->fs, fs::ReplayMode::Mount);
    printOut(cl.json() ? report::demoJson(ns) : report::demoText(opened->fs, ns));
    return ExitOk;
}

} // namespace famscope::cli
