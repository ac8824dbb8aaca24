#include "edit/Restore.h"

#include "edit/MediaLock.h"
#include "edit/MountCheck.h"
#include "media/Media.h"

namespace famscope::edit {

Result<BackupInfo> restoreMetadata(const std::string& backupPath, const std::string& targetPath,
                                   bool force, const std::string& mountInfoPath) {
    if (auto mounted = mountedAs(targetPath, mountInfoPath))
        return Error{targetPath + " is " + *mounted + "; unmount it first"};
    auto media = media::openMedia(targetPath, media::Access::ReadWrite);
    if (!media)
        return Error{media.error()};
    if (Status st = lockForWriting(**media); !st)
        return Error{st.error()};
    return restoreBackup(backupPath, **media, force);
}

} // namespace famscope::edit
