// famscope mkfs TARGET [--size SIZE] [--devdax] [--loglen N]: as mkfs.famfs, on an image file
// (created sparse when --size is given) or, only with --devdax, on a devdax device.
#include "cli/Commands.h"
#include "cli/EditCommon.h"
#include "cli/Text.h"
#include "core/report/EditOutput.h"
#include "core/report/ExitStatus.h"

#include "core/edit/Mkfs.h"
#include "core/fs/OpenFileSystem.h"
#include "core/media/Media.h"

#include <cerrno>
#include <unistd.h>

namespace famscope::cli {

namespace {

bool parseUuidOption(const CommandLine& cl, const char* name, std::optional<famfs::Uuid>& out) {
    const std::string key = name;
    if (!cl.isSet(key))
        return true;
    out = famfs::Uuid::parse(cl.value(key));
    if (!out) {
        printErr("famscope mkfs: --" + key +
                 " must be a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" + cl.notGivenValue(key));
        return false;
    }
    return true;
}

} // namespace

int runMkfs(const Args& args) {
    const std::string cmd = "mkfs";
    CommandLine cl(cmd, "Make a famfs file system, byte for byte as mkfs.famfs does.", "TARGET");
    cl.addOption(
        Option{{"size"}, "Create the image file (sparse) with this size, e.g. 4G.", "SIZE"});
    cl.addOption(Option{{"devdax"},
                        "TARGET is a devdax device (required to "
                        "format a device)."});
    cl.addOption(
        Option{{"l", "loglen"}, "Log length: a power of two, at least 8M (default 8M).", "SIZE"});
    cl.addOption(Option{{"device-path"},
                        "Device path recorded in the superblock (default: TARGET as given).",
                        "PATH"});
    cl.addOption(Option{{"uuid"}, "File-system UUID (default: random).", "UUID"});
    cl.addOption(Option{{"dev-uuid"}, "Device UUID (default: random).", "UUID"});
    cl.addOption(Option{{"system-uuid"},
                        "Owner system UUID (default: this host's, created when missing).",
                        "UUID"});
    addWriteOptions(cl, "Format over an existing valid famfs superblock.");
    cl.setExitStatuses({ExitOk, ExitUsage, ExitCannotOpen, ExitRefused, ExitWriteFailed});
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    edit::MkfsOptions o;
    if (cl.isSet("size")) {
        o.createSize = report::parseSize(cl.value("size"));
        if (!o.createSize) {
            printErr("famscope mkfs: --size must be a number (e.g. 4G)" + cl.notGivenValue("size"));
            return ExitUsage;
        }
    }
    if (cl.isSet("loglen")) {
        const auto l = report::parseSize(cl.value("loglen"));
        if (!l || !edit::validLogLength(*l)) {
            printErr("famscope mkfs: --loglen must be a power of two >= 8M" +
                     cl.notGivenValue("loglen"));
            return ExitUsage;
        }
        o.logLen = *l;
    }
    if (!parseUuidOption(cl, "uuid", o.uuid) || !parseUuidOption(cl, "dev-uuid", o.devUuid) ||
        !parseUuidOption(cl, "system-uuid", o.systemUuid))
        return ExitUsage;
    const edit::SessionOptions so = sessionOptions(cl);
    o.devdax = cl.isSet("devdax");
    o.force = so.force;
    o.backup = so.backup;
    o.backupPath = so.backupPath;
    o.systemUuidPath = so.systemUuidPath;
    o.recordedDevicePath = cl.value("device-path");

    if (!o.createSize) { // formats what exists: one that cannot be opened is 2, as everywhere
        const std::string target = (cl.positional().at(0));
        if (auto m = media::openMedia(target, media::Access::ReadOnly); !m) {
            // The hint helps only where nothing exists yet; a block device or a directory
            // is not something --size would replace.
            const bool missing = ::access(target.c_str(), F_OK) != 0 && errno == ENOENT;
            printErr(shown(fs::openErrorText(target, m.error())) +
                     (missing ? " (give --size to create an image)" : std::string()));
            return ExitCannotOpen;
        }
    }
    auto r = edit::makeFileSystem(cl.positional().at(0), o);
    if (!r) {
        printCommandError(cmd, r.error());
        return exitStatus(r.errorKind()); // refused 7; a backup or write not made 8
    }
    printOut(cl.json() ? report::mkfsJson(*r) : report::mkfsText(cl.positional().at(0), *r));
    return ExitOk;
}

} // namespace famscope::cli
