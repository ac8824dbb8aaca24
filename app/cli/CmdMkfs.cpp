// famscope mkfs TARGET [--size SIZE] [--devdax] [--loglen N]: as mkfs.famfs, on an image file
// (created sparse when --size is given) or, only with --devdax, on a devdax device.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/ExitCodes.h"
#include "cli/Text.h"
#include "core/report/JsonWriter.h"

#include "core/edit/Mkfs.h"
#include "core/fs/OpenFileSystem.h"
#include "core/media/Media.h"

#include <cerrno>
#include <unistd.h>

namespace famscope::cli {

namespace {

bool parseUuidOption(const CommandLine& cl, const char* name, std::optional<famfs::Uuid>& out) {
    const QString key = QLatin1String(name);
    if (!cl.isSet(key))
        return true;
    out = famfs::Uuid::parse(cl.value(key).toStdString());
    if (!out) {
        printErr(QStringLiteral("famscope mkfs: --") + key +
                 QStringLiteral(" must be a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)") +
                 cl.notGivenValue(key));
        return false;
    }
    return true;
}

} // namespace

int runMkfs(const QStringList& args) {
    const QString cmd = QStringLiteral("mkfs");
    CommandLine cl(cmd,
                   QStringLiteral("Make a famfs file system, byte for byte as mkfs.famfs does."),
                   QStringLiteral("TARGET"));
    cl.addOption(QCommandLineOption(
        QStringLiteral("size"),
        QStringLiteral("Create the image file (sparse) with this size, e.g. 4G."),
        QStringLiteral("SIZE")));
    cl.addOption(QCommandLineOption(QStringLiteral("devdax"),
                                    QStringLiteral("TARGET is a devdax device (required to "
                                                   "format a device).")));
    cl.addOption(
        QCommandLineOption(QStringList{QStringLiteral("l"), QStringLiteral("loglen")},
                           QStringLiteral("Log length: a power of two, at least 8M (default 8M)."),
                           QStringLiteral("SIZE")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("device-path"),
        QStringLiteral("Device path recorded in the superblock (default: TARGET as given)."),
        QStringLiteral("PATH")));
    cl.addOption(QCommandLineOption(QStringLiteral("uuid"),
                                    QStringLiteral("File-system UUID (default: random)."),
                                    QStringLiteral("UUID")));
    cl.addOption(QCommandLineOption(QStringLiteral("dev-uuid"),
                                    QStringLiteral("Device UUID (default: random)."),
                                    QStringLiteral("UUID")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("system-uuid"),
        QStringLiteral("Owner system UUID (default: this host's, created when missing)."),
        QStringLiteral("UUID")));
    addWriteOptions(cl, QStringLiteral("Format over an existing valid famfs superblock."));
    cl.setExitStatuses({ExitOk, ExitUsage, ExitCannotOpen, ExitRefused, ExitWriteFailed});
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    edit::MkfsOptions o;
    if (cl.isSet(QStringLiteral("size"))) {
        o.createSize = CommandLine::parseNumber(cl.value(QStringLiteral("size")));
        if (!o.createSize) {
            printErr(QStringLiteral("famscope mkfs: --size must be a number (e.g. 4G)") +
                     cl.notGivenValue(QStringLiteral("size")));
            return ExitUsage;
        }
    }
    if (cl.isSet(QStringLiteral("loglen"))) {
        const auto l = CommandLine::parseNumber(cl.value(QStringLiteral("loglen")));
        if (!l || !edit::validLogLength(*l)) {
            printErr(QStringLiteral("famscope mkfs: --loglen must be a power of two >= 8M") +
                     cl.notGivenValue(QStringLiteral("loglen")));
            return ExitUsage;
        }
        o.logLen = *l;
    }
    if (!parseUuidOption(cl, "uuid", o.uuid) || !parseUuidOption(cl, "dev-uuid", o.devUuid) ||
        !parseUuidOption(cl, "system-uuid", o.systemUuid))
        return ExitUsage;
    const edit::SessionOptions so = sessionOptions(cl);
    o.devdax = cl.isSet(QStringLiteral("devdax"));
    o.force = so.force;
    o.backup = so.backup;
    o.backupPath = so.backupPath;
    o.systemUuidPath = so.systemUuidPath;
    o.recordedDevicePath = argumentBytes(cl.value(QStringLiteral("device-path")));

    if (!o.createSize) { // formats what exists: one that cannot be opened is 2, as everywhere
        const std::string target = argumentBytes(cl.positional().at(0));
        if (auto m = media::openMedia(target, media::Access::ReadOnly); !m) {
            // The hint helps only where nothing exists yet; a block device or a directory
            // is not something --size would replace.
            const bool missing = ::access(target.c_str(), F_OK) != 0 && errno == ENOENT;
            printErr(shown(fs::openErrorText(target, m.error())) +
                     (missing ? QStringLiteral(" (give --size to create an image)") : QString()));
            return ExitCannotOpen;
        }
    }
    edit::MkfsFailure failure = edit::MkfsFailure::Refused;
    auto r = edit::makeFileSystem(argumentBytes(cl.positional().at(0)), o, &failure);
    if (!r) {
        printCommandError(cmd, r.error());
        // A backup or write that could not be made is 8, as in the other write commands.
        return failure == edit::MkfsFailure::WriteFailed ? ExitWriteFailed : ExitRefused;
    }
    if (cl.json()) {
        report::JsonWriter w;
        w.beginObject().field("created_image", r->createdImage).field("dd_size", r->sb.ddSize);
        w.field("log_len", r->sb.logLen).field("log_slots", r->log.lastIndex + 1);
        w.field("uuid", r->sb.uuid.toString()).field("dev_uuid", r->sb.devUuid.toString());
        w.field("system_uuid", r->sb.systemUuid.toString());
        w.field("daxdev", r->sb.daxdevPath()).field("backup", r->backupFile).endObject();
        printOut(w.data() + '\n');
        return ExitOk;
    }
    printBackupNote(r->backupFile);
    QString t;
    if (r->createdImage)
        t += QStringLiteral("created image ") + cl.positional().at(0) + QStringLiteral(" (") +
             QString::number(r->sb.ddSize) + QStringLiteral(" bytes, sparse)\n");
    t += QStringLiteral("made famfs on ") + cl.positional().at(0) + QLatin1Char('\n');
    t += QStringLiteral("  Filesystem UUID:   ") + shown(r->sb.uuid.toString()) + QLatin1Char('\n');
    t += QStringLiteral("  Device UUID:       ") + shown(r->sb.devUuid.toString()) +
         QLatin1Char('\n');
    t += QStringLiteral("  System UUID:       ") + shown(r->sb.systemUuid.toString()) +
         QLatin1Char('\n');
    t +=
        QStringLiteral("  device size:       ") + QString::number(r->sb.ddSize) + QLatin1Char('\n');
    t += QStringLiteral("  log size (bytes):  ") + QString::number(r->sb.logLen) +
         QStringLiteral(" (") + QString::number(r->log.lastIndex + 1) +
         QStringLiteral(" entries)\n");
    for (const auto& n : r->notes)
        t += QStringLiteral("note: ") + shown(n) + QLatin1Char('\n');
    printOut(t);
    return ExitOk;
}

} // namespace famscope::cli
