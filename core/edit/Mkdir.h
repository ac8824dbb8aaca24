// famfs mkdir [-p] (famfs-format.md section 6.7): one MKDIR entry per directory created,
// parents first with -p; the mode is logged as given (permission bits).
#pragma once

#include "core/Result.h"
#include "core/edit/EditSession.h"

#include <cstdint>
#include <string>
#include <vector>

namespace famscope::edit {

struct MkdirOptions {
    bool parents = false; // -p: create missing parents, an existing directory is fine
    uint32_t mode = 0755;
    uint32_t uid = 0;
    uint32_t gid = 0;
};

struct MkdirResult {
    std::vector<std::string> created; // in log order
    std::vector<uint64_t> entries;
};

// Checks everything first (path, existing names, log space), so on an error nothing is
// written.
Result<MkdirResult> makeDirectory(EditSession& session, const std::string& path,
                                  const MkdirOptions& options);

} // namespace famscope::edit
