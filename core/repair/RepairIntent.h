// The write-ahead intent of a repair. Rewriting a log in place takes several stores (superblock
// CRC, counters lowered, entries, header CRC, counters), and a process killed between two of
// them would leave a log that is neither the old nor the repaired one. So before the media is
// touched, every store of the repair, with the bytes it replaces, goes to an intent file
// (written to a temporary name, fsync'd, renamed, directory fsync'd: it exists whole or not at
// all). The file is removed once the media reads back as planned. If it is still there, the
// repair was interrupted: the next `famscope repair` (CLI or GUI) replays the stores, which is
// idempotent, and removes it; `famscope restore` removes it as well, since it undoes the
// repair. The media is then always the old metadata or the repaired one.
#pragma once

#include "core/Result.h"
#include "core/media/Media.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace famscope::repair {

enum class StoreKind : uint32_t {
    Word8 = 1,    // one aligned 8-byte store (a CRC field)
    Counters = 2, // next_seqnum + next_index in one 16-byte store (edit/LogCounters.h)
    Bytes = 3,    // a plain write (log entries)
};

struct IntentStore {
    StoreKind kind = StoreKind::Bytes;
    uint64_t offset = 0;
    std::vector<uint8_t> before; // what the media held before the repair
    std::vector<uint8_t> after;  // what this store writes
};

struct RepairIntent {
    uint64_t mediaSize = 0;
    std::string backupFile;          // the metadata backup taken before the intent
    std::vector<IntentStore> stores; // in write order; a later store may rewrite an earlier one
};

// Where the intent of a repair of `targetPath` lives: next to an image
// ("<image>.famscope-repair-intent"), in /var/lib/famscope for a device.
std::string intentPathFor(const std::string& targetPath, bool isDevice);

// Writes the intent to `path` atomically (temporary file, fsync, rename, directory fsync).
Status writeIntent(const RepairIntent& intent, const std::string& path);

// nullopt when there is no intent file; an error when it is damaged or not famscope's.
Result<std::optional<RepairIntent>> readIntent(const std::string& path);

// Performs the stores in order, each flushed before the next.
Status applyStores(media::Media& media, const std::vector<IntentStore>& stores);

// Finishes an interrupted repair on open, locked media: checks that every byte the intent
// touches holds one of the values a store of it gives or gave (otherwise the media changed
// since and nothing is written), replays the stores, checks the result and removes the file.
Status finishIntent(media::Media& media, const RepairIntent& intent, const std::string& path);

// Removes an intent file; absent is fine.
Status removeIntent(const std::string& path);

} // namespace famscope::repair
