// Whether a repair of a target was interrupted: its intent file (RepairIntent.h) is still
// there. Until `famscope repair` finishes it or `famscope restore` undoes it, the metadata may
// be mid-repair (a clean but shorter log), so every read-only open reports it and writes other
// than repair and restore are refused.
#pragma once

#include "core/media/Media.h"

#include <cstdint>
#include <optional>
#include <string>

namespace famscope::repair {

struct PendingRepair {
    std::string intentFile;
    int64_t startedUnix = 0; // the intent file's modification time: when the repair wrote it
    uint64_t stores = 0;
    std::string backupFile; // the metadata backup taken before the repair
    std::string unreadable; // why the intent file cannot be used; empty when it can
    bool damaged() const { return !unreadable.empty(); }
};

// intentPathFor(media.path(), ...), or empty for the in-memory demo, which no repair writes.
std::string intentFileOf(const media::Media& media);

// The pending repair recorded in `intentFile`, or nullopt when there is none.
std::optional<PendingRepair> findPendingRepair(const std::string& intentFile);

// The same for opened media, at intentFileOf(media).
std::optional<PendingRepair> findPendingRepair(const media::Media& media);

// Why a write other than repair or restore must not start: empty when no repair is pending.
std::string pendingRepairRefusal(const std::string& target, const std::optional<PendingRepair>& p);

} // namespace famscope::repair
