// famscope fsck: every check famfs fsck makes and the many it does not (famfs-format.md
// sections 3.4, 4, 6.2 and 7), over a loaded or a streamed log. Never throws or asserts on any
// input; every step is O(n log n) or better in the number of log entries.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fsck/FsckReport.h"
#include "core/media/Media.h"

#include <string>

namespace famscope::fsck {

inline constexpr const char* kDefaultSystemUuidFile = "/opt/famfs/system_uuid";

struct FsckOptions {
    // This host's system UUID, as famfs keeps it; decides the Owner/Client role.
    std::string systemUuidFile = kDefaultSystemUuidFile;
    // Interpret the log even without a superblock magic or with an unsupported layout.
    bool force = false;
};

// `repairIntentFile`: where an interrupted repair of this target would have left its intent
// file (repair::intentFileOf); empty: not looked for (memory media).
FsckReport runFsck(const fs::LoadedFs& fs, const FsckOptions& options = {},
                   const std::string& repairIntentFile = {});

// The same fsck of a target whose log is read a block at a time and never held whole (the
// CLI): `pending` is fs::startLoad(media)'s, and the few entries a finding names after the
// pass are read again from `media`. The report equals runFsck() of fs::loadFileSystem(media).
FsckReport runFsck(const media::Media& media, const fs::PendingLoad& pending,
                   const FsckOptions& options = {}, const std::string& repairIntentFile = {});

// The figures famfs fsck prints, from famscope's allocation map.
FamfsFigures famfsFigures(const fs::LoadedFs& fs, const fs::AllocationMap& alloc);

// This host's role for a superblock (famfs's rule: system UUID equal to the file's content).
Role hostRole(const famfs::Superblock& sb, const std::string& systemUuidFile);

// Exit statuses (README "famscope fsck"): the default scheme is e2fsck-like.
enum FsckExit : int {
    FsckClean = 0,       // no errors and no warnings
    FsckWarnings = 1,    // warnings only
    FsckErrors = 4,      // at least one error (famscope never repairs)
    FsckOperational = 8, // the target could not be read
    FsckUsage = 16,      // bad command line
};
int exitStatus(const FsckReport& report);
// famfs fsck's exit status: number of collisions capped at 127, 1 without a valid superblock.
int famfsExitStatus(const FsckReport& report);

} // namespace famscope::fsck
