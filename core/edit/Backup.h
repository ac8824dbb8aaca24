// Backups of a file system's metadata region, [0, 2 MiB + log_len): the superblock region and
// the whole log. Taken before the first write of every editing session; `famscope restore`
// puts one back. The file is a 4 KiB header (magic, region, media size, CRC-32 of the data)
// followed by the raw bytes, so a truncated or foreign file is refused rather than restored.
#pragma once

#include "core/Result.h"
#include "core/media/Media.h"

#include <cstdint>
#include <string>

namespace famscope::edit {

struct BackupInfo {
    uint64_t regionOffset = 0;
    uint64_t regionLength = 0;
    uint64_t mediaSize = 0; // size of the media it was taken from
    uint32_t crc = 0;
    uint64_t createdUnix = 0;
};

// Writes [0, length) of `media` to a new file `path` (never overwrites), fsync'd.
Status writeBackup(media::Media& media, uint64_t length, const std::string& path);

// Reads and checks a backup's header and data CRC. On success the data is in `data`.
Result<BackupInfo> readBackup(const std::string& path, std::vector<uint8_t>& data);

// Writes a backup's region back to `media` and flushes it. The media must be the size the
// backup was taken from unless `force`.
Result<BackupInfo> restoreBackup(const std::string& backupPath, media::Media& media, bool force);
// The same with a backup already read and checked by readBackup().
Result<BackupInfo> restoreBackupData(const BackupInfo& info, const std::vector<uint8_t>& data,
                                     media::Media& media, bool force);

// "<dir>/<name>.famscope-backup-<UTC time>-<pid>": next to an image, in `fallbackDir` for a
// device (whose directory is /dev).
std::string defaultBackupPath(const std::string& targetPath, bool isDevice,
                              const std::string& fallbackDir = ".");
// `base` + "-<n>" for the first n after `sessionCount` that names no file yet; `sessionCount`
// becomes n. The default name has a one-second timestamp and the process id, which two
// sessions of one window can share: the session number keeps each session's own.
std::string numberedBackupPath(const std::string& base, uint64_t& sessionCount);

} // namespace famscope::edit
