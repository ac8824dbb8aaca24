#include "cli/Target.h"

#include "cli/Text.h"
#include "core/report/ExitStatus.h"

#include "core/demo/DemoFs.h"
#include "core/fs/OpenFileSystem.h"

namespace famscope::cli {

namespace {
// The GUI shows the same text: both come from fs::openFileSystem + fs::openErrorText.
TargetResult fromOutcome(const std::string& path, fs::OpenResult outcome, bool bestEffort) {
    TargetResult r;
    if (!outcome) {
        r.exitCode = exitStatus(outcome.errorKind());
        r.error = shown(fs::openErrorText(path, outcome.error()));
        return r;
    }
    fs::OpenedFs& opened = **outcome;
    report::TargetState state{fs::readableDamage(opened.fs), ExitOk,
                              repair::findPendingRepair(*opened.media)};
    // Not 0 for damaged media opened best-effort (forced, it is what was asked for).
    if (bestEffort && state.damage)
        state.exitStatus = exitStatus(state.damage->kind());
    r.exitCode = state.exitStatus;
    r.target = std::make_unique<Target>(Target{std::move(opened.media), std::move(opened.fs),
                                               std::move(opened.ns), std::move(state)});
    return r;
}
} // namespace

TargetResult openTarget(const std::string& path, bool force,
                        std::optional<fs::ReplayMode> replayMode, bool openDamaged) {
    const bool bestEffort = openDamaged && !force;
    return fromOutcome(path,
                       bestEffort ? fs::openFileSystemBestEffort(path, replayMode)
                                  : fs::openFileSystem(path, force, replayMode),
                       bestEffort);
}

TargetResult openDemoTarget() {
    return fromOutcome(demo::demoName(), fs::openFileSystem(demo::makeDemoMedia(), false), false);
}

} // namespace famscope::cli
