// famscope restore BACKUP TARGET: writes a metadata backup (taken by a write command) back.
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/Text.h"
#include "core/report/EditOutput.h"
#include "core/report/ExitStatus.h"

#include "core/edit/Restore.h"
#include "core/fs/OpenFileSystem.h"
#include "core/media/Media.h"

namespace famscope::cli {

int runRestore(const Args& args) {
    const std::string cmd = "restore";
    CommandLine cl(cmd,
                   "Put back the superblock and log region saved in a backup "
                   "(made before every famscope write).",
                   "BACKUP TARGET");
    cl.addOption(
        Option{{"force"}, "Restore although the target's size differs from the backup's source."});
    cl.setExitStatuses({ExitOk, ExitUsage, ExitCannotOpen, ExitRefused});
    if (auto exit = cl.parse(args, 2, 2))
        return *exit;
    auto r = edit::restoreMetadata(cl.positional().at(0), cl.positional().at(1), cl.isSet("force"));
    if (!r) {
        // A target that cannot be opened at all is 2, as for every command; everything else
        // (an unusable backup, a mounted or locked target) is a refused restore.
        const std::string target = cl.positional().at(1);
        auto readable = media::openMedia(target, media::Access::ReadOnly);
        if (!readable) {
            printErr(fs::openErrorText(target, readable.error()));
            return exitStatus(readable.errorKind());
        }
        printCommandError(cmd, r.error());
        return exitStatus(WriteStop::Refused);
    }
    printOut(cl.json() ? report::restoreJson(*r) : report::restoreText(*r, cl.positional().at(1)));
    return ExitOk;
}

} // namespace famscope::cli
