// Exit statuses of the famscope CLI (documented in README.md; keep them stable).
#pragma once

namespace famscope::cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,        // bad command line
    ExitCannotOpen = 2,   // missing, unreadable, a directory, not an image or devdax device
    ExitNotFamfs = 3,     // too small for famfs, or no famfs superblock
    ExitUnsupported = 4,  // a famfs layout this version cannot read
    ExitInconsistent = 5, // media shorter than the device its superblock claims
    ExitNotFound = 6,     // path not in the namespace, offset not mapped
    ExitRefused = 7,      // write refused: locked, mounted, another host's, damaged log, exists
    ExitWriteFailed = 8,  // the change cannot be made: exists, no parent, log full, no space
    ExitMismatch = 9,     // verify: the data differs from the pattern
};

} // namespace famscope::cli
