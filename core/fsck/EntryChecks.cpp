#include "core/fsck/EntryChecks.h"

#include "core/fsck/EntryIntegrity.h"
#include "core/fsck/FileMapChecks.h"
#include "core/fsck/NamespaceChecks.h"
#include "core/fsck/PathChecks.h"

#include <algorithm>
#include <string_view>

namespace famscope::fsck {

using namespace famfs;

namespace {

constexpr uint64_t kTypeAt = 8; // famfs-format.md 1.5

} // namespace

void EntryChecks::run(const CheckContext& ctx, FindingSink& sink) {
    const auto& entries = ctx.fs.entries;
    const uint64_t n = entries.size();
    NamespaceChecks names(ctx.fs);
    DamagedEntryRuns damaged(sink);
    uint64_t devicesAdded = 0;
    for (uint64_t i = 0; i < n; ++i) {
        const LogEntry& e = entries[i];
        // Damaged entries are skipped, as famfs skips them.
        if (const EntryDefect d = classifyEntry(e, i, i + 1 == ctx.fs.log.nextIndex);
            d != EntryDefect::None) {
            damaged.add(e, i, d);
            continue;
        }
        damaged.flush();
        if (const FileMeta* f = e.file()) {
            const PathVerdict p =
                PathChecks::run(i, f->relpath, "fm_relpath", 40, sink, names.plainPathLength(i));
            FileMapChecks::run(ctx, i, p.path, *f, devicesAdded, sink);
            names.report(i, sink);
        } else if (const MkdirMeta* d = e.mkdir()) {
            PathChecks::run(i, d->relpath, "md_relpath", 28, sink, names.plainPathLength(i));
            names.report(i, sink);
        } else if (const AddDaxdevMeta* a = e.addDaxdev()) {
            report(sink, codes::EntryAddDaxdev, entryLocation(i, {}, "dd_index", 40),
                   "ADD_DAXDEV of a " + std::to_string(a->ddSize) + "-byte device, index " +
                       std::to_string(a->ddIndex) + ", uuid " + a->ddUuid.toString() +
                       "; famfs fsck and replay ignore it");
            devicesAdded = std::max<uint64_t>(devicesAdded, a->ddIndex);
        } else if (e.type == static_cast<uint32_t>(EntryType::Delete)) {
            report(sink, codes::EntryDelete, entryLocation(i, {}, "type", kTypeAt),
                   "DELETE entry: famfs never writes one and ignores it");
        } else {
            report(sink, codes::EntryTypeUnknown, entryLocation(i, {}, "type", kTypeAt),
                   "unknown entry type " + std::to_string(e.type) + "; famfs ignores it");
        }
    }
    damaged.flush();
}

} // namespace famscope::fsck
