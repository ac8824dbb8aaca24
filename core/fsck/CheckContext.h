// What every checker reads: the file system's superblock and log header, its log entries and
// the options. The allocation map is built as the entries pass, so only the checks that run
// after the last entry take it.
#pragma once

#include "core/fs/AllocationMap.h"
#include "core/fs/EntrySource.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/Codes.h"

#include <cstdint>
#include <string>

namespace famscope::fsck {

struct CheckContext {
    const fs::LoadedFs& fs;         // fs.entries may be empty: the log was streamed
    const fs::EntrySource& entries; // for checks that name an entry after the pass
    uint64_t allocUnit = 0;         // the allocation map's (fs::allocUnitOf())
    bool checkLog = true;           // entries are interpreted (else only the header is checked)
    std::string systemUuidFile;
};

// Device offset of byte `fieldOffset` of log slot `index` (saturating for absurd indices).
uint64_t entryFieldOffset(uint64_t index, uint64_t fieldOffset);
// A location inside log entry `index` (field name and its offset within the 544 bytes).
Location entryLocation(uint64_t index, std::string path, const char* field, uint64_t fieldOffset);

} // namespace famscope::fsck
