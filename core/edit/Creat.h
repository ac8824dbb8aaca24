// famfs creat (famfs-format.md section 6.4): allocate, write the data, then log the file.
// With a data seed the file holds the famfs test pattern (what `famfs verify -S seed`
// accepts); without one nothing is written to the data, as famfs does for seed 0.
#pragma once

#include "core/Result.h"
#include "core/edit/Allocator.h"
#include "core/edit/EditSession.h"
#include "core/fs/FileMap.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace famscope::edit {

struct CreatOptions {
    uint64_t size = 0;
    uint32_t mode = 0644;
    uint32_t uid = 0;
    uint32_t gid = 0;
    std::optional<uint64_t> dataSeed; // truncated to 32 bits like famfs; must not truncate to 0
    InterleaveParams interleave;
    bool planOnly = false; // return the placement, write nothing
};

struct CreatResult {
    std::string path;
    uint64_t entryIndex = 0; // valid unless planOnly
    Placement placement;
    bool dataWritten = false;
};

// Checks the path (length, parent, existing name), size, interleave parameters and log space
// before anything is written.
Result<CreatResult> createFile(EditSession& session, const std::string& path,
                               const CreatOptions& options);

// Shared by creat and cp: validates, allocates, lets `writeData` fill the file through its
// map (may be empty), then appends the FILE entry.
using DataWriter = std::function<Status(media::Media&, const fs::FileMap&, uint64_t size)>;
Result<CreatResult> createFileWith(EditSession& session, const std::string& path,
                                   const CreatOptions& options, const DataWriter& writeData);

} // namespace famscope::edit
