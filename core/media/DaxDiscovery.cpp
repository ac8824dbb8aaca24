#include "core/media/DaxDiscovery.h"

#include "core/format/Constants.h"
#include "core/format/Superblock.h"
#include "core/media/DaxMedia.h"
#include "core/media/DaxctlLibrary.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdarg>
#include <filesystem>
#include <map>
#include <span>
#include <system_error>

namespace famscope::media {

namespace {

namespace fs = std::filesystem;

// "dax<region>.<index>" -> {region, index}.
std::optional<std::pair<int, int>> parseDaxName(const std::string& name) {
    if (name.size() < 6 || name.compare(0, 3, "dax") != 0)
        return std::nullopt;
    const char* p = name.data() + 3;
    const char* end = name.data() + name.size();
    int region = 0;
    int index = 0;
    auto r1 = std::from_chars(p, end, region);
    if (r1.ec != std::errc() || r1.ptr == end || *r1.ptr != '.' || region < 0)
        return std::nullopt;
    auto r2 = std::from_chars(r1.ptr + 1, end, index);
    if (r2.ec != std::errc() || r2.ptr != end || index < 0)
        return std::nullopt;
    return std::make_pair(region, index);
}

int toNode(std::optional<int64_t> v) {
    return v && *v >= INT_MIN && *v <= INT_MAX ? static_cast<int>(*v) : -1;
}

void sortDevices(std::vector<DaxDeviceInfo>& devices) {
    std::sort(devices.begin(), devices.end(), [](const auto& a, const auto& b) {
        const auto ka = parseDaxName(a.name);
        const auto kb = parseDaxName(b.name);
        if (ka && kb)
            return *ka < *kb; // dax0.2 before dax0.10
        return a.name < b.name;
    });
}

// Raw mmap of a device bound to fsdev_dax is refused on recent kernels, and a kmem device is
// system RAM: only devdax-mode devices are probed.
void probeDevices(std::vector<DaxRegionInfo>& regions, const std::string& sysfsRoot) {
    for (auto& region : regions) {
        for (auto& dev : region.devices) {
            if (dev.mode != "devdax")
                continue;
            auto media = DaxMedia::open(dev.path, Access::ReadOnly, sysfsRoot);
            if (!media) {
                dev.famfsProbeError = media.error();
                continue;
            }
            auto found = probeFamfsSuperblock(**media);
            if (found)
                dev.famfsSuperblock = *found;
            else
                dev.famfsProbeError = found.error();
        }
    }
}

void silentDaxctlLog(struct daxctl_ctx*, int, const char*, int, const char*, const char*, va_list) {
}

} // namespace

std::string daxModeForDriver(const std::string& driver) {
    if (driver.empty())
        return "unbound";
    if (driver == "device_dax")
        return "devdax";
    if (driver == "kmem")
        return "system-ram";
    if (driver == "fsdev_dax")
        return "famfs";
    return "unknown";
}

std::optional<int> daxRegionIdFromName(const std::string& name) {
    const auto parsed = parseDaxName(name);
    if (!parsed)
        return std::nullopt;
    return parsed->first;
}

DaxDeviceInfo readDaxDeviceSysfs(const std::string& sysfsRoot, const std::string& name,
                                 const std::string& devRoot) {
    const std::string dir = sysfsRoot + "/bus/dax/devices/" + name;
    DaxDeviceInfo dev;
    dev.name = name;
    dev.path = devRoot + "/" + name;
    dev.driver = readSysfsLinkName(dir + "/driver").value_or("");
    dev.mode = daxModeForDriver(dev.driver);
    dev.numaNode = toNode(readSysfsI64(dir + "/numa_node"));
    dev.size = readSysfsU64(dir + "/size").value_or(0);
    // Before Linux 5.10 only the region (the parent directory) has an alignment.
    dev.alignment =
        readSysfsU64(dir + "/align")
            .value_or(readSysfsU64(dir + "/../dax_region/align").value_or(kDefaultDaxAlignment));
    return dev;
}

std::string daxModeReason(const std::string& path, const std::string& sysfsRoot) {
    const std::string name = fs::path(path).filename().string();
    std::error_code ec;
    if (!daxRegionIdFromName(name) || !fs::is_directory(sysfsRoot + "/bus/dax/devices/" + name, ec))
        return {};
    const DaxDeviceInfo dev = readDaxDeviceSysfs(sysfsRoot, name);
    const std::string driver = dev.driver.empty() ? "no driver" : "driver " + dev.driver;
    if (dev.mode == "devdax")
        return {};
    return name + " is in " + dev.mode + " mode (" + driver +
           "): only a device in devdax mode can be opened (daxctl reconfigure-device "
           "--mode=devdax " +
           name + ")";
}

std::vector<DaxRegionInfo> discoverDaxDevicesFromSysfs(const std::string& sysfsRoot,
                                                       const std::string& devRoot) {
    std::map<int, DaxRegionInfo> byId;
    std::map<int, fs::path> regionDirs;
    std::error_code ec;
    fs::directory_iterator it(sysfsRoot + "/bus/dax/devices", ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const auto id = daxRegionIdFromName(name);
        if (!id)
            continue;
        DaxRegionInfo& region = byId[*id];
        region.id = *id;
        region.devices.push_back(readDaxDeviceSysfs(sysfsRoot, name, devRoot));
        // The real device directory sits in its region's directory, next to dax_region/.
        std::error_code cec;
        const fs::path real = fs::canonical(it->path(), cec);
        if (!cec && !regionDirs.count(*id) &&
            fs::is_directory(real.parent_path() / "dax_region", cec))
            regionDirs[*id] = real.parent_path();
    }

    std::vector<DaxRegionInfo> regions;
    for (auto& [id, region] : byId) {
        sortDevices(region.devices);
        const DaxDeviceInfo& first = region.devices.front();
        region.name = "region" + std::to_string(id);
        region.alignment = first.alignment;
        region.numaNode = first.numaNode;
        for (const auto& dev : region.devices)
            region.size += dev.size;
        if (auto dir = regionDirs.find(id); dir != regionDirs.end()) {
            const std::string d = dir->second.string();
            region.name = dir->second.filename().string();
            region.size = readSysfsU64(d + "/dax_region/size").value_or(region.size);
            region.alignment = readSysfsU64(d + "/dax_region/align").value_or(region.alignment);
            if (const int node = toNode(readSysfsI64(d + "/numa_node")); node >= 0)
                region.numaNode = node;
        }
        regions.push_back(std::move(region));
    }
    probeDevices(regions, sysfsRoot);
    return regions;
}

std::vector<DaxRegionInfo> discoverDaxDevices() {
    const std::string sysfsRoot = "/sys";
    const Result<DaxctlApi>& loaded = daxctlApi();
    if (!loaded)
        return discoverDaxDevicesFromSysfs(sysfsRoot);
    const DaxctlApi& dax = *loaded;
    struct daxctl_ctx* ctx = nullptr;
    if (dax.newCtx(&ctx) < 0 || ctx == nullptr)
        return discoverDaxDevicesFromSysfs(sysfsRoot);
    // libdaxctl logs to stderr by default; discovery failures are not the user's problem.
    dax.setLogFn(ctx, silentDaxctlLog);

    std::vector<DaxRegionInfo> regions;
    for (auto* region = dax.regionGetFirst(ctx); region; region = dax.regionGetNext(region)) {
        DaxRegionInfo r;
        r.id = dax.regionGetId(region);
        const char* regionName = dax.regionGetDevname(region);
        r.name = regionName ? regionName : "region" + std::to_string(r.id);
        const unsigned long long regionSize = dax.regionGetSize(region);
        r.size = regionSize == ULLONG_MAX ? 0 : regionSize;
        r.alignment = dax.regionGetAlign(region);
        for (auto* dev = dax.devGetFirst(region); dev; dev = dax.devGetNext(dev)) {
            const char* devName = dax.devGetDevname(dev);
            if (devName == nullptr)
                continue;
            // libdaxctl knows size and alignment; sysfs knows the driver and the NUMA node.
            DaxDeviceInfo info = readDaxDeviceSysfs(sysfsRoot, devName);
            // libdaxctl reports an unreadable size as ULLONG_MAX; keep the sysfs value then.
            if (const unsigned long long size = dax.devGetSize(dev); size != ULLONG_MAX)
                info.size = size;
            if (const unsigned long align = dax.devGetAlign(dev); align != 0)
                info.alignment = align;
            if (info.numaNode < 0)
                info.numaNode = dax.devGetTargetNode(dev);
            // Kernels in dax class-compat mode have no /sys/bus/dax/devices entry to read.
            if (info.driver.empty() && dax.devIsEnabled(dev))
                info.mode = "devdax";
            r.devices.push_back(std::move(info));
        }
        sortDevices(r.devices);
        if (!r.devices.empty())
            r.numaNode = r.devices.front().numaNode;
        regions.push_back(std::move(r));
    }
    dax.unref(ctx);

    if (regions.empty())
        return discoverDaxDevicesFromSysfs(sysfsRoot);
    probeDevices(regions, sysfsRoot);
    return regions;
}

Result<bool> probeFamfsSuperblock(Media& media) {
    if (media.size() < famfs::kSuperblockSize)
        return Error{media.path() + " is too small for a famfs superblock (" +
                     std::to_string(media.size()) + " bytes)"};
    auto m = media.map(0, famfs::kSuperblockSize, Access::ReadOnly);
    if (!m)
        return Error{m.error()};
    const auto sb = famfs::Superblock::decode(
        std::span<const uint8_t, famfs::kSuperblockSize>(m->data(), famfs::kSuperblockSize));
    if (!sb.magicValid())
        return false;
    if (!sb.crcValid())
        return Error{media.path() + " has the famfs magic but its superblock CRC is wrong"};
    return true;
}

} // namespace famscope::media
