#include "cli/Target.h"

#include "cli/Arguments.h"
#include "cli/OutcomeStatus.h"
#include "cli/Text.h"

#include "demo/DemoFs.h"
#include "fs/OpenFileSystem.h"

namespace famscope::cli {

namespace {
// The GUI shows the same text: both come from fs::openFileSystem + fs::openErrorText.
TargetResult fromOutcome(const QString& path, fs::OpenOutcome outcome) {
    TargetResult r;
    if (!outcome.opened) {
        r.exitCode = exitStatus(outcome.failure);
        r.error = shown(fs::openErrorText(argumentBytes(path), outcome.problem));
        return r;
    }
    r.target = std::make_unique<Target>(Target{std::move(outcome.opened->media),
                                               std::move(outcome.opened->fs),
                                               std::move(outcome.opened->ns)});
    return r;
}
} // namespace

TargetResult openTarget(const QString& path, bool force, std::optional<fs::ReplayMode> replayMode) {
    return fromOutcome(path, fs::openFileSystem(argumentBytes(path), force, replayMode));
}

TargetResult openDemoTarget() {
    return fromOutcome(QString::fromLatin1(demo::demoName()),
                       fs::openFileSystem(demo::makeDemoMedia(), false));
}

} // namespace famscope::cli
