#include "cli/Target.h"

#include "cli/OutcomeStatus.h"
#include "cli/Text.h"

#include "core/demo/DemoFs.h"
#include "core/fs/OpenFileSystem.h"

namespace famscope::cli {

namespace {
// The GUI shows the same text: both come from fs::openFileSystem + fs::openErrorText.
TargetResult fromOutcome(const std::string& path, fs::OpenOutcome outcome) {
    TargetResult r;
    if (!outcome.opened) {
        r.exitCode = exitStatus(outcome.failure);
        r.error = shown(fs::openErrorText(path, outcome.problem));
        return r;
    }
    r.target = std::make_unique<Target>(Target{std::move(outcome.opened->media),
                                               std::move(outcome.opened->fs),
                                               std::move(outcome.opened->ns),
                                               {}});
    r.target->damage = fs::readableDamage(r.target->fs);
    r.exitCode = exitStatus(outcome.failure); // not 0 for damaged media opened best-effort
    return r;
}
} // namespace

TargetResult openTarget(const std::string& path, bool force,
                        std::optional<fs::ReplayMode> replayMode, bool openDamaged) {
    return fromOutcome(path, openDamaged && !force ? fs::openFileSystemBestEffort(path, replayMode)
                                                   : fs::openFileSystem(path, force, replayMode));
}

TargetResult openDemoTarget() {
    return fromOutcome(demo::demoName(), fs::openFileSystem(demo::makeDemoMedia(), false));
}

} // namespace famscope::cli
