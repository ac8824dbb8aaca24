#include "core/repair/RepairPlan.h"

#include "core/fs/AllocationMap.h"
#include "core/fs/Replay.h"
#include "core/fsck/Fsck.h"

#include <algorithm>
#include <map>

namespace famscope::repair {

using famfs::LogEntry;

const char* actionName(ActionKind k) {
    switch (k) {
    case ActionKind::FixSuperblockCrc:
        return "fix-superblock-crc";
    case ActionKind::FixHeaderCrc:
        return "fix-log-header-crc";
    case ActionKind::FixCounters:
        return "fix-log-counters";
    case ActionKind::EndLog:
        return "end-log";
    case ActionKind::DropEntry:
        return "drop-entry";
    case ActionKind::RecoverEntry:
        return "recover-entry";
    case ActionKind::CreateParent:
        return "create-parent";
    case ActionKind::KeepCrossLinked:
        return "keep-cross-linked";
    case ActionKind::NotRepaired:
        return "not-repaired";
    }
    return "unknown";
}

bool changesMedia(ActionKind k) {
    return k != ActionKind::NotRepaired && k != ActionKind::KeepCrossLinked;
}

namespace {

// Findings that make repair refuse: the fix would be a guess (which log length, which
// version?) or the log cannot be read whole.
const std::set<std::string, std::less<>> kRefusingCodes = {
    "SB_MAGIC",         "SB_VERSION",        "SB_OMF",
    "SB_LAYOUT",        "SB_ALLOC_UNIT",     "SB_LOG_LEN_POW2",
    "SB_LOG_LEN_SMALL", "SB_LOG_LEN_DEVICE", "SB_DEVICE_BEYOND_MEDIA",
    "LOG_MISSING",      "LOG_MAGIC",         "LOG_LEN_MISMATCH",
    "LOG_LAST_INDEX",   "LOG_BEYOND_MEDIA",  "LOG_ENTRIES_UNREAD",
};

// Entries famfs skips, cannot instantiate, or ignores: leaving them out of the log changes
// nothing a mount shows (or, for extents past the device, keeps a mount from mapping them).
const std::set<std::string, std::less<>> kDroppedCodes = {
    "PATH_EMPTY",          "PATH_ABSOLUTE",       "PATH_DOTDOT",          "PATH_UNTERMINATED",
    "PATH_PARENT_MISSING", "PATH_PARENT_NOT_DIR", "PATH_DUPLICATE",       "MKDIR_OVER_FILE",
    "FILE_OVER_DIR",       "EXTENT_ZERO_OFFSET",  "EXTENT_BEYOND_DEVICE", "EXTENT_BEYOND_MEDIA",
    "ENTRY_TYPE_UNKNOWN",  "ENTRY_DELETE",
};

bool intact(const LogEntry& e, uint64_t slot) {
    return e.crcValid() && e.seqnum == slot;
}

// Entry slot -> codes of the findings located at it (group members included).
std::map<uint64_t, std::vector<std::string>> codesByEntry(const fsck::FsckReport& report) {
    std::map<uint64_t, std::vector<std::string>> out;
    auto add = [&](const fsck::Finding& f) {
        if (f.location.entry && f.location.area == fsck::Location::Area::Entry)
            out[*f.location.entry].push_back(f.code);
    };
    for (const fsck::Finding& f : report.findings) {
        add(f);
        for (const fsck::Finding& m : f.members)
            add(m);
    }
    return out;
}

// The file system with `entries` as its log: the header counts them, the rest is unchanged.
fs::LoadedFs viewOf(const fs::LoadedFs& fs, const std::vector<PlannedEntry>& entries,
                    const famfs::LogHeader& header) {
    fs::LoadedFs v;
    v.path = fs.path;
    v.mediaKind = fs.mediaKind;
    v.mediaSize = fs.mediaSize;
    v.sb = fs.sb;
    v.logHeaderRead = fs.logHeaderRead;
    v.log = header;
    v.layout = fs.layout;
    v.entries.reserve(entries.size());
    for (const PlannedEntry& p : entries)
        v.entries.push_back(p.entry);
    v.entriesClaimed = entries.size();
    return v;
}

famfs::LogHeader headerFor(const famfs::LogHeader& old, uint64_t count) {
    famfs::LogHeader h = old;
    h.crc = h.computeCrc();
    h.nextIndex = count;
    h.nextSeqnum = count;
    return h;
}

// seqnum = slot and a fresh CRC for every entry (an intact entry keeps its bytes).
void renumber(std::vector<PlannedEntry>& entries) {
    for (size_t j = 0; j < entries.size(); ++j) {
        entries[j].entry.seqnum = j;
        entries[j].entry.seal();
    }
}

std::string slotText(uint64_t slot) {
    return "entry " + std::to_string(slot);
}

// Components of a clean relative path ("a/b/c"), or nothing when it has empty, "." or ".."
// components (such a path is dropped, never given parents).
std::optional<std::vector<std::string>> cleanComponents(const std::string& path) {
    std::vector<std::string> parts;
    size_t at = 0;
    while (at <= path.size()) {
        const size_t slash = std::min(path.find('/', at), path.size());
        const std::string c = path.substr(at, slash - at);
        if (c.empty() || c == "." || c == "..")
            return std::nullopt;
        parts.push_back(c);
        at = slash + 1;
    }
    return parts;
}

// Units per owner, from an allocation map's runs.
std::map<uint64_t, std::vector<fs::OwnerRun>> runsByOwner(const fs::AllocationMap& m) {
    std::map<uint64_t, std::vector<fs::OwnerRun>> out;
    for (const fs::OwnerRun& r : m.runs)
        if (fs::isEntryOwner(r.owner))
            out[r.owner].push_back(r);
    return out;
}

// How many of the units [first, first + count) are free in `m`.
uint64_t freeUnitsIn(const fs::AllocationMap& m, uint64_t first, uint64_t count) {
    uint64_t n = 0;
    auto it = std::upper_bound(m.runs.begin(), m.runs.end(), first,
                               [](uint64_t au, const fs::OwnerRun& r) { return au < r.firstAu; });
    if (it != m.runs.begin())
        --it;
    for (; it != m.runs.end() && it->firstAu < first + count; ++it) {
        const uint64_t lo = std::max(first, it->firstAu);
        const uint64_t hi = std::min(first + count, it->firstAu + it->auCount);
        if (hi > lo && it->owner == fs::kOwnerFree)
            n += hi - lo;
    }
    return n;
}

class Planner {
public:
    Planner(const fs::LoadedFs& fs, const fsck::FsckReport& report, const RepairOptions& o)
        : fs_(fs), report_(report), options_(o) {}

