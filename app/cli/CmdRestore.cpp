// famscope restore BACKUP TARGET: writes a metadata backup (taken by a write command) back.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/ExitCodes.h"
#include "cli/Text.h"
#include "core/report/JsonWriter.h"

#include "core/edit/Restore.h"
#include "core/fs/OpenFileSystem.h"
#include "core/media/Media.h"

namespace famscope::cli {

int runRestore(const QStringList& args) {
    const QString cmd = QStringLiteral("restore");
    CommandLine cl(cmd,
                   QStringLiteral("Put back the superblock and log region saved in a backup "
                                  "(made before every famscope write)."),
                   QStringLiteral("BACKUP TARGET"));
    cl.addOption(QCommandLineOption(
        QStringLiteral("force"),
        QStringLiteral("Restore although the target's size differs from the backup's source.")));
    cl.setExitStatuses({ExitOk, ExitUsage, ExitCannotOpen, ExitRefused});
    if (auto exit = cl.parse(args, 2, 2))
        return *exit;
    auto r = edit::restoreMetadata(argumentBytes(cl.positional().at(0)),
                                   argumentBytes(cl.positional().at(1)),
                                   cl.isSet(QStringLiteral("force")));
    if (!r) {
        // A target that cannot be opened at all is 2, as for every command; everything else
        // (an unusable backup, a mounted or locked target) is a refused restore.
        const std::string target = cl.positional().at(1).toStdString();
        auto readable = media::openMedia(target, media::Access::ReadOnly);
        if (!readable) {
            printErr(QString::fromStdString(fs::openErrorText(target, readable.error())));
            return ExitCannotOpen;
        }
        printCommandError(cmd, r.error());
        return ExitRefused;
    }
    if (cl.json()) {
        report::JsonWriter w;
        w.beginObject().field("restored_bytes", r->regionLength);
        w.field("created_unix", r->createdUnix).endObject();
        printOut(w.data() + '\n');
        return ExitOk;
    }
    printOut(QStringLiteral("restored ") + QString::number(r->regionLength) +
             QStringLiteral(" bytes of metadata to ") + cl.positional().at(1) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace famscope::cli
