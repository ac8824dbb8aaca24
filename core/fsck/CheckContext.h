// What every checker reads: the loaded file system, its allocation map and the options.
#pragma once

#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/Codes.h"

#include <cstdint>
#include <string>

namespace famscope::fsck {

struct CheckContext {
    const fs::LoadedFs& fs;
    const fs::AllocationMap& alloc;
    bool checkLog = true; // entries are interpreted (else only the header is checked)
    std::string systemUuidFile;

    uint64_t allocUnit() const { return alloc.allocUnit; }
};

// Device offset of byte `fieldOffset` of log slot `index` (saturating for absurd indices).
uint64_t entryFieldOffset(uint64_t index, uint64_t fieldOffset);
// A location inside log entry `index` (field name and its offset within the 544 bytes).
Location entryLocation(uint64_t index, std::string path, const char* field, uint64_t fieldOffset);

} // namespace famscope::fsck