    RepairPlan run() {
        if (!refuse())
            return std::move(plan_);
        selectEntries();
        dropUninstantiable();
        finish();
        return std::move(plan_);
    }

private:
    // Records why repair cannot start; false when it cannot.
    bool refuse() {
        if (Status st = fs::checkUsable(fs_, false); !st)
            plan_.refusals.push_back(st.error());
        for (const fsck::Finding& f : report_.findings)
            if (kRefusingCodes.count(f.code))
                plan_.refusals.push_back(f.code + " " + f.where() + ": " + f.message +
                                         " (repair does not guess this; restore a backup)");
        if (fs_.logHeaderRead && fs_.log.magicValid() &&
            (fs_.log.len != fs_.sb.logLen || fs_.log.lastIndex + 1 != famfs::logSlots(fs_.log.len)))
            plan_.refusals.push_back("the log header disagrees with the superblock about the log "
                                     "size (repair does not guess which is right)");
        if (fs_.entries.size() < fs_.entriesClaimed)
            plan_.refusals.push_back("only " + std::to_string(fs_.entries.size()) + " of " +
                                     std::to_string(fs_.entriesClaimed) +
                                     " log entries could be read");
        if (report_.has("SB_CRC") && fs_.sb.logOffset != famfs::kLogOffset)
            plan_.refusals.push_back("SB_CRC: the superblock CRC is wrong and ts_log_offset is not "
                                     "2 MiB; repair does not guess which field changed");
        if (!plan_.refusals.empty())
            return false;
        if (report_.has("SB_CRC")) {
            // Every other field agrees: no refusing code above names a superblock field, and
            // the log header (CRC-checked separately) has the superblock's log length.
            famfs::Superblock sb = fs_.sb;
            sb.seal();
            plan_.superblock = sb;
            plan_.actions.push_back({ActionKind::FixSuperblockCrc,
                                     "SB_CRC",
                                     {},
                                     false,
                                     {},
                                     0,
                                     0,
                                     "superblock CRC recomputed (every other field agrees with "
                                     "the log and the media)"});
        }
        return true;
    }

