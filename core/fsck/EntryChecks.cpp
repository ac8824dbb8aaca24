#include "core/fsck/EntryChecks.h"

#include "core/fsck/FileMapChecks.h"
#include "core/fsck/PathChecks.h"

#include <algorithm>
#include <string_view>

namespace famscope::fsck {

using namespace famfs;

namespace {

constexpr uint64_t kTypeAt = 8; // famfs-format.md 1.5

} // namespace

void EntryChecks::check(uint64_t i, const LogEntry& e, const fs::EntryPieces* filePieces) {
    // Damaged entries are skipped, as famfs skips them.
    if (const EntryDefect d = classifyEntry(e, i, i + 1 == ctx_.fs.log.nextIndex);
        d != EntryDefect::None) {
        damaged_.add(e, i, d);
        return;
    }
    damaged_.flush();
    if (const FileMeta* f = e.file()) {
        const PathVerdict p =
            PathChecks::run(i, f->relpath, "fm_relpath", 40, sink_, names_.plainPathLength(i));
        FileMapChecks::run(ctx_, i, p.path, *f, *filePieces, devicesAdded_, sink_);
        names_.report(i, sink_);
    } else if (const MkdirMeta* d = e.mkdir()) {
        PathChecks::run(i, d->relpath, "md_relpath", 28, sink_, names_.plainPathLength(i));
        names_.report(i, sink_);
    } else if (const AddDaxdevMeta* a = e.addDaxdev()) {
        report(sink_, codes::EntryAddDaxdev, entryLocation(i, {}, "dd_index", 40),
               "ADD_DAXDEV of a " + std::to_string(a->ddSize) + "-byte device, index " +
                   std::to_string(a->ddIndex) + ", uuid " + a->ddUuid.toString() +
                   "; famfs fsck and replay ignore it");
        devicesAdded_ = std::max<uint64_t>(devicesAdded_, a->ddIndex);
    } else if (e.type == static_cast<uint32_t>(EntryType::Delete)) {
        report(sink_, codes::EntryDelete, entryLocation(i, {}, "type", kTypeAt),
               "DELETE entry: famfs never writes one and ignores it");
    } else {
        report(sink_, codes::EntryTypeUnknown, entryLocation(i, {}, "type", kTypeAt),
               "unknown entry type " + std::to_string(e.type) + "; famfs ignores it");
    }
}

void EntryChecks::finish() {
    damaged_.flush();
}

} // namespace famscope::fsck
