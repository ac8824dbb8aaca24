#include "core/fsck/FsckRun.h"

#include "core/fsck/AllocationChecks.h"
#include "core/fsck/CapacityChecks.h"
#include "core/fsck/FaultPageChecks.h"
#include "core/fsck/LogHeaderChecks.h"
#include "core/fsck/SuperblockChecks.h"
#include "core/repair/PendingRepair.h"
#include "core/report/PendingRepairOutput.h"

namespace famscope::fsck {

using namespace famfs;

namespace {

bool famfsAcceptsSuperblock(const Superblock& sb) {
    return sb.magicValid() && sb.versionKnown() && sb.crcValid() &&
           (sb.allocUnit == 4096 || sb.allocUnit == kAllocUnit);
}

// Errors first, then warnings, then info; log order within each. Moves each finding once
// (a log full of bad entries can have a finding per slot).
void sortBySeverity(std::vector<Finding>& findings) {
    std::vector<Finding> sorted;
    sorted.reserve(findings.size());
    for (const Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        for (Finding& f : findings)
            if (f.severity == s)
                sorted.push_back(std::move(f));
    findings = std::move(sorted);
}

// Whatever else fsck finds may be a repair's intermediate state, so this comes first.
void checkPendingRepair(const fs::LoadedFs& lfs, const std::string& intentFile, FindingSink& sink) {
    if (intentFile.empty())
        return;
    const auto pending = repair::findPendingRepair(intentFile);
    if (!pending)
        return;
    Location where;
    where.area = Location::Area::Device;
    report(sink, pending->damaged() ? codes::RepairIntentUnreadable : codes::RepairPending, where,
           report::pendingRepairText(lfs.path, *pending));
}

} // namespace

FsckRun::FsckRun(const fs::LoadedFs& lfs, const fs::EntrySource& entries,
                 const FsckOptions& options, const std::string& repairIntentFile)
    : ctx_{lfs, entries, fs::allocUnitOf(lfs.sb), true, options.systemUuidFile},
      alloc_(lfs.sb, entries.count(), fs::AllocationMapBuilder::Owners::Dropped), names_(entries),
      entryChecks_(ctx_, names_, sink_),
      observer_([this](const fs::EntryDecision& d) { names_.decide(d); }) {
    report_.role = hostRole(lfs.sb, options.systemUuidFile);
    report_.famfsSuperblockValid = famfsAcceptsSuperblock(lfs.sb);
    // Without a superblock or with a layout famscope cannot read, the log's meaning is unknown:
    // report the superblock and stop unless forced (the entries are then read as current).
    ctx_.checkLog = options.force || (lfs.sb.magicValid() && lfs.layout.supported);
    report_.logChecked = ctx_.checkLog && lfs.logHeaderRead && lfs.log.magicValid();

    checkPendingRepair(lfs, repairIntentFile, sink_);
    SuperblockChecks::run(ctx_, sink_);
    if (ctx_.checkLog)
        LogHeaderChecks::run(ctx_, sink_);
}

void FsckRun::entry(uint64_t index, const LogEntry& e) {
    const FileMeta* f = e.file();
    if (!f) {
        alloc_.add(index, e);
        if (ctx_.checkLog)
            entryChecks_.check(index, e, nullptr);
        return;
    }
    // Copied out of the entry once, for the map and the checks, which both read every piece.
    const fs::EntryPieces pieces(*f);
    alloc_.add(index, e, pieces);
    if (ctx_.checkLog)
        entryChecks_.check(index, e, &pieces);
}

FsckReport FsckRun::finish() {
    const fs::AllocationMap alloc = allocationMap();
    FsckReport& r = report_;
    r.figures = famfsFigures(ctx_.fs, alloc);
    r.freeSpace = CapacityChecks::freeSpace(alloc);
    r.allocUnit = alloc.allocUnit;
    if (ctx_.checkLog) {
        entryChecks_.finish();
        AllocationChecks::run(ctx_, alloc, sink_);
        CapacityChecks::run(ctx_, alloc, r.figures, r.freeSpace, sink_);
        FaultPageChecks::run(ctx_, alloc, sink_);
    }
    r.counts = sink_.counts();
    r.omitted = sink_.omitted();
    r.findings = sink_.take();
    sortBySeverity(r.findings);
    return std::move(r);
}

// The pass kept no owners (only free space and collisions matter here, and a sound log has no
// collisions): when claims overlap, the entries are read once more for a map that names them.
fs::AllocationMap FsckRun::allocationMap() {
    fs::AllocationMap alloc = alloc_.finish();
    if (!alloc_.ownersNeeded())
        return alloc;
    return fs::buildAllocationMap(ctx_.fs.sb, ctx_.entries);
}

} // namespace famscope::fsck