    // The entries a mount replays, or with `recover` every intact one.
    void selectEntries() {
        const uint64_t n = fs_.entries.size();
        uint64_t firstBad = n;
        for (uint64_t i = 0; i < n; ++i)
            if (!intact(fs_.entries[i], i)) {
                firstBad = i;
                break;
            }
        firstBad_ = firstBad;
        const auto codes = codesByEntry(report_);
        auto badCode = [&](uint64_t slot) {
            const auto it = codes.find(slot);
            if (it != codes.end())
                for (const std::string& c : it->second)
                    if (c == "ENTRY_CRC" || c == "ENTRY_SEQNUM")
                        return c;
            return std::string(fs_.entries[slot].crcValid() ? "ENTRY_SEQNUM" : "ENTRY_CRC");
        };
        for (uint64_t i = 0; i < firstBad; ++i)
            entries_.push_back({i, fs_.entries[i]});
        if (firstBad == n)
            return;
        if (!options_.recover) {
            uint64_t behind = 0;
            for (uint64_t i = firstBad + 1; i < n; ++i)
                behind += fs_.entries[i].crcValid() ? 1u : 0u;
            RepairAction a{
                ActionKind::EndLog, badCode(firstBad), {firstBad, n - 1}, true, {}, 0, 0, {}};
            a.text = "the log ends at entry " + std::to_string(firstBad) +
                     ", as every mount replays it: entries " + std::to_string(firstBad) + ".." +
                     std::to_string(n - 1) + " are not kept";
            if (behind)
                a.text +=
                    "; intact among them: " + std::to_string(behind) + " (--recover keeps them)";
            for (uint64_t i = firstBad; i < n; ++i)
                endedSlots_.push_back(i);
            plan_.actions.push_back(std::move(a));
            return;
        }
        // recover: every entry whose bytes are intact (its CRC right), renumbered.
        for (uint64_t i = firstBad; i < n;) {
            if (fs_.entries[i].crcValid()) {
                entries_.push_back({i, fs_.entries[i]});
                ++i;
                continue;
            }
            uint64_t end = i;
            const std::string code = badCode(i);
            while (end + 1 < n && !fs_.entries[end + 1].crcValid() && badCode(end + 1) == code)
                ++end;
            RepairAction a{ActionKind::DropEntry, code, {i, end}, true, {}, 0, 0, {}};
            a.text = (end == i ? slotText(i)
                               : "entries " + std::to_string(i) + ".." + std::to_string(end)) +
                     " damaged: left out, the intact entries behind kept and renumbered";
            plan_.actions.push_back(std::move(a));
            i = end + 1;
        }
    }

    // Drops (or gives parents to) the entries famfs would not instantiate, until a replay of
    // the rebuilt log instantiates every FILE and MKDIR it holds. Each round removes or fixes
    // at least one entry, so the loop ends.
    void dropUninstantiable() {
        for (int round = 0; round < 64; ++round) {
            renumber(entries_);
            const fs::LoadedFs view = viewOf(fs_, entries_, headerFor(fs_.log, entries_.size()));
            const fs::Namespace ns = fs::replay(view, fs::ReplayMode::Mount);
            const auto codes = codesByEntry(fsck::runFsck(view, options_.fsckOptions));
            std::map<uint64_t, std::string> flagged; // new slot -> code
            for (const auto& [slot, list] : codes)
                for (const std::string& c : list)
                    if (kDroppedCodes.count(c) && !flagged.count(slot))
                        flagged[slot] = c;
            for (const fs::ReplayEvent& e : ns.events)
                if (e.kind == fs::ReplayEvent::Kind::Skipped && !flagged.count(e.entryIndex)) {
                    const auto it = codes.find(e.entryIndex);
                    flagged[e.entryIndex] =
                        it != codes.end() && !it->second.empty() ? it->second.front() : "";
                }
            keepFirstClaimers(view, flagged);
            if (flagged.empty() && !dropChosenCrossLinked())
                return;
            std::vector<PlannedEntry> next;
            for (uint64_t j = 0; j < entries_.size(); ++j) {
                const auto f = flagged.find(j);
                if (f == flagged.end()) {
                    next.push_back(std::move(entries_[j]));
                    continue;
                }
                if (f->second == "PATH_PARENT_MISSING" && options_.createParents &&
                    addParents(ns, j, next))
                    next.push_back(std::move(entries_[j]));
                else
                    drop(entries_[j], f->second);
            }
            entries_ = std::move(next);
        }
    }

