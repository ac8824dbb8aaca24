#include "cli/Target.h"

#include "cli/Text.h"
#include "core/report/ExitStatus.h"

#include "core/demo/DemoFs.h"
#include "core/fs/OpenFileSystem.h"
#include "core/report/PendingRepairOutput.h"

namespace famscope::cli {

namespace {
// The GUI shows the same text: both come from fs::openFileSystem + fs::openErrorText.
Result<Target> fromOutcome(const std::string& path, fs::OpenResult outcome, bool bestEffort) {
    if (!outcome)
        return Error(shown(fs::openErrorText(path, outcome.error())), outcome.errorKind());
    fs::OpenedFs& opened = **outcome;
    report::TargetState state{fs::readableDamage(opened.fs), ExitOk,
                              repair::findPendingRepair(*opened.media)};
    // Not 0 for damaged media opened best-effort (forced, it is what was asked for).
    if (bestEffort && state.damage)
        state.exitStatus = exitStatus(state.damage->kind());
    return Target{std::move(opened.media), std::move(opened.fs), std::move(opened.ns),
                  std::move(opened.summary), std::move(state)};
}
} // namespace

Result<Target> openTarget(const std::string& path) {
    return fromOutcome(path, fs::openFileSystem(path, false), false);
}

std::optional<Target> openForReading(const std::string& path, bool force,
                                     std::optional<fs::ReplayMode> replayMode, int& exitCode,
                                     fs::ReplayOutput output) {
    const bool bestEffort = !force;
    auto opened = fromOutcome(path,
                              bestEffort ? fs::openFileSystemBestEffort(path, replayMode, output)
                                         : fs::openFileSystem(path, force, replayMode, output),
                              bestEffort);
    if (!opened) {
        printErr(opened.error());
        exitCode = exitStatus(opened.errorKind());
        return std::nullopt;
    }
    // An interrupted repair first: what follows may be its intermediate state.
    const report::TargetState& state = opened->state;
    if (state.pendingRepair)
        printErr(shown(report::pendingRepairWarning(opened->fs.path, *state.pendingRepair)));
    // The target path and the reasons are escaped as shown() does, the frame is plain text.
    if (state.damage)
        printErr(shown(fs::damageWarning(opened->fs.path, *state.damage)));
    return std::move(opened.value());
}

Result<Target> openDemoTarget() {
    return fromOutcome(demo::demoName(), fs::openFileSystem(demo::makeDemoMedia(), false), false);
}

} // namespace famscope::cli
