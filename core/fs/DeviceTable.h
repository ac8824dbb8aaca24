// The devices a famfs file system spans, as its metadata names them: device 0 is the one the
// superblock describes (the media that holds the log); each ADD_DAXDEV entry adds a secondary
// device with its index, size and UUID (famfs-format.md, the daxdev table). A file extent may
// also name a device index no entry adds; it is listed too, with its size unknown, so that a
// front end can still offer to open it.
#pragma once

#include "core/format/Uuid.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Namespace.h"
#include "core/media/Media.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace famscope::fs {

struct LoggedDevice {
    uint64_t index = 0;
    uint64_t size = 0; // bytes, 0 when no entry gives it
    famfs::Uuid uuid;
    std::optional<uint64_t> entryIndex; // the ADD_DAXDEV entry; none for device 0 or unnamed
};

// Device 0, then each other device by index: those ADD_DAXDEV entries add (the first entry for
// an index wins, as famfs_daxdev_table_add() rejects a second) and those the files' extents or
// strips of `ns` name.
std::vector<LoggedDevice> loggedDevices(const LoadedFs& fs, const Namespace& ns);

// Opens `path` (an image file or a devdax device) read-only as the media of `device`. Refused,
// with a message saying why, when it is smaller than the size the log gives the device (its
// data would be missing) or larger than that size (another device).
Result<std::unique_ptr<media::Media>> openDeviceMedia(const std::string& path,
                                                      const LoggedDevice& device);

} // namespace famscope::fs
