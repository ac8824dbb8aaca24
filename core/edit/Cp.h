// famfs cp [-r] (famfs-format.md section 6.6): host files and directories into the file
// system, one session for the whole command. As famfs:
// * a destination that is an existing directory receives the sources by their base names;
//   otherwise a single source is created under the destination name;
// * mode 0 (the default) inherits the source file's permission bits, and with -r every file
//   inherits the mode of its source *directory* (famfs passes the directory mode down);
// * directories are logged (MKDIR) before their contents; empty files are skipped.
// Data is copied through the file's map (the resolver) before its entry is appended.
// Directory entries are visited in name order (famfs uses readdir order).
#pragma once

#include "core/Result.h"
#include "core/edit/Allocator.h"
#include "core/edit/EditSession.h"
#include "core/fs/FileMap.h"

#include <cstdint>
#include <string>
#include <vector>

namespace famscope::edit {

struct CopyOptions {
    bool recursive = false;
    bool followSymlinks = false; // -L: follow symbolic links to directories
    uint32_t mode = 0;           // 0: inherit as famfs does
    uint32_t uid = 0;
    uint32_t gid = 0;
    InterleaveParams interleave;
};

struct CopiedItem {
    std::string source;
    std::string dest; // path in the file system
    bool directory = false;
    bool skippedEmpty = false;
    uint64_t size = 0;
    uint64_t entryIndex = 0;
    std::string skipped; // why it was not copied (empty file, dangling link, ...); empty: copied
};

struct CopyResult {
    std::vector<CopiedItem> items; // in log order
};

// Plans and checks the whole copy first (CpPlan.h): a copy that cannot complete for lack of
// log slots, space, a path over 79 bytes or an existing name writes nothing. An error while
// copying (a host read fails) stops it; what was copied before stays (each file is complete
// and logged), and the error names what failed and how many items were copied before it.
Result<CopyResult> copyIn(EditSession& session, const std::vector<std::string>& sources,
                          const std::string& dest, const CopyOptions& options);

// Copies a host file's first `size` bytes into a file through its map.
Status copyHostFile(const std::string& hostPath, media::Media& media, const fs::FileMap& map,
                    uint64_t size);

} // namespace famscope::edit