    // An entry that first claimed units another kept file claims too stays unless the user
    // drops it: leaving it out would hand its units to the other file, which is resolving the
    // cross-link without asking.
    void keepFirstClaimers(const fs::LoadedFs& view, std::map<uint64_t, std::string>& flagged) {
        if (flagged.empty())
            return;
        const fs::AllocationMap m = fs::buildAllocationMap(view);
        for (const fs::AllocationCollision& c : m.collisionList) {
            if (!fs::isEntryOwner(c.ownerA) || !flagged.count(c.ownerA) || flagged.count(c.ownerB))
                continue;
            const auto from = entries_[c.ownerA].fromSlot;
            if (from && options_.dropEntries.count(*from))
                continue;
            flagged.erase(c.ownerA);
        }
    }

    // Drops cross-linked entries the user chose; true when it dropped one.
    bool dropChosenCrossLinked() {
        if (options_.dropEntries.empty())
            return false;
        std::vector<PlannedEntry> next;
        bool dropped = false;
        for (PlannedEntry& p : entries_) {
            if (p.fromSlot && options_.dropEntries.count(*p.fromSlot) && p.entry.file()) {
                drop(p, "ALLOC_COLLISION");
                dropped = true;
            } else {
                next.push_back(std::move(p));
            }
        }
        entries_ = std::move(next);
        return dropped;
    }

    void drop(const PlannedEntry& p, const std::string& code) {
        RepairAction a{ActionKind::DropEntry,
                       code.empty() ? "ENTRY_SKIPPED" : code,
                       {},
                       false,
                       p.entry.path(),
                       0,
                       0,
                       {}};
        if (p.fromSlot)
            a.entryIndexes.push_back(*p.fromSlot);
        a.text = (p.fromSlot ? slotText(*p.fromSlot) : std::string("a created entry")) + " " +
                 famfs::entryTypeName(p.entry.type) + " left out of the rebuilt log: " +
                 (code.empty() ? "famfs does not instantiate it" : code);
        if (code == "ALLOC_COLLISION")
            a.text = (p.fromSlot ? slotText(*p.fromSlot) : std::string("entry")) +
                     " left out: its units are also claimed by another file (chosen)";
        plan_.actions.push_back(std::move(a));
    }

    // MKDIR entries for the missing parents of entries_[j], appended to `next` before it.
    bool addParents(const fs::Namespace& ns, uint64_t j, std::vector<PlannedEntry>& next) {
        const PlannedEntry& p = entries_[j];
        if (!p.fromSlot || parentsGiven_.count(*p.fromSlot))
            return false;
        const auto parts = cleanComponents(p.entry.path());
        if (!parts || parts->size() < 2)
            return false;
        uint32_t uid = 0, gid = 0;
        if (const auto* f = p.entry.file()) {
            uid = f->uid;
            gid = f->gid;
        } else if (const auto* d = p.entry.mkdir()) {
            uid = d->uid;
            gid = d->gid;
        }
        std::string prefix;
        std::vector<std::string> missing;
        bool createdThisRound = false;
        for (size_t k = 0; k + 1 < parts->size(); ++k) {
            prefix += (k ? "/" : "") + (*parts)[k];
            const fs::FsFile* file = ns.findFile(prefix);
            if (file && file->entryIndex < j)
                return false; // a file is in the way: no single right answer
            const fs::FsDir* dir = ns.findDir(prefix);
            const bool created = std::any_of(next.begin(), next.end(), [&](const PlannedEntry& q) {
                return !q.fromSlot && q.entry.mkdir() && q.entry.path() == prefix;
            });
            createdThisRound |= created;
            if (!(dir && dir->entryIndex < j) && !created)
                missing.push_back(prefix);
        }
        if (missing.empty())
            return createdThisRound; // another entry of this round logged the parents

        parentsGiven_.insert(*p.fromSlot);
        for (const std::string& m : missing) {
            famfs::MkdirMeta d;
            d.uid = uid;
            d.gid = gid;
            d.mode = 0755;
            famfs::setPathText(d.relpath, m);
            next.push_back({std::nullopt, LogEntry::makeMkdir(d)});
            RepairAction a{
                ActionKind::CreateParent, "PATH_PARENT_MISSING", {*p.fromSlot}, false, m, 0, 0, {}};
            a.text = "directory \"" + m + "\" logged (mode 0755) so that " + slotText(*p.fromSlot) +
                     " \"" + p.entry.path() + "\" has its parent";
            plan_.actions.push_back(std::move(a));
        }
        return true;
    }

