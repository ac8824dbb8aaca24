// Finding the dax devices of this machine: which regions and devices exist, what mode each is
// in (raw devdax, onlined as system RAM, bound to famfs), and whether a raw devdax device
// already holds a famfs superblock. Nothing here fails: a machine without dax has no devices.
#pragma once

#include "core/media/Media.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace famscope::media {

struct DaxDeviceInfo {
    std::string name; // "dax0.0"
    std::string path; // "/dev/dax0.0"
    uint64_t size = 0;
    uint64_t alignment = 0;
    int numaNode = -1;
    std::string mode;   // "devdax", "system-ram", "famfs", "unbound" ("unknown" for other drivers)
    std::string driver; // basename of the sysfs driver link, empty when unbound
    bool famfsSuperblock = false; // only probed for devdax-mode devices
    std::string famfsProbeError;  // why the probe failed or found a damaged superblock
};

struct DaxRegionInfo {
    int id = -1;
    std::string name;
    uint64_t size = 0;
    uint64_t alignment = 0;
    int numaNode = -1;
    std::vector<DaxDeviceInfo> devices;
};

// Devices through libdaxctl, with mode, driver and NUMA node from /sys. Falls back to the
// sysfs walk when libdaxctl finds nothing or cannot be loaded (media/DaxctlLibrary.h's
// daxctlApi() says why). Probes devdax devices for a famfs superblock.
std::vector<DaxRegionInfo> discoverDaxDevices();

// The same from <sysfsRoot>/bus/dax/devices/* alone; device nodes are looked for in devRoot.
std::vector<DaxRegionInfo> discoverDaxDevicesFromSysfs(const std::string& sysfsRoot,
                                                       const std::string& devRoot = "/dev");

// "device_dax" -> "devdax", "kmem" -> "system-ram", "fsdev_dax" -> "famfs", "" -> "unbound".
std::string daxModeForDriver(const std::string& driver);

// One device's driver, mode, numa_node, size and align from <sysfsRoot>/bus/dax/devices/<name>.
// Missing attributes leave defaults (size 0, numa -1, alignment 2 MiB). No superblock probe.
DaxDeviceInfo readDaxDeviceSysfs(const std::string& sysfsRoot, const std::string& name,
                                 const std::string& devRoot = "/dev");

// Why the dax device `path` (/dev/daxX.Y) cannot be opened when sysfs says it is in another
// mode than devdax (onlined as system RAM by kmem, or bound to famfs): its device node is gone
// or refuses to open (ENXIO). Empty when `path` names no dax device sysfs has, or one in
// devdax mode.
std::string daxModeReason(const std::string& path, const std::string& sysfsRoot = "/sys");

// Region id of a device name "dax<region>.<n>", or nullopt for any other name.
std::optional<int> daxRegionIdFromName(const std::string& name);

// True when `media` starts with a famfs superblock whose magic and CRC are both valid; false
// when there is no famfs magic; an error when it cannot be read or the magic is there but the
// CRC is wrong (a damaged famfs, worth telling the user about).
Result<bool> probeFamfsSuperblock(Media& media);

} // namespace famscope::media
