// famscope demo (and famscope --demo): the built-in famfs population, summarised.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/NamespaceOutput.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"

#include "core/fs/AllocationMap.h"
#include "core/fs/Replay.h"
#include "core/report/FamfsSummary.h"
#include "core/report/FsJson.h"
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
    if (!opened.target) {
        printErr(opened.error);
        return opened.exitCode;
    }
    const fs::LoadedFs& lfs = opened.target->fs;
    const fs::Namespace ns = fs::replay(lfs, fs::ReplayMode::Mount);
    if (cl.json()) {
        report::JsonWriter w;
        w.beginObject();
        report::writeNamespaceKeys(w, ns, fs::ReplayMode::Mount);
        w.endObject();
        printOut(w.data() + '\n');
        return ExitOk;
    }
    printOut(report::infoText(lfs, ns) + '\n' + report::demoFilesText(ns) +
             "\nWhat `famfs fsck` would print:\n");
    const fs::AllocationMap alloc = fs::buildAllocationMap(lfs);
    printOut(
        report::famfsFsckSummary(lfs, alloc, report::famfsRole(lfs, "/opt/famfs/system_uuid")));
    return ExitOk;
}

} // namespace famscope::cli
