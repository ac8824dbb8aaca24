// famscope devices: dax regions and devices on this host (libdaxctl + sysfs).
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/Text.h"
#include "core/report/DevicesOutput.h"
#include "core/report/ExitStatus.h"

#include "core/media/DaxDiscovery.h"
#include "core/media/DaxctlLibrary.h"

namespace famscope::cli {

int runDevices(const Args& args) {
    CommandLine cl("devices",
                   "List the dax regions and devices of this host: size, alignment, NUMA node, "
                   "mode, and whether a famfs superblock is at offset 0.",
                   "");
    cl.setExitStatuses({ExitOk, ExitUsage});
    if (auto exit = cl.parse(args, 0, 0))
        return *exit;
    const auto regions = media::discoverDaxDevices();
    // Without libdaxctl the list comes from sysfs alone; said on stderr so --json stays data.
    if (const auto& daxctl = media::daxctlApi(); !daxctl)
        printErr("famscope: devices: " + daxctl.error() + "; listing what sysfs shows");
    printOut(cl.json() ? report::devicesJson(regions) : report::devicesText(regions));
    return ExitOk;
}

} // namespace famscope::cli