    void finish() {
        renumber(entries_);
        plan_.header = headerFor(fs_.log, entries_.size());
        plan_.entries = std::move(entries_);
        const uint64_t n = plan_.entries.size();
        if (fs_.log.crc != fs_.log.computeCrc())
            plan_.actions.push_back({ActionKind::FixHeaderCrc,
                                     "LOG_CRC",
                                     {},
                                     false,
                                     {},
                                     0,
                                     0,
                                     "log header CRC recomputed (magic, length and last_index "
                                     "agree with the superblock)"});
        if (fs_.log.nextIndex != n || fs_.log.nextSeqnum != n) {
            std::string code = "ENTRY_CRC";
            if (fs_.log.nextIndex > fs_.log.lastIndex + 1)
                code = "LOG_NEXT_INDEX";
            else if (fs_.log.nextSeqnum != fs_.log.nextIndex && fs_.log.nextIndex == n)
                code = "LOG_NEXT_SEQNUM";
            else if (firstBad_ < fs_.entries.size())
                code = fs_.entries[firstBad_].crcValid() ? "ENTRY_SEQNUM" : "ENTRY_CRC";
            else
                code = "LOG_NEXT_INDEX";
            plan_.actions.push_back({ActionKind::FixCounters,
                                     code,
                                     {},
                                     false,
                                     {},
                                     0,
                                     0,
                                     "next_index " + std::to_string(fs_.log.nextIndex) + " -> " +
                                         std::to_string(n) + ", next_seqnum " +
                                         std::to_string(fs_.log.nextSeqnum) + " -> " +
                                         std::to_string(n)});
        }
        const auto oldHeader = fs_.log.encode();
        plan_.headerChanges = plan_.header.encode() != oldHeader;
        uint64_t same = 0;
        while (same < n && same < fs_.entries.size() &&
               plan_.entries[same].entry.encode() == fs_.entries[same].encode())
            ++same;
        plan_.firstChangedSlot = same;

        const fs::LoadedFs after = repairedView(fs_, plan_);
        countUnits(after);
        listRecovered(after);
        listWhatStays(after);
    }

    void countUnits(const fs::LoadedFs& after) {
        const fs::AllocationMap before = fs::buildAllocationMap(fs_);
        const fs::AllocationMap now = fs::buildAllocationMap(after);
        plan_.unitsFreed =
            before.allocatedAus > now.allocatedAus ? before.allocatedAus - now.allocatedAus : 0;
        const auto owned = runsByOwner(before);
        auto freedBy = [&](uint64_t slot) {
            uint64_t n = 0;
            if (const auto it = owned.find(slot); it != owned.end())
                for (const fs::OwnerRun& r : it->second)
                    n += freeUnitsIn(now, r.firstAu, r.auCount);
            return n;
        };
        for (RepairAction& a : plan_.actions) {
            if (a.kind == ActionKind::DropEntry && !a.slotRange && !a.entryIndexes.empty())
                a.unitsFreed = freedBy(a.entryIndexes.front());
            if (a.kind == ActionKind::EndLog)
                for (uint64_t s : endedSlots_)
                    a.unitsFreed += freedBy(s);
        }
        // Cross-linked files that stay: reported with both owners, never resolved here.
        std::set<std::pair<uint64_t, uint64_t>> pairs;
        for (const fs::AllocationCollision& c : now.collisionList) {
            if (!fs::isEntryOwner(c.ownerA) || !fs::isEntryOwner(c.ownerB))
                continue;
            if (!pairs.insert({c.ownerA, c.ownerB}).second)
                continue;
            const PlannedEntry& a = plan_.entries[c.ownerA];
            const PlannedEntry& b = plan_.entries[c.ownerB];
            RepairAction act{ActionKind::KeepCrossLinked,
                             "ALLOC_COLLISION",
                             {},
                             false,
                             b.entry.path(),
                             0,
                             c.auCount,
                             {}};
            for (const PlannedEntry* p : {&a, &b})
                if (p->fromSlot)
                    act.entryIndexes.push_back(*p->fromSlot);
            act.text = "\"" + a.entry.path() + "\" (" + slotOf(a) + ") and \"" + b.entry.path() +
                       "\" (" + slotOf(b) +
                       ") claim the same units: both kept; name one to drop if it is wrong";
            plan_.actions.push_back(std::move(act));
        }
    }

