#include "core/edit/Restore.h"

#include "core/edit/MediaLock.h"
#include "core/edit/MountCheck.h"
#include "core/media/Media.h"
#include "core/repair/RepairIntent.h"

namespace famscope::edit {

Result<BackupInfo> restoreMetadata(const std::string& backupPath, const std::string& targetPath,
                                   bool force, const std::string& mountInfoPath) {
    // The backup is read and checked before the target is locked, so a backup that cannot
    // be used never holds the target's write lock.
    std::vector<uint8_t> data;
    auto info = readBackup(backupPath, data);
    if (!info)
        return info;
    if (auto mounted = mountedAs(targetPath, mountInfoPath))
        return Error{targetPath + " is " + *mounted + "; unmount it first"};
    auto media = media::openMedia(targetPath, media::Access::ReadWrite);
    if (!media)
        return Error{media.error()};
    if (Status st = lockForWriting(**media); !st)
        return Error{st.error()};
    auto restored = restoreBackupData(*info, data, **media, force);
    if (!restored)
        return restored;
    // The metadata is now the backup's: a repair interrupted before it must not be finished.
    const bool device = (*media)->kind() == media::MediaKind::DaxDevice;
    if (Status st = repair::removeIntent(repair::intentPathFor(targetPath, device)); !st)
        return Error{st.error()};
    return restored;
}

} // namespace famscope::edit
