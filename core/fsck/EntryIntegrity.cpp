#include "core/fsck/EntryIntegrity.h"

#include "core/format/Hex.h"
#include "core/fsck/CheckContext.h"
#include "core/fsck/Codes.h"

namespace famscope::fsck {

using famfs::hexString;
using famfs::LogEntry;

namespace {

// Entry offsets of the checked fields (famfs-format.md 1.5).
constexpr uint64_t kSeqnumAt = 0;
constexpr uint64_t kCrcAt = 536;

const char* const kSkipped = "; famfs fsck skips the entry (its space counts as free) and mount "
                             "stops here";
const char* const kSkippedRun = "; famfs fsck skips them (their space counts as free) and mount "
                                "stops at the first";

// 15409 -> "15,409": a count an administrator reads at a glance.
std::string withCommas(uint64_t n) {
    std::string digits = std::to_string(n);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(static_cast<size_t>(at), ",");
    return digits;
}

bool allZero(const LogEntry& e) {
    const auto bytes = e.encode(); // decode() keeps every byte, so these are the media's
    return famfs::allZero(bytes.data(), bytes.size());
}

std::string crcText(const LogEntry& e) {
    return "CRC is " + hexString(e.crc) + ", computed " + hexString(e.computedCrc);
}

const CodeInfo& codeOf(EntryDefect d) {
    return d == EntryDefect::SeqnumOnly ? codes::EntrySeqnum : codes::EntryCrc;
}

Location locationOf(EntryDefect d, const LogEntry& e, uint64_t index) {
    return d == EntryDefect::SeqnumOnly ? entryLocation(index, e.path(), "seqnum", kSeqnumAt)
                                        : entryLocation(index, e.path(), "crc", kCrcAt);
}

// What is wrong with one entry, every failed check named.
std::string entryMessage(EntryDefect d, const LogEntry& e, uint64_t index) {
    const std::string seqnum =
        "seqnum is " + std::to_string(e.seqnum) + " in slot " + std::to_string(index);
    switch (d) {
    case EntryDefect::SeqnumOnly:
        return seqnum + "; famfs fsck skips the entry and mount stops here";
    case EntryDefect::CrcMismatch:
        return "entry " + crcText(e) + ": its bytes changed after it was written" + kSkipped;
    case EntryDefect::TornLast:
        return "torn last entry: its seqnum is right but its " + crcText(e) +
               ", as a write that did not finish leaves it" + kSkipped;
    case EntryDefect::AllZero:
        return std::string("empty slot (all zero) counted by next_index: no entry was written "
                           "here") +
               kSkipped;
    case EntryDefect::RandomBytes:
    case EntryDefect::None:
        break;
    }
    return "random bytes, not a log entry: " + seqnum + " and its " + crcText(e) + kSkipped;
}

// What a run of `count` entries with one defect is, for the group's message.
std::string runMessage(EntryDefect d, uint64_t count) {
    const std::string n = withCommas(count);
    switch (d) {
    case EntryDefect::SeqnumOnly:
        return n + " entries whose seqnum differs from their slot (CRC right); famfs fsck "
                   "skips them and mount stops at the first";
    case EntryDefect::CrcMismatch:
    case EntryDefect::TornLast: // only ever one entry, never a run
        return n +
               " entries whose CRC does not match: their bytes changed after they were "
               "written" +
               kSkippedRun;
    case EntryDefect::AllZero:
        return n + " empty slots (all zero) counted by next_index" + kSkippedRun;
    case EntryDefect::RandomBytes:
    case EntryDefect::None:
        break;
    }
    return n + " slots of random bytes, not log entries (seqnum and CRC both wrong)" + kSkippedRun;
}

} // namespace

EntryDefect classifyEntry(const LogEntry& e, uint64_t index, bool lastLive) {
    const bool crcOk = e.crcValid();
    const bool seqnumOk = e.seqnum == index;
    if (crcOk && seqnumOk)
        return EntryDefect::None;
    if (crcOk)
        return EntryDefect::SeqnumOnly;
    if (allZero(e)) // slot 0 of a zeroed log has the right seqnum (0): zero is checked first
        return EntryDefect::AllZero;
    if (!seqnumOk)
        return EntryDefect::RandomBytes;
    return lastLive ? EntryDefect::TornLast : EntryDefect::CrcMismatch;
}

void DamagedEntryRuns::add(const LogEntry& e, uint64_t index, EntryDefect defect) {
    const bool continues = defect == defect_ && run_.location.entry &&
                           index == (run_.last ? *run_.last->entry : *run_.location.entry) + 1;
    if (!continues) {
        flush();
        defect_ = defect;
        run_ = Finding::single(codeOf(defect).code, codeOf(defect).severity,
                               locationOf(defect, e, index), entryMessage(defect, e, index));
        return;
    }
    if (!run_.last) { // the second member: the single finding becomes a group
        Finding first = run_;
        run_.members.push_back(std::move(first));
    }
    ++run_.count;
    Location here = locationOf(defect, e, index);
    if (run_.members.size() < Finding::kMaxMembersListed)
        run_.members.push_back(
            Finding::single(run_.code, run_.severity, here, entryMessage(defect, e, index)));
    run_.last = std::move(here);
}

void DamagedEntryRuns::report() {
    if (run_.last) // the range is the group's location (Finding::where)
        run_.message = runMessage(defect_, run_.count);
    sink_.add(std::move(run_));
    run_ = {};
    defect_ = EntryDefect::None;
}

} // namespace famscope::fsck
