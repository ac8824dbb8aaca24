#include "core/fsck/Fsck.h"
#include "core/edit/HostIdentity.h"

#include "core/fsck/AllocationChecks.h"
#include "core/fsck/CapacityChecks.h"
#include "core/fsck/EntryChecks.h"
#include "core/fsck/FaultPageChecks.h"
#include "core/fsck/LogHeaderChecks.h"
#include "core/fsck/SuperblockChecks.h"
#include "core/repair/PendingRepair.h"
#include "core/report/PendingRepairOutput.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

namespace famscope::fsck {

using namespace famfs;

FamfsFigures famfsFigures(const fs::LoadedFs& lfs, const fs::AllocationMap& a) {
    FamfsFigures f;
    f.entriesInUse = lfs.log.nextIndex;
    f.logSlots = lfs.logCapacity();
    f.logLen = lfs.sb.logLen;
    f.collisions = a.collisions;
    f.deviceCapacity = lfs.sb.ddSize;
    f.bitmapCapacity = a.bitmapCapacity();
    f.sumOfFileSizes = a.sumOfFileSizes;
    f.allocatedBytes = a.allocatedBytes();
    f.freeBytes = a.freeBytes();
    f.badEntries = a.badEntries;
    f.files = a.filesLogged;
    f.directories = a.dirsLogged;
    return f;
}

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

Role hostRole(const Superblock& sb, const std::string& systemUuidFile) {
    if (!sb.magicValid() || !sb.crcValid())
        return Role::InvalidSuperblock;
    // Bounded and non-blocking: a FIFO or /dev/zero given as the file makes this host a
    // client instead of hanging fsck.
    const auto local = edit::readSystemUuid(systemUuidFile);
    return local && *local == sb.systemUuid ? Role::Owner : Role::Client;
}

FsckReport runFsck(const fs::LoadedFs& lfs, const FsckOptions& options,
                   const std::string& repairIntentFile) {
    const fs::AllocationMap alloc = fs::buildAllocationMap(lfs);
    FsckReport r;
    r.figures = famfsFigures(lfs, alloc);
    r.freeSpace = CapacityChecks::freeSpace(alloc);
    r.allocUnit = alloc.allocUnit;
    r.role = hostRole(lfs.sb, options.systemUuidFile);
    r.famfsSuperblockValid = famfsAcceptsSuperblock(lfs.sb);

    CheckContext ctx{lfs, alloc, true, options.systemUuidFile};
    // Without a superblock or with a layout famscope cannot read, the log's meaning is unknown:
    // report the superblock and stop unless forced (the entries are then read as current).
    ctx.checkLog = options.force || (lfs.sb.magicValid() && lfs.layout.supported);
    r.logChecked = ctx.checkLog && lfs.logHeaderRead && lfs.log.magicValid();

    FindingSink sink;
    checkPendingRepair(lfs, repairIntentFile, sink);
    SuperblockChecks::run(ctx, sink);
    if (ctx.checkLog) {
        LogHeaderChecks::run(ctx, sink);
        EntryChecks::run(ctx, sink);
        AllocationChecks::run(ctx, sink);
        CapacityChecks::run(ctx, r.figures, r.freeSpace, sink);
        FaultPageChecks::run(ctx, sink);
    }
    r.counts = sink.counts();
    r.omitted = sink.omitted();
    r.findings = sink.take();
    sortBySeverity(r.findings);
    return r;
}

int exitStatus(const FsckReport& report) {
    if (report.counts.errors > 0)
        return FsckErrors;
    if (report.counts.warnings > 0)
        return FsckWarnings;
    return FsckClean;
}

int famfsExitStatus(const FsckReport& report) {
    if (!report.famfsSuperblockValid)
        return 1;
    return static_cast<int>(std::min<uint64_t>(report.figures.collisions, 127));
}

} // namespace famscope::fsck
