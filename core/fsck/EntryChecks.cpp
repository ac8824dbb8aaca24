#include "fsck/EntryChecks.h"

#include "fsck/EntryIntegrity.h"
#include "fsck/FileMapChecks.h"
#include "fsck/NamespaceChecks.h"
#include "fsck/PathChecks.h"

#include <algorithm>
#include <vector>

namespace famscope::fsck {

using namespace famfs;

namespace {

constexpr uint64_t kTypeAt = 8; // famfs-format.md 1.5

bool validEntry(const LogEntry& e, uint64_t index) {
    return e.seqnum == index && e.crcValid();
}

} // namespace

void EntryChecks::run(const CheckContext& ctx, FindingSink& sink) {
    const auto& entries = ctx.fs.entries;
    const uint64_t n = entries.size();
    // First pass: which entries take part in the namespace, with which path.
    std::vector<std::string> paths(n);
    std::vector<char> usable(n, 0);
    std::vector<char> isDir(n, 0);
    for (uint64_t i = 0; i < n; ++i) {
        const LogEntry& e = entries[i];
        if (!validEntry(e, i))
            continue;
        const PathField* field = nullptr;
        if (const FileMeta* f = e.file()) {
            field = &f->relpath;
        } else if (const MkdirMeta* d = e.mkdir()) {
            field = &d->relpath;
            isDir[i] = 1;
        }
        if (!field || !pathTerminated(*field))
            continue;
        paths[i] = pathText(*field);
        usable[i] = !paths[i].empty() && paths[i].front() != '/';
    }

    NamespaceChecks names(paths, usable, isDir);
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
            PathChecks::run(i, f->relpath, "fm_relpath", 40, sink);
            FileMapChecks::run(ctx, i, paths[i], *f, devicesAdded, sink);
            if (usable[i])
                names.add(i, !FileMapChecks::famfsSkipsForZeroOffset(*f), sink);
        } else if (const MkdirMeta* d = e.mkdir()) {
            PathChecks::run(i, d->relpath, "md_relpath", 28, sink);
            if (usable[i])
                names.add(i, true, sink);
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
