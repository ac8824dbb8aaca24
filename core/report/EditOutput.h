// What the commands that write print when they are done: the text and JSON of mkfs, mkdir,
// creat (and creat --plan), cp and restore. The text of a command that took a metadata backup
// begins with "backup of the metadata region: FILE".
#pragma once

#include "core/edit/Backup.h"
#include "core/edit/Cp.h"
#include "core/edit/Creat.h"
#include "core/edit/Mkdir.h"
#include "core/edit/Mkfs.h"

#include <string>

namespace famscope::report {

// `target` as it was given (not escaped, as mkfs.famfs prints it).
std::string mkfsText(const std::string& target, const edit::MkfsResult& r);
std::string mkfsJson(const edit::MkfsResult& r);

std::string mkdirText(const edit::MkdirResult& r, uint32_t mode, const std::string& backup);
std::string mkdirJson(const edit::MkdirResult& r, const std::string& backup);

// `o` is what the file was created with (its size, mode and data seed).
std::string creatText(const edit::CreatResult& r, const edit::CreatOptions& o,
                      const std::string& backup);
std::string creatJson(const edit::CreatResult& r, uint64_t size, const std::string& backup);
// creat --plan: where a file of `size` bytes would go; nothing is written.
std::string creatPlanText(const edit::Placement& p);
std::string creatPlanJson(const edit::Placement& p, uint64_t size);

std::string copyText(const edit::CopyResult& r, const std::string& backup);
std::string copyJson(const edit::CopyResult& r, const std::string& backup);

// `target` as it was given (not escaped).
std::string restoreText(const edit::BackupInfo& info, const std::string& target);
std::string restoreJson(const edit::BackupInfo& info);

} // namespace famscope::report
