// famscope restore BACKUP TARGET: puts a metadata backup back, under the write lock, refusing a
// mounted target. It also removes the intent of an interrupted repair of the target
// (repair/RepairIntent.h), which the restored metadata supersedes.
#pragma once

#include "core/Result.h"
#include "core/edit/Backup.h"

#include <string>

namespace famscope::edit {

Result<BackupInfo> restoreMetadata(const std::string& backupPath, const std::string& targetPath,
                                   bool force,
                                   const std::string& mountInfoPath = "/proc/self/mountinfo");

} // namespace famscope::edit
