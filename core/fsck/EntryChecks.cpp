#include "fsck/EntryChecks.h"

#include "format/Hex.h"
#include "fsck/FileMapChecks.h"
#include "fsck/NamespaceChecks.h"
#include "fsck/PathChecks.h"

#include <algorithm>
#include <vector>

namespace famscope::fsck {

using famfs::hexString;
using namespace famfs;

namespace {

// Entry offsets of the common fields (famfs-format.md 1.5).
constexpr uint64_t kSeqnumAt = 0;
constexpr uint64_t kTypeAt = 8;
constexpr uint64_t kCrcAt = 536;

bool validEntry(const LogEntry& e, uint64_t index) {
    return e.seqnum == index && e.crcValid();
}

// Returns false when the entry is skipped as famfs skips it (bad seqnum or CRC).
bool checkIntegrity(const LogEntry& e, uint64_t i, FindingSink& sink) {
    bool ok = true;
    if (!e.crcValid()) {
        report(sink, codes::EntryCrc, entryLocation(i, e.path(), "crc", kCrcAt),
               "entry CRC is " + hexString(e.crc) + ", computed " + hexString(e.computedCrc) +
                   "; famfs fsck skips the entry (its space counts as free) and mount stops "
                   "here");
        ok = false;
    }
    if (e.seqnum != i) {
        report(sink, codes::EntrySeqnum, entryLocation(i, e.path(), "seqnum", kSeqnumAt),
               "seqnum is " + std::to_string(e.seqnum) + " in slot " + std::to_string(i) +
                   "; famfs fsck skips the entry and mount stops here");
        ok = false;
    }
    return ok;
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
    uint64_t devicesAdded = 0;
    for (uint64_t i = 0; i < n; ++i) {
        const LogEntry& e = entries[i];
        if (!checkIntegrity(e, i, sink))
            continue;
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
}

} // namespace famscope::fsck
