// Log replay (mount and fsck semantics) and the allocation map on hand-built logs: first writer
// wins, missing parents, bad paths, zero offsets, bad entries (stop vs skip), refused file
// systems, collisions, extents beyond the device, and a 64 TiB device with many files (fast,
// and nothing stored per allocation unit). A random test checks the allocation map against a
// naive per-unit bitmap on small devices, for layouts in unit order and scattered ones.
#include "core/format/LogEntry.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/UnitBits.h"
#include "core/media/MemoryMedia.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <limits>
#include <map>
#include <tuple>
#include <vector>

using namespace famscope;
using namespace famscope::famfs;
using namespace famscope::fs;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kGiB = uint64_t{1} << 30;
constexpr uint64_t kAu = kAllocUnit;

// Builds a LoadedFs as loadFileSystem() would return it, entry by entry, with valid CRCs and
// seqnums unless a test breaks them on purpose.
class LogBuilder {
public:
    explicit LogBuilder(uint64_t ddSize = 8 * kGiB, uint64_t logLen = 8 * kMiB) {
        fs_.sb = Superblock::fresh(ddSize, logLen);
        const Superblock& sb = fs_.sb;
        fs_.log = LogHeader::fresh(logLen);
        fs_.logHeaderRead = true;
        fs_.layout = detectLayout(sb, &fs_.log);
        fs_.mediaSize = ddSize;
    }

    LogEntry& add(LogEntry e) {
        e.seqnum = fs_.entries.size();
        e.seal();
        fs_.entries.push_back(std::move(e));
        fs_.log.nextIndex = fs_.log.nextSeqnum = fs_.entries.size();
        fs_.entriesClaimed = fs_.entries.size();
        return fs_.entries.back();
    }

    LogEntry& file(const std::string& path, uint64_t size, std::vector<SimpleExtent> extents,
                   uint32_t mode = 0644) {
        FileMeta m = meta(path, size, mode);
        m.count = static_cast<uint32_t>(extents.size());
        for (size_t i = 0; i < extents.size() && i < kMaxExtents; ++i)
            m.setExtent(i, extents[i]);
        return add(LogEntry::makeFile(m));
    }

    // One file of `aus` allocation units at unit `firstAu`.
    LogEntry& fileAt(const std::string& path, uint64_t firstAu, uint64_t aus) {
        return file(path, aus * kAu, {{0, firstAu * kAu, aus * kAu}});
    }

    LogEntry& interleaved(const std::string& path, uint64_t size, uint64_t chunk,
                          std::vector<SimpleExtent> strips) {
        FileMeta m = meta(path, size, 0644);
        m.extType = kExtInterleave;
        m.count = 1;
        m.setInterleave(strips.size(), chunk);
        for (size_t j = 0; j < strips.size() && j < kMaxExtents; ++j)
            m.setStrip(j, strips[j]);
        return add(LogEntry::makeFile(m));
    }

    LogEntry& mkdir(const std::string& path, uint32_t mode = 0755, uint32_t uid = 0,
                    uint32_t gid = 0) {
        MkdirMeta d;
        setPathText(d.relpath, path);
        d.mode = mode;
        d.uid = uid;
        d.gid = gid;
        return add(LogEntry::makeMkdir(d));
    }

    LogEntry& typed(uint32_t type) {
        LogEntry e;
        e.type = type;
        if (type == static_cast<uint32_t>(EntryType::AddDaxdev))
            e.body = AddDaxdevMeta{};
        else
            e.body = RawBody{};
        return add(e);
    }

    LoadedFs& fs() { return fs_; }

private:
    static FileMeta meta(const std::string& path, uint64_t size, uint32_t mode) {
        FileMeta m;
        setPathText(m.relpath, path);
        m.size = size;
        m.flags = kFlagAllHostsRw;
        m.mode = mode;
        m.uid = 1000;
        m.gid = 100;
        return m;
    }

    LoadedFs fs_;
};

QStringList messages(const Namespace& ns) {
    QStringList out;
    for (const auto& e : ns.events)
        out << QString::fromStdString(e.message);
    return out;
}

QStringList paths(const Namespace& ns) {
    QStringList out;
    for (const auto& f : ns.files)
        out << QStringLiteral("f:") + QString::fromStdString(f.path);
    for (const auto& d : ns.dirs)
        out << QStringLiteral("d:") + QString::fromStdString(d.path);
    return out;
}

