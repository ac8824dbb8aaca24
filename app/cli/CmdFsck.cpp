// famscope fsck TARGET: the figures `famfs fsck` prints, then every finding of famscope's
// checks grouped by severity. Exit statuses: README "famscope fsck".
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/KeepUntilExit.h"
#include "cli/Text.h"
#include "core/edit/HostIdentity.h"
#include "core/report/ExitStatus.h"
#include "core/report/FsckOutput.h"

#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"
#include "core/repair/PendingRepair.h"

#include <algorithm>

namespace famscope::cli {

namespace {

const std::string kCompatOption = "famfs-compat";
const std::string kUuidFileOption = "system-uuid-file";
const std::string kAllOption = "all";

} // namespace

int runFsck(const Args& args) {
    CommandLine cl("fsck",
                   "Check a famfs image or devdax device: everything famfs fsck "
                   "checks and much more, each finding with a stable code. Never "
                   "writes to the target.",
                   "TARGET");
    cl.addForceOption();
    cl.addOption(Option{{kCompatOption},
                        "Exit like famfs fsck: the number of allocation "
                        "collisions (at most 127), 1 without a valid superblock."});
    cl.addOption(Option{{kUuidFileOption},
                        "This host's system UUID file (default /opt/famfs/system_uuid).",
                        "path"});
    cl.addOption(Option{{kAllOption},
                        "List every member of a group of damaged log entries (at most "
                        "1,000 per group), not only the group."});
    // fsck has e2fsck's scheme, not the table of the other commands: 1 is warnings here.
    cl.setExitStatusText(fsckExitStatusText());
    const bool compat = std::find(args.begin(), args.end(), "--" + kCompatOption) != args.end();
    setStatusWhenOutputLost(
        exitStatusOutputLost(compat ? OutputScheme::FamfsCompat : OutputScheme::Fsck));
    if (auto exit = cl.parse(args, 1, 1))
        return *exit == ExitUsage ? exitStatus(FsckStop::Usage, compat) : *exit;
    const std::string path = cl.positional().at(0);
    auto fail = [&](const std::string& why) {
        printErr("famscope fsck: " + shown(path) + ": " + shown(why));
        return exitStatus(FsckStop::Unreadable, compat);
    };
    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media)
        return fail(media.error());
    // The log is streamed: a full log's decoded entries are never held at once.
    auto pending = fs::startLoad(**media);
    if (!pending)
        return fail(pending.error());
    fsck::FsckOptions options;
    options.force = cl.force();
    const std::string intentFile = repair::intentFileOf(**media);
    if (cl.isSet(kUuidFileOption)) {
        options.systemUuidFile = cl.value(kUuidFileOption);
        if (Status st = edit::checkSystemUuidFile(options.systemUuidFile); !st) {
            printErr("famscope fsck: " + shown(st.error()));
            return exitStatus(FsckStop::Usage, compat);
        }
    }
    const fsck::FsckReport report = fsck::runFsck(**media, *pending, options, intentFile);
    const fs::LoadedFs& loaded = pending->fs;
    const int exitCode = compat ? fsck::famfsExitStatus(report) : fsck::exitStatus(report);
    if (cl.json())
        printOut(report::fsckReportJson(loaded, report, exitCode, cl.isSet(kAllOption),
                                        repair::findPendingRepair(intentFile)));
    else
        printOut(report::fsckText(loaded, report, cl.force(), cl.isSet(kAllOption)));
    keepUntilExit(std::move(*pending));
    return exitCode;
}

} // namespace famscope::cli
