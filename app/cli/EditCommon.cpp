#include "cli/EditCommon.h"

#include "cli/Arguments.h"
#include "cli/ExitCodes.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/edit/HostIdentity.h"

#include <unistd.h>

namespace famscope::cli {

void addWriteOptions(CommandLine& cl, const QString& forceHelp) {
    cl.addOption(QCommandLineOption(QStringLiteral("force"), forceHelp));
    cl.addOption(QCommandLineOption(
        QStringLiteral("backup"),
        QStringLiteral("Back up the metadata region to FILE before the first write (default: a "
                       "new file next to an image, or in the current directory for a device)."),
        QStringLiteral("FILE")));
    cl.addOption(QCommandLineOption(QStringLiteral("no-backup"),
                                    QStringLiteral("Do not back up the metadata region.")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("system-uuid-file"),
        QStringLiteral("This host's famfs system UUID file (default /opt/famfs/system_uuid)."),
        QStringLiteral("FILE")));
}

edit::SessionOptions sessionOptions(const CommandLine& cl) {
    edit::SessionOptions o;
    o.force = cl.isSet(QStringLiteral("force"));
    o.backup = !cl.isSet(QStringLiteral("no-backup"));
    o.backupPath = argumentBytes(cl.value(QStringLiteral("backup")));
    if (cl.isSet(QStringLiteral("system-uuid-file")))
        o.systemUuidPath = argumentBytes(cl.value(QStringLiteral("system-uuid-file")));
    return o;
}

void addOwnerOptions(CommandLine& cl, const QString& modeHelp) {
    cl.addOption(QCommandLineOption(QStringList{QStringLiteral("m"), QStringLiteral("mode")},
                                    modeHelp, QStringLiteral("MODE")));
    cl.addOption(QCommandLineOption(QStringList{QStringLiteral("u"), QStringLiteral("uid")},
                                    QStringLiteral("Owner uid (default: effective uid)."),
                                    QStringLiteral("UID")));
    cl.addOption(QCommandLineOption(QStringList{QStringLiteral("g"), QStringLiteral("gid")},
                                    QStringLiteral("Owner gid (default: effective gid)."),
                                    QStringLiteral("GID")));
}

std::optional<Owner> parseOwner(const CommandLine& cl, const QString& command,
                                uint32_t defaultMode) {
    Owner o{defaultMode, static_cast<uint32_t>(::geteuid()), static_cast<uint32_t>(::getegid())};
    bool ok = true;
    if (cl.isSet(QStringLiteral("mode"))) {
        o.mode = cl.value(QStringLiteral("mode")).toUInt(&ok, 8);
        if (!ok || o.mode > 07777) {
            printErr(QStringLiteral("famscope ") + command +
                     QStringLiteral(": --mode must be octal permission bits (e.g. 0644)") +
                     cl.notGivenValue(QStringLiteral("mode")));
            return std::nullopt;
        }
    }
    for (const char* name : {"uid", "gid"}) {
        const QString key = QLatin1String(name);
        if (!cl.isSet(key))
            continue;
        const uint32_t v = cl.value(key).toUInt(&ok, 10);
        if (!ok) {
            printErr(QStringLiteral("famscope ") + command + QStringLiteral(": --") + key +
                     QStringLiteral(" must be a number") + cl.notGivenValue(key));
            return std::nullopt;
        }
        (key == QLatin1String("uid") ? o.uid : o.gid) = v;
    }
    return o;
}

void addInterleaveOptions(CommandLine& cl) {
    cl.addOption(QCommandLineOption(QStringList{QStringLiteral("N"), QStringLiteral("nstrips")},
                                    QStringLiteral("Interleave: strips per file (<= 16)."),
                                    QStringLiteral("N")));
    cl.addOption(QCommandLineOption(QStringList{QStringLiteral("B"), QStringLiteral("nbuckets")},
                                    QStringLiteral("Interleave: buckets the device is cut into "
                                                   "(<= 64, each >= 1 GiB)."),
                                    QStringLiteral("N")));
    cl.addOption(QCommandLineOption(
        QStringList{QStringLiteral("C"), QStringLiteral("chunk")},
        QStringLiteral("Interleave: chunk size, a power of two multiple of 2 MiB (default 2M)."),
        QStringLiteral("SIZE")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("placement-seed"),
        QStringLiteral("Seed of the bucket order of interleaved allocation (famfs uses a random "
                       "order; a seed makes the placement reproducible)."),
        QStringLiteral("N")));
}

std::optional<edit::InterleaveParams> parseInterleave(const CommandLine& cl,
                                                      const QString& command) {
    edit::InterleaveParams p;
    const struct {
        const char* name;
        uint64_t* field;
    } fields[] = {{"nstrips", &p.nstrips}, {"nbuckets", &p.nbuckets}, {"chunk", &p.chunkSize}};
    for (const auto& f : fields) {
        const QString key = QLatin1String(f.name);
        if (!cl.isSet(key))
            continue;
        const auto v = CommandLine::parseNumber(cl.value(key));
        if (!v || *v == 0) {
            printErr(QStringLiteral("famscope ") + command + QStringLiteral(": --") + key +
                     QStringLiteral(" must be a positive number") + cl.notGivenValue(key));
            return std::nullopt;
        }
        *f.field = *v;
    }
    return p;
}

std::optional<std::optional<uint64_t>> parsePlacementSeed(const CommandLine& cl,
                                                          const QString& command) {
    if (!cl.isSet(QStringLiteral("placement-seed")))
        return std::optional<uint64_t>();
    const auto v = CommandLine::parseNumber(cl.value(QStringLiteral("placement-seed")));
    if (!v) {
        printErr(QStringLiteral("famscope ") + command +
                 QStringLiteral(": --placement-seed must be a number") +
                 cl.notGivenValue(QStringLiteral("placement-seed")));
        return std::nullopt;
    }
    return std::optional<uint64_t>(*v);
}

std::unique_ptr<edit::EditSession> openSession(const QString& command, const QString& target,
                                               const edit::SessionOptions& options, int& exitCode) {
    auto s = edit::EditSession::open(argumentBytes(target), options);
    if (!s) {
        // A target that cannot be read at all, or is not famfs, fails as it does for every
        // read command (2..5); one that is famfs but must not be written is a refusal (7).
        const TargetResult readable = openTarget(target, false);
        if (!readable.target) {
            printErr(readable.error);
            exitCode = readable.exitCode;
            return nullptr;
        }
        printCommandError(command, s.error());
        exitCode = ExitRefused;
        return nullptr;
    }
    return std::move(s.value());
}

void printBackupNote(const std::string& backupFile) {
    if (!backupFile.empty())
        printOut(QStringLiteral("backup of the metadata region: ") + shown(backupFile) +
                 QLatin1Char('\n'));
}

void printCommandError(const QString& command, const std::string& message) {
    printErr(QStringLiteral("famscope ") + command + QStringLiteral(": ") + shown(message));
}

} // namespace famscope::cli