bool anyEventContains(const Namespace& ns, uint64_t entry, const std::string& text) {
    for (const auto& e : ns.events)
        if (e.entryIndex == entry && e.message.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

class TestReplay : public QObject {
    Q_OBJECT

private slots:
    void basicTree();
    void duplicatesFirstWins();
    void missingParent();
    void absoluteAndEmptyPaths();
    void dotDotAndNormalisation();
    void zeroOffsets();
    void badEntryStopsMountSkipsFsck();
    void refusedButComputed();
    void ignoredTypes();
    void clampedCounts();
    void memoryMediaRoundTrip();
    void replayThroughput();

    void allocationBasics();
    void allocationCollisions();
    void allocationBeyondDeviceAndUnaligned();
    void allocationSaturates();
    void allocationTailWasteAndOff2MLayouts();
    void allocationAgainstNaiveBitmap();
    void allocation64TiB();
    void allocationWithoutOwnersOutOfOrder();
    void unitBitsAgainstNaiveBits();
};

void TestReplay::basicTree() {
    LogBuilder b;
    b.mkdir("a");
    b.mkdir("a/b", 0700, 5, 6);
    b.file("a/b/g", 10, {{0, 0xa00000, kAu}});
    b.file("z", 1, {{0, 0xc00000, kAu}});
    b.file("a/f", 3 * kMiB, {{0, 0xe00000, kAu}, {0, 0x1200000, kAu}});
    for (const auto mode : {ReplayMode::Mount, ReplayMode::Fsck}) {
        const Namespace ns = replay(b.fs(), mode);
        QVERIFY(!ns.refused);
        QVERIFY(!ns.stoppedAt);
        QVERIFY(ns.events.empty());
        QCOMPARE(paths(ns), (QStringList{QStringLiteral("f:a/b/g"), QStringLiteral("f:a/f"),
                                         QStringLiteral("f:z"), QStringLiteral("d:a"),
                                         QStringLiteral("d:a/b")}));
        QCOMPARE(ns.stats, (ReplayStats{5, 3, 2, 0, 0, 0, 0}));
        const FsFile* f = ns.findFile("a/f");
        QVERIFY(f);
        QCOMPARE(f->entryIndex, uint64_t{4});
        QCOMPARE(f->size, 3 * kMiB);
        QCOMPARE(f->mode, 0644u);
        QCOMPARE(f->uid, 1000u);
        QCOMPARE(f->gid, 100u);
        QCOMPARE(f->flags, kFlagAllHostsRw);
        QCOMPARE(f->map.extents.size(), size_t{2});
        QCOMPARE(f->map.extents[1].offset, uint64_t{0x1200000});
        const FsDir* d = ns.findDir("a/b");
        QVERIFY(d);
        QCOMPARE(d->mode, 0700u);
        QCOMPARE(d->uid, 5u);
        QCOMPARE(d->gid, 6u);
        QVERIFY(!ns.findDir("a/f"));
        QVERIFY(!ns.findFile("a"));
        QVERIFY(!ns.findFile("a/b/g/"));
        QVERIFY(!ns.findFile(""));
    }
}

void TestReplay::duplicatesFirstWins() {
    LogBuilder b;
    b.file("x", 100, {{0, 0xa00000, kAu}});
    b.file("x", 200, {{0, 0xc00000, kAu}}); // same path: ignored
    b.mkdir("d");
    b.mkdir("d");                              // exists as a directory
    b.mkdir("x");                              // exists as a file
    b.file("d", 1, {{0, 0xe00000, kAu}});      // exists as a directory
    b.file("d/../x", 1, {{0, 0xe00000, kAu}}); // the same file after normalisation
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    QCOMPARE(ns.stats, (ReplayStats{7, 1, 1, 3, 1, 0, 1}));
    QCOMPARE(ns.findFile("x")->size, uint64_t{100});
    QCOMPARE(ns.findFile("x")->entryIndex, uint64_t{0});
    QVERIFY(anyEventContains(ns, 1, "already exists (file of entry 0)"));
    QVERIFY(anyEventContains(ns, 3, "already exists (directory of entry 2)"));
    QVERIFY(anyEventContains(ns, 4, "is already a file (entry 0)"));
    QVERIFY(anyEventContains(ns, 5, "already exists (directory of entry 2)"));
    QVERIFY(anyEventContains(ns, 6, "already exists (file of entry 0)"));
}

// A missing parent: glibc realpath() stops at the first missing component and famfs creates a
// regular file there holding the entry's data; a MKDIR creates nothing; under a file, ENOTDIR.
void TestReplay::missingParent() {
    LogBuilder b;
    b.file("ghost/a.log", 3 * kMiB, {{0, 0xa00000, 2 * kAu}}, 0640);
    b.mkdir("p/q");
    b.mkdir("p");
    b.file("p/q/f", 1, {{0, 0xe00000, kAu}});
    b.file("p/f", 1, {{0, 0x1000000, kAu}});
    b.file("p/f/g", 1, {{0, 0x1200000, kAu}});   // under a file: ENOTDIR
    b.mkdir("ghost");                            // a file is where the directory should be
    b.file("ghost/b", 1, {{0, 0x1400000, kAu}}); // ENOTDIR under the file "ghost"
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    QCOMPARE(ns.stats, (ReplayStats{8, 3, 1, 0, 0, 2, 2}));
    QCOMPARE(paths(ns), (QStringList{QStringLiteral("f:ghost"), QStringLiteral("f:p/f"),
                                     QStringLiteral("f:p/q"), QStringLiteral("d:p")}));
    const FsFile* ghost = ns.findFile("ghost");
    QCOMPARE(ghost->entryIndex, uint64_t{0});
    QCOMPARE(ghost->size, 3 * kMiB); // a.log's size, mode, owner and map
    QCOMPARE(ghost->mode, uint32_t{0640});
    QCOMPARE(ghost->map.extents.size(), size_t{1});
    QCOMPARE(ghost->landing, Landing::Truncated);
    QCOMPARE(ns.findFile("p/q")->landing, Landing::Truncated);
    QCOMPARE(ns.findFile("p/f")->landing, Landing::AsLogged);
    QVERIFY(anyEventContains(ns, 0,
                             "famfs mount creates a regular file \"ghost\" holding this entry's "
                             "data"));
    QVERIFY(anyEventContains(ns, 1, "parent directory \"p\" does not exist"));
    QVERIFY(anyEventContains(ns, 5, "\"p/f\" is a file (entry 4), not a directory (ENOTDIR)"));
    QVERIFY(anyEventContains(ns, 6, "is already a file (entry 0)"));
    QVERIFY(anyEventContains(ns, 7, "\"ghost\" is a file (entry 0), not a directory"));
}

void TestReplay::absoluteAndEmptyPaths() {
    LogBuilder b;
    b.file("/etc/passwd", 1, {{0, 0xa00000, kAu}});
    b.file("", 1, {{0, 0xa00000, kAu}});
    b.mkdir("/abs");
    b.mkdir("");
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    QCOMPARE(ns.stats, (ReplayStats{4, 0, 0, 0, 0, 2, 2}));
    QVERIFY(ns.files.empty() && ns.dirs.empty());
    QCOMPARE(messages(ns).at(0),
             QStringLiteral("entry 0: FILE path \"/etc/passwd\" is not relative; skipped"));
    QCOMPARE(messages(ns).at(1), QStringLiteral("entry 1: FILE path is empty; skipped"));
}

void TestReplay::dotDotAndNormalisation() {
    LogBuilder b;
    b.mkdir("a");
    b.mkdir("a/b");
    b.file("a//b/./f", 1, {{0, 0xa00000, kAu}}); // -> a/b/f
    b.file("a/b/../g", 1, {{0, 0xc00000, kAu}}); // -> a/g
    b.file("../escape", 1, {{0, 0xe00000, kAu}});
    b.file("a/../../x", 1, {{0, 0xe00000, kAu}});
    b.file("nothere/../y", 1, {{0, 0xe00000, kAu}}); // realpath stops at "nothere": a file
    b.mkdir("a/b/c/");                               // trailing slash -> a/b/c
    b.mkdir("./a/./d");                              // -> a/d
    b.file("a/b/f/../h", 1, {{0, 0xe00000, kAu}});   // realpath stops at the file a/b/f
    b.mkdir("a/..");                                 // the mount point: exists
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    QCOMPARE(ns.stats, (ReplayStats{11, 3, 4, 1, 1, 2, 0}));
    QCOMPARE(paths(ns), (QStringList{QStringLiteral("f:a/b/f"), QStringLiteral("f:a/g"),
                                     QStringLiteral("f:nothere"), QStringLiteral("d:a"),
                                     QStringLiteral("d:a/b"), QStringLiteral("d:a/b/c"),
                                     QStringLiteral("d:a/d")}));
    QVERIFY(anyEventContains(ns, 2, "path \"a//b/./f\" resolved to \"a/b/f\""));
    QCOMPARE(ns.events[0].kind, ReplayEvent::Kind::Note);
    QCOMPARE(ns.findFile("a/b/f")->landing, Landing::Normalised);
    QCOMPARE(ns.findFile("nothere")->landing, Landing::Truncated);
    QCOMPARE(ns.findDir("a/d")->landing, Landing::Normalised);
    QCOMPARE(ns.findDir("a")->landing, Landing::AsLogged);
    QCOMPARE(ns.escapes,
             (std::vector<EscapedEntry>{{4, "../escape", false}, {5, "a/../../x", false}}));
    QVERIFY(anyEventContains(ns, 4, "\"../escape\" climbs above the mount point"));
    QVERIFY(anyEventContains(ns, 9, "FILE \"a/b/f\" already exists (file of entry 2)"));
    QVERIFY(anyEventContains(ns, 10, "already exists (the mount point)"));
}

void TestReplay::zeroOffsets() {
    LogBuilder b;
    b.file("ok", 1, {{0, 0xa00000, kAu}});
    b.file("zero1", 4 * kMiB, {{0, 0xc00000, kAu}, {0, 0, kAu}});
    // Interleaved: se[0].se_offset aliases ie_chunk_size, so a zero chunk size is caught...
    b.interleaved("chunk0", 4 * kMiB, 0, {{0, 0xe00000, kAu}, {0, 0x1000000, kAu}});
    // ...but a zero strip offset is not (famfs checks only j < niext = 1).
    b.interleaved("strip0", 4 * kMiB, 2 * kMiB, {{0, 0, kAu}, {0, 0x1000000, kAu}});
    // Zero offset with a missing parent: the offset check comes first, no error counted.
    b.file("nodir/zero", 1, {{0, 0, kAu}});
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    QCOMPARE(ns.stats, (ReplayStats{5, 2, 0, 0, 0, 0, 0}));
    QCOMPARE(paths(ns), (QStringList{QStringLiteral("f:ok"), QStringLiteral("f:strip0")}));
    QVERIFY(anyEventContains(ns, 1, "FILE \"zero1\" has extent 1 with offset 0; skipped"));
    QVERIFY(anyEventContains(ns, 2, "FILE \"chunk0\" has extent 0 with offset 0; skipped"));
    QVERIFY(anyEventContains(ns, 4, "has extent 0 with offset 0"));
    const FsFile* s = ns.findFile("strip0");
    QVERIFY(s->map.interleaved);
    QCOMPARE(s->map.chunkSize, 2 * kMiB);
    QCOMPARE(s->map.strips.size(), size_t{2});
}

void TestReplay::badEntryStopsMountSkipsFsck() {
    for (const bool badCrc : {true, false}) {
        LogBuilder b;
        b.mkdir("d");
        b.file("d/a", 1, {{0, 0xa00000, kAu}});
        b.file("d/b", 1, {{0, 0xc00000, kAu}});
        b.file("d/c", 1, {{0, 0xe00000, kAu}});
        b.file("d/e", 1, {{0, 0x1000000, kAu}});
        LogEntry& bad = b.fs().entries[3];
        if (badCrc) {
            bad.crc ^= 0xff; // stale CRC
        } else {
            bad.seqnum = 77; // bad seqnum, CRC recomputed
            bad.seal();
        }
        const std::string want = badCrc ? "entry 3: invalid (crc 0x" // stored != computed
                                        : "entry 3: invalid (seqnum 77 != 3)";

        const Namespace mount = replay(b.fs(), ReplayMode::Mount);
        QCOMPARE(mount.stoppedAt, std::optional<uint64_t>(3));
        QCOMPARE(mount.stats, (ReplayStats{3, 2, 1, 0, 0, 0, 0}));
        QCOMPARE(mount.events.size(), size_t{1});
        QVERIFY2(mount.events[0].message.rfind(want, 0) == 0, mount.events[0].message.c_str());
        QCOMPARE(mount.events[0].kind, ReplayEvent::Kind::Invalid);
        QVERIFY(!mount.findFile("d/e"));

        const Namespace fsck = replay(b.fs(), ReplayMode::Fsck);
        QVERIFY(!fsck.stoppedAt);
        QCOMPARE(fsck.stats, (ReplayStats{4, 3, 1, 0, 0, 0, 0}));
        QCOMPARE(fsck.events.size(), size_t{1});
        QCOMPARE(fsck.events[0].message, mount.events[0].message);
        QVERIFY(fsck.findFile("d/e"));
        QVERIFY(!fsck.findFile("d/c"));

        const AllocationMap a = buildAllocationMap(b.fs());
        QCOMPARE(a.badEntries, uint64_t{1});
        QCOMPARE(a.filesLogged, uint64_t{3});
        QCOMPARE(a.ownerAt(7), std::optional<uint64_t>(kOwnerFree)); // d/c's unit: free
    }
    // The exact text, CRC values included.
    LogBuilder b;
    b.file("f", 1, {{0, 0xa00000, kAu}});
    LogEntry& e = b.fs().entries[0];
    const uint64_t good = e.crc;
    e.crc = 0x6950b5e7;
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    char want[96];
    std::snprintf(want, sizeof want, "entry 0: invalid (crc 0x6950b5e7 != 0x%llx)",
                  static_cast<unsigned long long>(good));
    QCOMPARE(messages(ns), QStringList{QString::fromLatin1(want)});
}

void TestReplay::refusedButComputed() {
    {
        LogBuilder b;
        b.file("f", 1, {{0, 0xa00000, kAu}});
        b.fs().sb.magic = 0; // mkfs -k
        for (const auto mode : {ReplayMode::Mount, ReplayMode::Fsck}) {
            const Namespace ns = replay(b.fs(), mode);
            QVERIFY(ns.refused);
            QCOMPARE(ns.refusedReason, std::string("superblock magic 0x0 is not 0x87b282ff"));
            QVERIFY(ns.findFile("f")); // best effort
        }
    }
    {
        LogBuilder b;
        b.file("f", 1, {{0, 0xa00000, kAu}});
        b.fs().sb.crc ^= 1;
        const Namespace ns = replay(b.fs(), ReplayMode::Fsck);
        QVERIFY(ns.refused);
        QVERIFY(ns.refusedReason.rfind("superblock CRC mismatch (stored 0x", 0) == 0);
    }
    {
        LogBuilder b;
        b.fs().sb.version = 46;
        b.fs().sb.crc = b.fs().sb.computeCrc();
        QVERIFY(replay(b.fs(), ReplayMode::Mount).refused);
        b.fs().sb.version = kPreviousVersion;
        b.fs().sb.crc = b.fs().sb.computeCrc();
        QVERIFY(!replay(b.fs(), ReplayMode::Mount).refused);
    }
    {
        // A bad log header: mount refuses, the device fsck does not look at it.
        LogBuilder b;
        b.file("f", 1, {{0, 0xa00000, kAu}});
        b.fs().log.crc ^= 1;
        const Namespace mount = replay(b.fs(), ReplayMode::Mount);
        QVERIFY(mount.refused);
        QCOMPARE(mount.refusedReason, std::string("log header invalid (CRC mismatch)"));
        QVERIFY(mount.findFile("f"));
        QVERIFY(!replay(b.fs(), ReplayMode::Fsck).refused);
    }
}

void TestReplay::ignoredTypes() {
    LogBuilder b;
    b.typed(static_cast<uint32_t>(EntryType::AddDaxdev));
    b.typed(static_cast<uint32_t>(EntryType::Delete));
    b.typed(9);
    b.file("f", 1, {{0, 0xa00000, kAu}});
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    QCOMPARE(ns.stats, (ReplayStats{4, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(messages(ns), (QStringList{QStringLiteral("entry 1: type 2 (DELETE) ignored"),
                                        QStringLiteral("entry 2: type 9 (UNKNOWN) ignored")}));
    const AllocationMap a = buildAllocationMap(b.fs());
    QCOMPARE(a.addDaxdevLogged, uint64_t{1});
    QCOMPARE(a.otherLogged, uint64_t{2});
    QCOMPARE(a.filesLogged, uint64_t{1});
}

void TestReplay::clampedCounts() {
    LogBuilder b;
    std::vector<SimpleExtent> ext;
    for (uint64_t i = 0; i < kMaxExtents; ++i)
        ext.push_back({0, (10 + i) * kAu, kAu});
    LogEntry& e = b.file("many", 16 * kAu, ext);
    std::get<FileMeta>(e.body).count = 20; // hostile nextents
    e.seal();
    const Namespace ns = replay(b.fs(), ReplayMode::Mount);
    const FsFile* f = ns.findFile("many");
    QVERIFY(f);
    QVERIFY(f->map.clamped());
    QCOMPARE(f->map.declaredCount, uint64_t{20});
    QCOMPARE(f->map.extents.size(), kMaxExtents);
    QCOMPARE(messages(ns), QStringList{QStringLiteral(
                               "entry 0: FILE \"many\" declares 20 extents; only the first 16 "
                               "are read")});
    QCOMPARE(buildAllocationMap(b.fs()).allocatedAus, uint64_t{5 + 16});
}

// The same log written to media and loaded back replays identically.
void TestReplay::memoryMediaRoundTrip() {
    LogBuilder b(64 * kMiB);
    b.mkdir("dir");
    b.file("dir/f", 5000, {{0, 0xa00000, kAu}});
    b.file("dir/f", 5000, {{0, 0xc00000, kAu}});
    media::MemoryMedia mem("test", 64 * kMiB);
    const auto sb = b.fs().sb.encode();
    QVERIFY(mem.write(0, sb).ok());
    const auto header = b.fs().log.encode();
    QVERIFY(mem.write(kLogOffset, header).ok());
    for (size_t i = 0; i < b.fs().entries.size(); ++i)
        QVERIFY(
            mem.write(kLogOffset + kLogHeaderSize + i * kLogEntrySize, b.fs().entries[i].encode())
                .ok());
    auto loaded = loadFileSystem(mem);
    QVERIFY2(loaded.ok(), loaded.error().c_str());
    QCOMPARE(loaded->entries.size(), size_t{3});
    const Namespace ns = replay(*loaded, ReplayMode::Mount);
    QVERIFY(!ns.refused);
    QCOMPARE(ns.stats, (ReplayStats{3, 1, 1, 1, 0, 0, 0}));
    QCOMPARE(paths(ns), paths(replay(b.fs(), ReplayMode::Mount)));
    const AllocationMap a = buildAllocationMap(*loaded);
    QCOMPARE(a.nbits, uint64_t{32});
    QCOMPARE(a.allocatedAus, uint64_t{5 + 2});
}

// A full 64 MiB log (123,361 entries): 1000 directories and files spread over them.
void TestReplay::replayThroughput() {
    constexpr uint64_t kEntries = 123361;
    LogBuilder b(uint64_t{64} << 40, 64 * kMiB);
    QCOMPARE(b.fs().log.capacity(), kEntries);
    for (uint64_t i = 0; i < 1000; ++i)
        b.mkdir("dir" + std::to_string(i));
    for (uint64_t i = 1000; i < kEntries; ++i)
        b.fileAt("dir" + std::to_string(i % 1000) + "/file" + std::to_string(i), 100 + i, 1);
    // Best of three: the first run also pays for faulting in fresh heap pages.
    Namespace ns;
    AllocationMap a;
    qint64 replayNs = std::numeric_limits<qint64>::max();
    qint64 allocNs = replayNs;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        ns = replay(b.fs(), ReplayMode::Mount);
        replayNs = std::min(replayNs, t.nsecsElapsed());
        t.restart();
        a = buildAllocationMap(b.fs());
        allocNs = std::min(allocNs, t.nsecsElapsed());
    }
    QCOMPARE(ns.stats, (ReplayStats{kEntries, kEntries - 1000, 1000, 0, 0, 0, 0}));
    QCOMPARE(a.allocatedAus, (2 * kMiB + 64 * kMiB) / kAu + kEntries - 1000);
    QCOMPARE(a.collisions, uint64_t{0});
    const double rate = double(kEntries) / (double(replayNs) / 1e9);
    qInfo("replay: %.2f M entries/s (%lld ms); allocation map: %lld ms", rate / 1e6,
          replayNs / 1000000, allocNs / 1000000);
    // Loose bounds (sanitizer builds are slow); a release build does several M entries/s.
    QVERIFY2(replayNs < 3'000'000'000, "replay of a full 64 MiB log took over 3 s");
    QVERIFY2(allocNs < 3'000'000'000, "allocation map of a full 64 MiB log took over 3 s");
    QCOMPARE(ns.findFile("dir7/file123007")->entryIndex, uint64_t{123007});
}

void TestReplay::allocationBasics() {
    LogBuilder b(4 * kGiB + 1); // a partial last unit still counts
    b.mkdir("d");
    b.fileAt("d/a", 5, 3);
    b.interleaved("d/s", 5 * kMiB, 2 * kMiB, {{0, 20 * kAu, 2 * kAu}, {0, 10 * kAu, 2 * kAu}});
    const AllocationMap a = buildAllocationMap(b.fs());
    QCOMPARE(a.allocUnit, kAu);
    QCOMPARE(a.nbits, uint64_t{2049});
    QCOMPARE(a.bitmapCapacity(), 2049 * kAu);
    QCOMPARE(a.metadataAus, uint64_t{5});
    QCOMPARE(a.allocatedAus, uint64_t{5 + 3 + 4});
    QCOMPARE(a.allocatedBytes(), 12 * kAu);
    QCOMPARE(a.freeBytes(), (2049 - 12) * kAu);
    QCOMPARE(a.sumOfFileSizes, 3 * kAu + 5 * kMiB);
    QCOMPARE(a.filesLogged, uint64_t{2});
    QCOMPARE(a.dirsLogged, uint64_t{1});
    QCOMPARE(a.collisions, uint64_t{0});
    QVERIFY(a.collisionList.empty());
    QCOMPARE(a.runs, (OwnerRuns{{0, 5, kOwnerMetadata},
                                {5, 3, 1},
                                {8, 2, kOwnerFree},
                                {10, 2, 2},
                                {12, 8, kOwnerFree},
                                {20, 2, 2},
                                {22, 2027, kOwnerFree}}));
    QCOMPARE(a.freeRuns().size(), size_t{3});
    QCOMPARE(a.ownerAt(0), std::optional<uint64_t>(kOwnerMetadata));
    QCOMPARE(a.ownerAt(4), std::optional<uint64_t>(kOwnerMetadata));
    QCOMPARE(a.ownerAt(7), std::optional<uint64_t>(1));
    QCOMPARE(a.ownerAt(21), std::optional<uint64_t>(2));
    QCOMPARE(a.ownerAt(2048), std::optional<uint64_t>(kOwnerFree));
    QCOMPARE(a.ownerAt(2049), std::nullopt);
    QVERIFY(!a.fsckWouldAssert());
}

void TestReplay::allocationCollisions() {
    LogBuilder b(4 * kGiB);
    b.fileAt("a", 10, 5);                                        // entry 0: 10..14
    b.fileAt("b", 12, 2);                                        // entry 1: 12..13 collide with a
    b.file("c", 1, {{0, 13 * kAu, 7 * kAu}});                    // entry 2: 13..14 a, 15..19 new
    b.file("self", 1, {{0, 30 * kAu, kAu}, {0, 30 * kAu, kAu}}); // entry 3 collides with itself
    b.file("meta", 1, {{0, 0, kAu}});                            // entry 4: the superblock unit
    const AllocationMap a = buildAllocationMap(b.fs());
    // famfs counts one collision per unit per extra claim: 2 (b) + 2 (c) + 1 + 1.
    QCOMPARE(a.collisions, uint64_t{6});
    QCOMPARE(a.allocatedAus, uint64_t{5 + 10 + 1});
    QCOMPARE(a.collisionList,
             (std::vector<AllocationCollision>{
                 {0, 1, kOwnerMetadata, 4}, {12, 2, 0, 1}, {13, 2, 0, 2}, {30, 1, 3, 3}}));
    QCOMPARE(a.ownerAt(13), std::optional<uint64_t>(0));
    QCOMPARE(a.ownerAt(15), std::optional<uint64_t>(2));
}

void TestReplay::allocationBeyondDeviceAndUnaligned() {
    LogBuilder b(4 * kGiB);                               // 2048 units
    b.fileAt("straddles", 2046, 4);                       // 2 inside, 2 beyond
    b.fileAt("outside", 5000, 3);                         // all beyond
    b.file("unaligned", 1, {{0, 100 * kAu + kMiB, kAu}}); // touches units 100 and 101
    const AllocationMap a = buildAllocationMap(b.fs());
    QCOMPARE(a.ausBeyondDevice, uint64_t{5});
    QCOMPARE(a.allocatedAus, uint64_t{5 + 2 + 2});
    QCOMPARE(a.unalignedOffsets.size(), size_t{1});
    QCOMPARE(a.unalignedOffsets[0].entryIndex, uint64_t{2});
    QCOMPARE(a.unalignedOffsets[0].offset, 100 * kAu + kMiB);
    QVERIFY(a.fsckWouldAssert());
    QCOMPARE(a.ownerAt(101), std::optional<uint64_t>(2));
    QCOMPARE(a.runs.back(), (OwnerRun{2046, 2, 0}));
}

// The allocation map's pass also lists what fsck's tail waste and fault page checks read, so
// that they need no pass of their own: exactly the valid FILE entries that map a whole unit or
// more beyond their size, and those with anything off 2 MiB boundaries.
void TestReplay::allocationTailWasteAndOff2MLayouts() {
    constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
    LogBuilder b(8 * kGiB);
    b.fileAt("exact", 10, 1);                                       // 0: neither
    b.file("justUnder", kAu + 1, {{0, 20 * kAu, 2 * kAu}});         // 1: waste < a unit
    b.file("waste", kAu, {{0, 30 * kAu, kAu}, {0, 40 * kAu, kAu}}); // 2: one unit
    b.file("offsetOff", kAu, {{0, 50 * kAu + kMiB, kAu}});          // 3: offset off 2M
    b.file("lengthOff", kMiB, {{0, 60 * kAu, kMiB}});               // 4: length off 2M
    b.interleaved("chunkOff", 2 * kAu, kMiB, {{0, 70 * kAu, kAu}, {0, 80 * kAu, kAu}}); // 5
    b.interleaved("stripes", 2 * kAu, kAu, {{0, 90 * kAu, kAu}, {0, 100 * kAu, kAu}});  // 6
    b.file("saturates", 1, {{0, 110 * kAu, kMax}, {0, 120 * kAu, kMax}}); // 7: waste, off
    b.file("damaged", 1, {{0, 130 * kAu + 4096, 8 * kAu}}).crc ^= 1;      // 8: skipped
    b.mkdir("d");                                                         // 9
    const AllocationMap a = buildAllocationMap(b.fs());
    QCOMPARE(a.tailWaste.size(), size_t{2});
    QCOMPARE(a.tailWaste[0].entryIndex, uint64_t{2});
    QCOMPARE(a.tailWaste[0].mappedBytes, 2 * kAu);
    QCOMPARE(a.tailWaste[1].entryIndex, uint64_t{7});
    QCOMPARE(a.tailWaste[1].mappedBytes, kMax);
    QCOMPARE(a.off2MLayouts, (std::vector<uint64_t>{3, 4, 5, 7}));
}

void TestReplay::allocationSaturates() {
    constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
    LogBuilder b(kMax, 8 * kMiB);
    b.file("huge", kMax, {{0, kMax - 4096, kMax}, {0, kAu, kMax}});
    b.file("huge2", kMax, {{0, 10 * kAu, 1}});
    const AllocationMap a = buildAllocationMap(b.fs());
    QCOMPARE(a.sumOfFileSizes, kMax);
    QCOMPARE(a.nbits, kMax / kAu + 1);
    QCOMPARE(a.bitmapCapacity(), kMax);
    QVERIFY(a.ausBeyondDevice > 0);
    QCOMPARE(a.ownerAt(kMax / kAu), std::optional<uint64_t>(0));
    QCOMPARE(a.ownerAt(10), std::optional<uint64_t>(0)); // extent 1 owns it first
    // Extent 1 lands on 4 metadata units and on extent 0's unit; huge2 on extent 1's.
    QCOMPARE(a.collisions, uint64_t{4 + 1 + 1});
    // A hostile log length cannot wrap the metadata region.
    LogBuilder c(4 * kGiB, kMax);
    QCOMPARE(buildAllocationMap(c.fs()).metadataAus, uint64_t{2048});
}

// Random files on small devices against a naive per-unit bitmap that follows famfs's loop
// literally (test-and-set, count collisions, remember the first owner).
// The runs of a map with owners as a map without them has them: every entry's run owned by
// kOwnerSomeEntry, and runs that then follow one owner merged.
OwnerRuns withoutOwners(const OwnerRuns& runs) {
    OwnerRuns out;
    for (const OwnerRun& r : runs) {
        const uint64_t owner = isEntryOwner(r.owner) ? kOwnerSomeEntry : r.owner;
        if (!out.empty() && out.back().owner == owner)
            out.back().auCount += r.auCount;
        else
            out.push_back({r.firstAu, r.auCount, owner});
    }
    return out;
}

void TestReplay::allocationAgainstNaiveBitmap() {
    const quint32 seed = 4242;
    qInfo("random seed %u", seed);
    QRandomGenerator rng(seed);
    int bucketedApart = 0, bucketedColliding = 0; // both cases of the lanes must come up
    int droppedComplete = 0;                      // maps without owners that needed none
    for (int iter = 0; iter < 300; ++iter) {
        const uint64_t nbits = 8 + rng.bounded(120u);
        LogBuilder b(nbits * kAu - (rng.bounded(2u) ? kAu / 2 : 0), 8 * kMiB);
        const int nfiles = static_cast<int>(rng.bounded(30u));
        // A third of the layouts are allocated as famfs allocates simple files, in unit order
        // without overlaps (gaps, empty extents and a tail past the device included): the
        // map's one-pass case. A third as it allocates strips, from 2-5 buckets, each filled
        // in order but visited in any order, where every fourth layout also claims a unit
        // twice: the map's merged lanes, and their overlap. The rest at random: the sweep.
        const bool inOrder = iter % 3 == 1;
        const bool bucketed = iter % 3 == 2;
        uint64_t cursor = 5; // past the superblock and the 8 MiB log
        std::vector<uint64_t> bucketAt;
        const uint64_t buckets = 2 + rng.bounded(4u);
        for (uint64_t k = 0; k < buckets; ++k)
            bucketAt.push_back(5 + k * (nbits + 10) / buckets);
        const bool twice = bucketed && iter % 4 == 2;
        for (int f = 0; f < nfiles; ++f) {
            std::vector<SimpleExtent> ext(1 + rng.bounded(4u));
            for (auto& e : ext) {
                if (inOrder) {
                    cursor += rng.bounded(3u);
                    e = {0, cursor * kAu, rng.bounded(quint64(6)) * kAu};
                    cursor += e.len / kAu;
                } else if (bucketed) {
                    uint64_t& at = bucketAt[rng.bounded(quint64(buckets))];
                    at += rng.bounded(2u);
                    e = {0, at * kAu, rng.bounded(quint64(4)) * kAu};
                    at += e.len / kAu;
                    if (twice && f == nfiles / 2 && at > 7)
                        e.offset -= kAu; // the unit before, which this bucket gave out already
                } else {
                    e = {0, rng.bounded(quint64(nbits + 10)) * kAu, rng.bounded(quint64(12)) * kAu};
                }
            }
            LogEntry& e = b.file("f" + std::to_string(f), 1, ext);
            if (rng.bounded(10u) == 0) {
                e.crc ^= 1;
            }
        }
        std::vector<uint64_t> owner(nbits, kOwnerFree);
        uint64_t collisions = 0, beyond = 0, bad = 0;
        std::map<std::tuple<uint64_t, uint64_t, uint64_t>, int> pairs;
        const auto mark = [&](uint64_t au, uint64_t who) {
            if (au >= nbits) {
                ++beyond;
            } else if (owner[au] != kOwnerFree) {
                ++collisions;
                pairs[{au, owner[au], who}]++;
            } else {
                owner[au] = who;
            }
        };
        for (uint64_t au = 0; au < 5; ++au)
            mark(au, kOwnerMetadata);
        for (uint64_t i = 0; i < b.fs().entries.size(); ++i) {
            const LogEntry& e = b.fs().entries[i];
            if (!e.crcValid()) {
                ++bad;
                continue;
            }
            const FileMeta& m = *e.file();
            for (size_t j = 0; j < m.count; ++j)
                for (uint64_t k = 0; k < m.extent(j).len / kAu; ++k)
                    mark(m.extent(j).offset / kAu + k, i);
        }
        const AllocationMap a = buildAllocationMap(b.fs());
        QCOMPARE(a.nbits, nbits);
        QCOMPARE(a.collisions, collisions);
        QCOMPARE(a.ausBeyondDevice, beyond);
        QCOMPARE(a.badEntries, bad);
        uint64_t allocated = 0;
        for (uint64_t au = 0; au < nbits; ++au) {
            allocated += owner[au] != kOwnerFree;
            if (a.ownerAt(au) != std::optional<uint64_t>(owner[au]))
                QFAIL(
                    qPrintable(QStringLiteral("iteration %1: owner of unit %2").arg(iter).arg(au)));
        }
        QCOMPARE(a.allocatedAus, allocated);
        std::map<std::tuple<uint64_t, uint64_t, uint64_t>, int> got;
        for (const auto& c : a.collisionList)
            for (uint64_t au = c.firstAu; au < c.firstAu + c.auCount; ++au)
                got[{au, c.ownerA, c.ownerB}]++;
        QCOMPARE(got.size(), pairs.size());
        for (const auto& [k, n] : pairs)
            QVERIFY(got.count(k) == 1);
        for (size_t r = 1; r < a.runs.size(); ++r)
            QVERIFY(a.runs[r].owner != a.runs[r - 1].owner);

        // Without the owners (fsck's): the same free space and figures, or, where claims
        // overlap, the word that the owners are needed.
        AllocationMapBuilder dropped(b.fs().sb, b.fs().entries.size(),
                                     AllocationMapBuilder::Owners::Dropped);
        for (uint64_t i = 0; i < b.fs().entries.size(); ++i)
            dropped.add(i, b.fs().entries[i]);
        const AllocationMap d = dropped.finish();
        if (collisions > 0)
            QVERIFY(dropped.ownersNeeded());
        if (!dropped.ownersNeeded()) {
            QCOMPARE(d.allocatedAus, a.allocatedAus);
            QCOMPARE(d.freeRuns(), a.freeRuns());
            QCOMPARE(d.collisions, uint64_t{0});
            QCOMPARE(d.ausBeyondDevice, a.ausBeyondDevice);
            QVERIFY(d.runs == withoutOwners(a.runs));
            ++droppedComplete;
        }
        if (bucketed && nfiles > 4)
            ++(collisions == 0 ? bucketedApart : bucketedColliding);
    }
    QVERIFY(bucketedApart > 20);
    QVERIFY(bucketedColliding > 5);
    QVERIFY(droppedComplete > 100);
}

// 64 TiB = 33.5 M units: 100,000 files of 1..8 units scattered over the whole device, then
// 10,000 more on top of existing ones. Must be fast and hold only per-extent data, never
// per-unit data.
void TestReplay::allocation64TiB() {
    constexpr uint64_t kDevice = uint64_t{64} << 40;
    constexpr uint64_t kUnits = kDevice / kAu;
    LogBuilder b(kDevice, 64 * kMiB);
    QRandomGenerator rng(99);
    constexpr int kFiles = 100000; // + 10,000 duplicates: fits a 64 MiB log
    uint64_t claimed = 0;
    for (int f = 0; f < kFiles; ++f) {
        const uint64_t aus = 1 + rng.bounded(8u);
        const uint64_t first = 64 + uint64_t(f) * (kUnits / kFiles - 8) + rng.bounded(4u);
        b.fileAt("f" + std::to_string(f), first, aus);
        claimed += aus;
    }
    QElapsedTimer t;
    t.start();
    const AllocationMap a = buildAllocationMap(b.fs());
    const qint64 ms = t.elapsed();
    qInfo("64 TiB, %d files: %lld ms, %zu runs", kFiles, ms, a.runs.size());
    QCOMPARE(a.nbits, kUnits);
    QCOMPARE(a.allocatedAus, claimed + 33);
    QCOMPARE(a.collisions, uint64_t{0});
    QVERIFY(a.runs.size() <= 2 * size_t(kFiles) + 2);
    QVERIFY(a.runs.capacity() * sizeof(OwnerRun) < 64 * kMiB);
    QVERIFY2(ms < 5000, "allocation map of 100,000 files on 64 TiB took over 5 s");
    QCOMPARE(a.ownerAt(kUnits - 1), std::optional<uint64_t>(kOwnerFree));
    QCOMPARE(a.freeBytes() + a.allocatedBytes(), kDevice);

    // A second file on top of every tenth one: collisions found by the sweep.
    for (int f = 0; f < kFiles; f += 10) {
        const auto& m = *b.fs().entries[size_t(f)].file();
        b.file("dup" + std::to_string(f), 1, {m.extent(0)});
    }
    const AllocationMap c = buildAllocationMap(b.fs());
    QCOMPARE(c.collisionList.size(), size_t(kFiles / 10));
    QCOMPARE(c.allocatedAus, a.allocatedAus);
}

// Claims out of order without owners: a bitmap on a device of at most 2^23 units, lanes on a
// larger one. Strips from four buckets visited in turn, as famfs allocates interleaved files,
// on both sides of that size; then one strip on top of another.
void TestReplay::allocationWithoutOwnersOutOfOrder() {
    for (const uint64_t units : {uint64_t{1} << 16, (uint64_t{1} << 23) + 1024}) {
        LogBuilder b(units * kAu, 8 * kMiB);
        const uint64_t bucket = units / 4;
        for (uint64_t f = 0; f < 2000; ++f)
            for (uint64_t s = 0; s < 4; ++s)
                b.fileAt("f" + std::to_string(f) + "s" + std::to_string(s),
                         ((f + s) % 4) * bucket + 8 + f + (s == 3 ? 3000 : 0), 1);
        const auto droppedMap = [&b](bool& ownersNeeded) {
            AllocationMapBuilder dropped(b.fs().sb, b.fs().entries.size(),
                                         AllocationMapBuilder::Owners::Dropped);
            for (uint64_t i = 0; i < b.fs().entries.size(); ++i)
                dropped.add(i, b.fs().entries[i]);
            AllocationMap m = dropped.finish();
            ownersNeeded = dropped.ownersNeeded();
            return m;
        };
        const AllocationMap kept = buildAllocationMap(b.fs());
        QCOMPARE(kept.collisions, uint64_t{0});
        bool ownersNeeded = true;
        const AllocationMap d = droppedMap(ownersNeeded);
        QVERIFY(!ownersNeeded);
        QVERIFY(d.runs.size() > 8); // free and allocated runs in turn, in every bucket
        QVERIFY(d.runs == withoutOwners(kept.runs));
        QCOMPARE(d.allocatedAus, kept.allocatedAus);
        QCOMPARE(d.freeRuns(), kept.freeRuns());

        b.fileAt("again", bucket + 8 + 100, 2); // over a strip of file 100 in the second bucket
        (void)droppedMap(ownersNeeded);
        QVERIFY(ownersNeeded);
    }
}

// UnitBits sets and scans a word at a time: ranges inside one word, across words and up to the
// last unit, against one bool per unit.
void TestReplay::unitBitsAgainstNaiveBits() {
    QRandomGenerator rng(77);
    for (int iter = 0; iter < 200; ++iter) {
        const uint64_t units = 1 + rng.bounded(300u);
        UnitBits bits(units);
        std::vector<bool> naive(units, false);
        for (int r = 0; r < 12; ++r) {
            const uint64_t first = rng.bounded(quint64(units));
            const uint64_t end = first + rng.bounded(quint64(units - first + 1));
            bool wasClear = true;
            for (uint64_t u = first; u < end; ++u) {
                wasClear = wasClear && !naive[u];
                naive[u] = true;
            }
            QCOMPARE(bits.set(first, end), wasClear);
        }
        uint64_t set = 0;
        for (uint64_t u = 0; u < units; ++u) {
            QCOMPARE(bits.test(u), bool(naive[u]));
            set += naive[u];
            uint64_t change = u;
            while (change < units && naive[change] == naive[u])
                ++change;
            QCOMPARE(bits.nextChange(u, naive[u]), change);
        }
        QVERIFY(!bits.test(units));
        QCOMPARE(bits.countSet(), set);
    }
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