    static std::string slotOf(const PlannedEntry& p) {
        return p.fromSlot ? slotText(*p.fromSlot) : std::string("created");
    }

    void listRecovered(const fs::LoadedFs& after) {
        const fs::Namespace was = fs::replay(fs_, fs::ReplayMode::Mount);
        const fs::Namespace now = fs::replay(after, fs::ReplayMode::Mount);
        const fs::AllocationMap map = fs::buildAllocationMap(after);
        const auto owned = runsByOwner(map);
        for (const fs::FsFile& f : now.files) {
            if (was.findFile(f.path))
                continue;
            plan_.recoveredFiles.push_back(f.path);
            const PlannedEntry& p = plan_.entries[f.entryIndex];
            RepairAction a{ActionKind::RecoverEntry,
                           p.fromSlot && fs_.entries[*p.fromSlot].seqnum != *p.fromSlot
                               ? "ENTRY_SEQNUM"
                               : "ENTRY_CRC",
                           {},
                           false,
                           f.path,
                           0,
                           0,
                           {}};
            if (p.fromSlot)
                a.entryIndexes.push_back(*p.fromSlot);
            if (const auto it = owned.find(f.entryIndex); it != owned.end())
                for (const fs::OwnerRun& r : it->second)
                    a.unitsKept += r.auCount;
            a.text = "file \"" + f.path + "\" (" + slotOf(p) + ", now entry " +
                     std::to_string(f.entryIndex) + ") becomes visible again";
            plan_.actions.push_back(std::move(a));
        }
    }

    // Errors and warnings the repaired file system still has: no single right answer.
    void listWhatStays(const fs::LoadedFs& after) {
        const fsck::FsckReport r = fsck::runFsck(after, options_.fsckOptions);
        for (const fsck::Finding& f : r.findings) {
            if (f.severity == fsck::Severity::Info || f.code == "ALLOC_COLLISION")
                continue;
            RepairAction a{ActionKind::NotRepaired,
                           f.code,
                           {},
                           false,
                           f.location.path,
                           0,
                           0,
                           f.where() + ": " + f.message + " (left as it is)"};
            if (f.location.entry) {
                const uint64_t j = *f.location.entry;
                if (j < plan_.entries.size() && plan_.entries[j].fromSlot)
                    a.entryIndexes.push_back(*plan_.entries[j].fromSlot);
            }
            plan_.actions.push_back(std::move(a));
        }
    }

    const fs::LoadedFs& fs_;
    const fsck::FsckReport& report_;
    const RepairOptions& options_;
    RepairPlan plan_;
    std::vector<PlannedEntry> entries_;
    uint64_t firstBad_ = 0;
    std::vector<uint64_t> endedSlots_;
    std::set<uint64_t> parentsGiven_;
};

} // namespace

RepairPlan planRepair(const fs::LoadedFs& fs, const fsck::FsckReport& report,
                      const RepairOptions& options) {
    return Planner(fs, report, options).run();
}

fs::LoadedFs repairedView(const fs::LoadedFs& fs, const RepairPlan& plan) {
    fs::LoadedFs v = viewOf(fs, plan.entries, plan.header);
    if (plan.superblock)
        v.sb = *plan.superblock;
    return v;
}

bool samePlan(const RepairPlan& a, const RepairPlan& b) {
    if (a.entries.size() != b.entries.size() || a.header.encode() != b.header.encode() ||
        a.actions.size() != b.actions.size())
        return false;
    for (size_t i = 0; i < a.entries.size(); ++i)
        if (a.entries[i].entry.encode() != b.entries[i].entry.encode())
            return false;
    return true;
}

std::string entriesText(const RepairAction& a) {
    if (a.entryIndexes.empty())
        return "-";
    if (a.slotRange)
        return a.entryIndexes.front() == a.entryIndexes.back()
                   ? std::to_string(a.entryIndexes.front())
                   : std::to_string(a.entryIndexes.front()) + ".." +
                         std::to_string(a.entryIndexes.back());
    std::string text;
    for (uint64_t s : a.entryIndexes)
        text += (text.empty() ? "" : ",") + std::to_string(s);
    return text;
}

} // namespace famscope::repair
