// mkfs.famfs (famfs-format.md section 6.1) on an image file or a devdax device. For the same
// UUIDs, device path and log length the metadata region is byte-identical to what mkfs.famfs
// writes: the superblock fields mkfs sets (ts_sb_flags, the padding and dd_uuid keep whatever
// was there), the whole log zeroed, then the log header. The rest of the 2 MiB superblock
// region is left alone, as famfs leaves it. The writes are ordered so that an interrupted mkfs
// leaves the old file system, the new one, or media without a famfs superblock magic.
#pragma once

#include "core/Result.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/format/Uuid.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace famscope::edit {

struct MkfsOptions {
    uint64_t logLen = uint64_t{8} << 20; // power of two, >= 8 MiB
    std::optional<uint64_t> createSize;  // image: create the file (sparse) at this size
    bool devdax = false;                 // the target must be a devdax device (explicit)
    bool force = false;                  // format over a valid superblock
    std::string recordedDevicePath;      // dd_daxdev; empty: the path as given
    std::optional<famfs::Uuid> uuid;     // random when absent
    std::optional<famfs::Uuid> devUuid;
    std::optional<famfs::Uuid> systemUuid; // absent: this host's (created when missing)
    std::string systemUuidPath = "/opt/famfs/system_uuid";
    std::string mountInfoPath = "/proc/self/mountinfo";
    std::string sysfsRoot = "/sys";
    bool backup = true; // of an existing metadata region, before it is overwritten
    std::string backupPath;
};

struct MkfsResult {
    famfs::Superblock sb;
    famfs::LogHeader log;
    bool createdImage = false;
    std::string backupFile; // empty when nothing was backed up
    std::vector<std::string> notes;
};

// On failure the error's kind says why: Refused (the target must not or cannot be formatted:
// mounted, locked, a valid file system without force, too small, not an image or device) or
// Failed (the backup or a write could not be made: out of space, I/O error). An image mkfs
// created is removed again when it fails.
Result<MkfsResult> makeFileSystem(const std::string& path, const MkfsOptions& options);

// famfs's check: a power of two of at least 8 MiB.
bool validLogLength(uint64_t logLen);

} // namespace famscope::edit
