// famscope info TARGET: superblock, log header, entries and the replayed namespace.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/KeepUntilExit.h"
#include "cli/NamespaceOutput.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/InfoOutput.h"

#include "core/fs/Replay.h"

namespace famscope::cli {

int runInfo(const Args& args) {
    CommandLine cl("info",
                   "Show the superblock, log header, log entries (JSON) and the "
                   "replayed namespace of a famfs image or devdax device.",
                   "TARGET");
    cl.addForceOption();
    addSemanticsOption(cl);
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    const auto mode = semantics(cl);
    if (!mode)
        return ExitUsage;
    int exitCode = ExitOk;
    // The JSON lists every entry. The text prints only counts: it needs no namespace and keeps
    // no entry, only a replay summary made while the log is read (ReplayOutput::Summary).
    const auto replayMode = cl.json() ? std::nullopt : mode;
    auto opened = openForReading(cl.positional().at(0), cl.force(), replayMode, exitCode,
                                 fs::ReplayOutput::Summary);
    if (!opened)
        return exitCode;
    const fs::LoadedFs& lfs = opened->fs;
    if (cl.json())
        report::infoJson(lfs, fs::replay(lfs, *mode), *mode, opened->state, printOut);
    else
        printOut(report::infoText(lfs, *opened->summary));
    const int status = opened->state.exitStatus;
    keepUntilExit(std::move(*opened));
    return status;
}

} // namespace famscope::cli
