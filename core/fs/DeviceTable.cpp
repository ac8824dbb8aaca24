#include "core/fs/DeviceTable.h"

#include <algorithm>

namespace famscope::fs {

using namespace famfs;

std::vector<LoggedDevice> loggedDevices(const LoadedFs& fs, const Namespace& ns) {
    std::vector<LoggedDevice> devices{{0, fs.sb.ddSize, fs.sb.ddUuid, std::nullopt}};
    auto known = [&devices](uint64_t index) {
        return std::any_of(devices.begin(), devices.end(),
                           [index](const LoggedDevice& d) { return d.index == index; });
    };
    for (uint64_t i = 0; i < fs.entries.size(); ++i)
        if (const AddDaxdevMeta* a = fs.entries[i].addDaxdev(); a && !known(a->ddIndex))
            devices.push_back({a->ddIndex, a->ddSize, a->ddUuid, i});
    for (const FsFile& f : ns.files)
        for (const SimpleExtent& piece : f.map.pieces())
            if (!known(piece.devindex))
                devices.push_back({piece.devindex, 0, {}, std::nullopt});
    std::sort(devices.begin(), devices.end(),
              [](const LoggedDevice& a, const LoggedDevice& b) { return a.index < b.index; });
    return devices;
}

Result<std::unique_ptr<media::Media>> openDeviceMedia(const std::string& path,
                                                      const LoggedDevice& device) {
    auto media = media::openMedia(path, media::Access::ReadOnly);
    if (!media)
        return Error{media.error()};
    const uint64_t size = (*media)->size();
    if (device.size != 0 && size != device.size) {
        const std::string source =
            device.entryIndex ? "its ADD_DAXDEV entry " + std::to_string(*device.entryIndex)
                              : std::string("the superblock");
        return Error{path + " is " + std::to_string(size) + " bytes, but " + source +
                     " gives device " + std::to_string(device.index) + " " +
                     std::to_string(device.size) + " bytes: " +
                     (size < device.size ? "too small, part of its data would be missing"
                                         : "not that device")};
    }
    return media;
}

} // namespace famscope::fs
