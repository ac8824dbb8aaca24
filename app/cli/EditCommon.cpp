#include "cli/EditCommon.h"

#include "cli/Target.h"
#include "cli/Text.h"
#include "core/edit/HostIdentity.h"
#include "core/report/ExitStatus.h"

#include <unistd.h>

namespace famscope::cli {

void addWriteOptions(CommandLine& cl, const std::string& forceHelp) {
    cl.addOption(Option{{"force"}, forceHelp});
    cl.addOption(Option{{"backup"},
                        "Back up the metadata region to FILE before the first write (default: a "
                        "new file next to an image, or in the current directory for a device).",
                        "FILE"});
    cl.addOption(Option{{"no-backup"}, "Do not back up the metadata region."});
    cl.addOption(Option{{"system-uuid-file"},
                        "This host's famfs system UUID file (default /opt/famfs/system_uuid).",
                        "FILE"});
}

edit::SessionOptions sessionOptions(const CommandLine& cl) {
    edit::SessionOptions o;
    o.force = cl.isSet("force");
    o.backup = !cl.isSet("no-backup");
    o.backupPath = cl.value("backup");
    if (cl.isSet("system-uuid-file"))
        o.systemUuidPath = cl.value("system-uuid-file");
    return o;
}

void addOwnerOptions(CommandLine& cl, const std::string& modeHelp) {
    cl.addOption(Option{{"m", "mode"}, modeHelp, "MODE"});
    cl.addOption(Option{{"u", "uid"}, "Owner uid (default: effective uid).", "UID"});
    cl.addOption(Option{{"g", "gid"}, "Owner gid (default: effective gid).", "GID"});
}

std::optional<report::Owner> parseOwner(const CommandLine& cl, const std::string& command,
                                        uint32_t defaultMode) {
    report::Owner o{defaultMode, static_cast<uint32_t>(::geteuid()),
                    static_cast<uint32_t>(::getegid())};
    if (cl.isSet("mode")) {
        const auto mode = report::parseMode(cl.value("mode"));
        if (!mode) {
            printErr("famscope " + command + ": --mode must be octal permission bits (e.g. 0644)" +
                     cl.notGivenValue("mode"));
            return std::nullopt;
        }
        o.mode = *mode;
    }
    for (const char* name : {"uid", "gid"}) {
        const std::string key = name;
        if (!cl.isSet(key))
            continue;
        const auto v = report::parseId(cl.value(key));
        if (!v) {
            printErr("famscope " + command + ": --" + key + " must be a number" +
                     cl.notGivenValue(key));
            return std::nullopt;
        }
        (key == "uid" ? o.uid : o.gid) = *v;
    }
    return o;
}

void addInterleaveOptions(CommandLine& cl) {
    cl.addOption(Option{{"N", "nstrips"}, "Interleave: strips per file (<= 16).", "N"});
    cl.addOption(Option{{"B", "nbuckets"},
                        "Interleave: buckets the device is cut into "
                        "(<= 64, each >= 1 GiB).",
                        "N"});
    cl.addOption(Option{{"C", "chunk"},
                        "Interleave: chunk size, a power of two multiple of 2 MiB (default 2M).",
                        "SIZE"});
    cl.addOption(Option{{"placement-seed"},
                        "Seed of the bucket order of interleaved allocation (famfs uses a random "
                        "order; a seed makes the placement reproducible).",
                        "N"});
}

std::optional<edit::InterleaveParams> parseInterleave(const CommandLine& cl,
                                                      const std::string& command) {
    edit::InterleaveParams p;
    const struct {
        const char* name;
        uint64_t* field;
    } fields[] = {{"nstrips", &p.nstrips}, {"nbuckets", &p.nbuckets}, {"chunk", &p.chunkSize}};
    for (const auto& f : fields) {
        const std::string key = f.name;
        if (!cl.isSet(key))
            continue;
        const auto v = report::parseSize(cl.value(key));
        if (!v || *v == 0) {
            printErr("famscope " + command + ": --" + key + " must be a positive number" +
                     cl.notGivenValue(key));
            return std::nullopt;
        }
        *f.field = *v;
    }
    return p;
}

std::optional<std::optional<uint64_t>> parsePlacementSeed(const CommandLine& cl,
                                                          const std::string& command) {
    if (!cl.isSet("placement-seed"))
        return std::optional<uint64_t>();
    const auto v = report::parseSize(cl.value("placement-seed"));
    if (!v) {
        printErr("famscope " + command + ": --placement-seed must be a number" +
                 cl.notGivenValue("placement-seed"));
        return std::nullopt;
    }
    return std::optional<uint64_t>(*v);
}

std::unique_ptr<edit::EditSession> openSession(const std::string& command,
                                               const std::string& target,
                                               const edit::SessionOptions& options, int& exitCode) {
    auto s = edit::EditSession::open(target, options);
    if (!s) {
        // A target that cannot be read at all, or is not famfs, fails as it does for every
        // read command (2..5); one that is famfs but must not be written is a refusal (7).
        const auto readable = openTarget(target);
        if (!readable) {
            printErr(readable.error());
            exitCode = exitStatus(readable.errorKind());
            return nullptr;
        }
        printCommandError(command, s.error());
        exitCode = exitStatus(WriteStop::Refused);
        return nullptr;
    }
    return std::move(s.value());
}

void printCommandError(const std::string& command, const std::string& message) {
    printErr("famscope " + command + ": " + shown(message));
}

} // namespace famscope::cli
