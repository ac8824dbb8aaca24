// The plan of a famfs cp: every host file and directory a copy would log, found and checked
// before the first entry is written, so that a copy that cannot complete writes nothing.
//
// Walking the host tree: symbolic links to files are followed; symbolic links to directories
// only with CopyOptions::followSymlinks (-L), and then a link back to a directory being copied
// (a loop) is reported and skipped; a dangling link, a FIFO, socket or device is reported and
// skipped (famfs skips what is not a file or directory). The walk stops as soon as a path
// passes famfs's 79-byte limit, so a loop can never run long.
//
// Checking it (checkCopyPlan): every destination path is valid and new, the log has a slot for
// every entry, and every file fits: the allocations are made on a copy of the session's
// allocator, in the order the copy makes them, so the answer is the copy's own.
#pragma once

#include "core/Result.h"
#include "core/edit/Cp.h"
#include "core/edit/EditSession.h"

#include <cstdint>
#include <string>
#include <vector>

namespace famscope::edit {

struct CopyStep {
    std::string source; // host path
    std::string dest;   // normalized path in the file system
    bool directory = false;
    bool existingDir = false; // a directory that already exists: nothing to log
    uint32_t mode = 0;        // as logged
    uint64_t size = 0;
    std::string skipped; // non-empty: not copied, and why
};

struct CopyPlan {
    std::vector<CopyStep> steps; // in log order
    uint64_t entries = 0;        // log entries the copy appends
    uint64_t bytes = 0;          // bytes of file data
};

Result<CopyPlan> planCopy(const EditSession& session, const std::vector<std::string>& sources,
                          const std::string& dest, const CopyOptions& options);

Status checkCopyPlan(const EditSession& session, const CopyPlan& plan, const CopyOptions& options);

} // namespace famscope::edit
