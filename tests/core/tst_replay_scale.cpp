// The parts of load and replay that exist for speed: replay's path order (sorted on packed
// 16-byte keys, in two halves on two threads for long lists), building large namespaces in two
// halves, replaySummary() against replay(), loading a full log through the threaded decoder,
// and the bulk allocator behind the large arrays (reuse, deferred construction).
#include "core/bench/Smaps.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/BulkAllocator.h"
#include "core/fs/EntryDecoder.h"
#include "core/fs/EntryStream.h"
#include "core/fs/LoadAndReplay.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/ReadWay.h"
#include "core/fs/Replay.h"
#include "core/media/ImageMedia.h"
#include "core/media/MemoryMedia.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace famscope;
using namespace famscope::famfs;
using namespace famscope::fs;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kGiB = uint64_t{1} << 30;

// A LoadedFs as loadFileSystem() returns it, with valid seqnums and CRCs.
class Log {
public:
    explicit Log(uint64_t logLen = 64 * kMiB) {
        fs_.sb = Superblock::fresh(64 * kGiB * 1024, logLen);
        fs_.log = LogHeader::fresh(logLen);
        fs_.logHeaderRead = true;
        fs_.layout = detectLayout(fs_.sb, &fs_.log);
        fs_.mediaSize = fs_.sb.ddSize;
    }
    void add(LogEntry e) {
        e.seqnum = fs_.entries.size();
        e.seal();
        fs_.entries.push_back(e);
        fs_.log.nextIndex = fs_.log.nextSeqnum = fs_.entries.size();
        fs_.entriesClaimed = fs_.entries.size();
    }
    void file(const std::string& path) {
        FileMeta m;
        m.size = 4096 + (nextOffset_ >> 21); // a size of its own: built files must keep theirs
        m.mode = 0644;
        m.count = 1;
        m.setExtent(0, {0, nextOffset_, kAllocUnit});
        nextOffset_ += kAllocUnit;
        setPathText(m.relpath, path);
        add(LogEntry::makeFile(m));
    }
    void mkdir(const std::string& path) {
        MkdirMeta d;
        d.mode = 0755;
        setPathText(d.relpath, path);
        add(LogEntry::makeMkdir(d));
    }
    LoadedFs& fs() { return fs_; }

private:
    LoadedFs fs_;
    uint64_t nextOffset_ = 64 * kMiB;
};

// Random path components over bytes that stress the ordering: shared long prefixes, lengths
// around 8 and 16, names that another name extends with a byte below '/' ("x", "x-y", "x.y",
// "a", "a b", "a!"), so that a directory's contents sort after a sibling that follows the
// directory itself, and bytes >= 0x80 (must sort after ASCII).
std::string component(QRandomGenerator& rng) {
    static const std::vector<std::string> parts = {"a",
                                                   "a b",
                                                   "a!",
                                                   "x",
                                                   "b",
                                                   "ab",
                                                   "abcdefg",
                                                   "abcdefgh",
                                                   "abcdefghi",
                                                   "abcdefghijklmno",
                                                   "abcdefghijklmnop",
                                                   "x.y",
                                                   "x-y",
                                                   "\xc3\xa9t\xc3\xa9",
                                                   "z",
                                                   "longcommonprefix_longcommonprefix"};
    return parts[rng.bounded(static_cast<quint32>(parts.size()))] +
           (rng.bounded(3u) == 0 ? std::to_string(rng.bounded(100u)) : std::string());
}

template <class Items> bool sortedByBytes(const Items& items) {
    return std::is_sorted(items.begin(), items.end(),
                          [](const auto& a, const auto& b) { return a.path < b.path; });
}

// A log with directories up to three deep and `files` files spread over them; some names
// repeat, so some entries are refused as existing.
Log randomLog(QRandomGenerator& rng, int files) {
    Log log;
    std::vector<std::string> dirs{""};
    for (int i = 0; i < files; ++i) {
        const std::string& parent = dirs[rng.bounded(static_cast<quint32>(dirs.size()))];
        std::string path = (parent.empty() ? "" : parent + "/") + component(rng);
        if (path.size() > 70)
            path = component(rng);
        if (rng.bounded(8u) == 0 && std::count(path.begin(), path.end(), '/') < 3) {
            log.mkdir(path);
            dirs.push_back(path);
        } else {
            log.file(path);
        }
    }
    return log;
}

void fillFullLog(media::MemoryMedia& m, uint64_t entries) {
    const uint64_t logLen = 64 * kMiB;
    const auto sb = Superblock::fresh(64 * kGiB, logLen).encode();
    std::memcpy(m.data(), sb.data(), sb.size());
    for (uint64_t i = 0; i < entries; ++i) {
        LogEntry e;
        if (i % 50 == 0) {
            MkdirMeta d;
            setPathText(d.relpath, "d" + std::to_string(i));
            e = LogEntry::makeMkdir(d);
        } else {
            FileMeta f;
            f.count = 1;
            f.setExtent(0, {0, (64 + i) * kAllocUnit, kAllocUnit});
            setPathText(f.relpath, "d" + std::to_string(i - i % 50) + "/f" + std::to_string(i));
            e = LogEntry::makeFile(f);
        }
        e.seqnum = i;
        e.seal();
        const auto bytes = e.encode();
        std::memcpy(m.data() + kLogOffset + kLogHeaderSize + i * kLogEntrySize, bytes.data(),
                    bytes.size());
    }
    LogHeader h = LogHeader::fresh(logLen);
    h.nextIndex = h.nextSeqnum = entries;
    const auto hb = h.encode();
    std::memcpy(m.data() + kLogOffset, hb.data(), hb.size());
}

// A full log of `entries` slots in memory, and the same bytes written to an image file.
struct LogImage {
    explicit LogImage(uint64_t entries) : memory("decoder", kLogOffset + 64 * kMiB) {
        fillFullLog(memory, entries);
        const QString path = dir.filePath(QStringLiteral("log.img"));
        QFile file(path);
        const auto bytes =
            static_cast<qint64>(kLogOffset + kLogHeaderSize + entries * kLogEntrySize);
        if (!dir.isValid() || !file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char*>(memory.data()), bytes) != bytes) {
            error = "cannot write " + path.toStdString();
            return;
        }
        file.close();
        auto opened = media::ImageMedia::open(path.toStdString(), media::Access::ReadOnly);
        if (opened)
            image = std::move(*opened);
        else
            error = opened.error();
    }
    media::MemoryMedia memory;
    QTemporaryDir dir;
    std::unique_ptr<media::ImageMedia> image; // null when it could not be written: `error`
    std::string error;
};

// Writes a sealed FILE entry with path `path` into slot `slot` of the log in `m`.
void writeFileSlot(media::MemoryMedia& m, uint64_t slot, const std::string& path) {
    FileMeta f;
    f.count = 1;
    f.setExtent(0, {0, (64 + slot) * kAllocUnit, kAllocUnit});
    setPathText(f.relpath, path);
    LogEntry e = LogEntry::makeFile(f);
    e.seqnum = slot;
    e.seal();
    const auto bytes = e.encode();
    std::memcpy(m.data() + kLogOffset + kLogHeaderSize + slot * kLogEntrySize, bytes.data(),
                bytes.size());
}

// An image that counts the blocks of slots copied with its readCopy().
class CountingCopies final : public media::Media {
public:
    explicit CountingCopies(media::Media& image) : image_(image) {}
    media::MediaKind kind() const override { return image_.kind(); }
    std::string path() const override { return image_.path(); }
    uint64_t size() const override { return image_.size(); }
    uint64_t alignment() const override { return image_.alignment(); }
    bool writable() const override { return false; }
    Result<media::Mapping> map(uint64_t offset, uint64_t len, media::Access access) override {
        return image_.map(offset, len, access);
    }
    Status flush(uint64_t, uint64_t) override { return Status::success(); }
    bool readCopy(uint64_t offset, std::span<uint8_t> out) const override {
        ++copied;
        return image_.readCopy(offset, out);
    }
    mutable std::atomic<uint64_t> copied{0};

private:
    media::Media& image_;
};

// Why this kernel cannot map a shared file mapping's pages in with one call (MADV_POPULATE_READ,
// Linux 5.14), or nullopt when it can.
std::optional<std::string> populateUnsupported(const media::ImageMedia& image) {
    const int fd = ::open(image.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return "cannot open " + image.path();
    const long page = ::sysconf(_SC_PAGESIZE);
    void* at = ::mmap(nullptr, static_cast<size_t>(page), PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    if (at == MAP_FAILED)
        return "cannot map " + image.path();
    const bool ok = ::madvise(at, static_cast<size_t>(page), MADV_POPULATE_READ) == 0;
    const int err = errno;
    ::munmap(at, static_cast<size_t>(page));
    if (ok)
        return std::nullopt;
    return std::string("this kernel refuses MADV_POPULATE_READ: ") + std::strerror(err);
}

} // namespace

class TestReplayScale : public QObject {
    Q_OBJECT

private slots:
    void hugeClaimedLogIsReadOnlyUpToTheCap() {
        // A damaged superblock and header claiming a log as large as a 4 GiB device (7.9 M
        // slots, over 4 GB of decoded entries) must not be decoded whole: the loader stops at
        // its cap and says so. (Found by fuzz_fsck as an out-of-memory.)
        const uint64_t device = 4 * kGiB;
        media::MemoryMedia m("huge-log", device);
        const uint64_t claimedLen = device - kLogOffset;
        const auto sb = Superblock::fresh(device, claimedLen).encode();
        std::memcpy(m.data(), sb.data(), sb.size());
        LogHeader h = LogHeader::fresh(claimedLen);
        h.nextIndex = h.nextSeqnum = h.lastIndex + 1;
        const auto hb = h.encode();
        std::memcpy(m.data() + kLogOffset, hb.data(), hb.size());

        fs::LoadOptions options;
        options.maxLogBytes = 16 * kMiB;
        auto loaded = fs::loadFileSystem(m, options);
        QVERIFY(loaded.ok());
        QCOMPARE(uint64_t(loaded->entries.size()), logSlots(16 * kMiB));
        QCOMPARE(loaded->entriesClaimed, h.lastIndex + 1);
        QVERIFY(!loaded->warnings.empty());
        QVERIFY(loaded->warnings.back().find("16 MiB of log") != std::string::npos);
        // The default cap holds logs far larger than famfs's default of 8 MiB.
        QVERIFY(fs::LoadOptions{}.maxLogBytes >= 1 * kGiB);
    }

    // Small (one thread) and large (two halves) namespaces: byte order, nothing lost.
    void pathOrderIsByteOrder_data() {
        QTest::addColumn<int>("files");
        QTest::newRow("small") << 300;
        QTest::newRow("parallel") << 40000;
    }
    void pathOrderIsByteOrder() {
        QFETCH(int, files);
        QRandomGenerator rng(1234);
        Log log = randomLog(rng, files);
        const Namespace ns = replay(log.fs(), ReplayMode::Mount);
        QVERIFY(sortedByBytes(ns.files));
        QVERIFY(sortedByBytes(ns.dirs));
        // Exactly the created paths, each once, each with its own entry's metadata.
        std::set<std::string> seen;
        for (const FsFile& f : ns.files) {
            QVERIFY(seen.insert(f.path).second);
            const FileMeta* m = log.fs().entries[f.entryIndex].file();
            QVERIFY(m);
            QCOMPARE(f.path, pathText(m->relpath));
            QCOMPARE(f.size, m->size);
            QCOMPARE(f.mode, m->mode);
            QCOMPARE(f.map.extents.size(), size_t{1});
            QCOMPARE(f.map.extents[0], m->extent(0));
            QVERIFY(ns.findFile(f.path) == &f);
        }
        for (const FsDir& d : ns.dirs) {
            QVERIFY(seen.insert(d.path).second);
            QCOMPARE(d.path, pathText(log.fs().entries[d.entryIndex].mkdir()->relpath));
        }
        QCOMPARE(ns.stats.fCreated, uint64_t(ns.files.size()));
        QCOMPARE(ns.stats.dCreated, uint64_t(ns.dirs.size()));
        QVERIFY(ns.stats.fExisted + ns.stats.dExisted + ns.stats.fErrs + ns.stats.dErrs > 0);
    }

    // Keys tie on their first 16 bytes: the rest of the path decides, a prefix sorts first.
    void longCommonPrefixes() {
        Log log;
        const std::string p = "0123456789abcdef";
        for (const std::string& name : {p + "z", p, p + "a/x", p.substr(0, 8), p + "a", p + "\x80",
                                        p.substr(0, 9), p + "a-", p + "a."}) {
            if (name.find('/') == std::string::npos)
                log.file(name);
        }
        log.mkdir(p + "d");
        log.file(p + "d/" + p);
        const Namespace ns = replay(log.fs(), ReplayMode::Mount);
        QCOMPARE(ns.files.size(), size_t{9});
        QVERIFY(sortedByBytes(ns.files));
        QCOMPARE(ns.files.front().path, p.substr(0, 8));
        QCOMPARE(ns.files.back().path, p + "\x80");
    }

    // The summary counts exactly what replay builds, with the same events, in both modes and
    // with broken entries in the middle; its census counts every entry, also after the first
    // broken one has ended a mount replay.
    void summaryMatchesReplay() {
        QRandomGenerator rng(99);
        Log log = randomLog(rng, 3000);
        log.mkdir("../escape");
        log.file("");
        log.fs().entries[1500].crc ^= 1;
        log.fs().entries[2000].seqnum = 7;
        const EntryCensus all = entryCensus(log.fs().entries);
        QCOMPARE(all.bad, uint64_t{2});
        QCOMPARE(all.byType[0] + all.byType[1], uint64_t(log.fs().entries.size()));
        for (const ReplayMode mode : {ReplayMode::Mount, ReplayMode::Fsck}) {
            const Namespace ns = replay(log.fs(), mode);
            const ReplaySummary s = replaySummary(log.fs(), mode);
            QCOMPARE(s.census.byType, all.byType);
            QCOMPARE(s.census.bad, all.bad);
            QCOMPARE(s.files, uint64_t(ns.files.size()));
            QCOMPARE(s.dirs, uint64_t(ns.dirs.size()));
            QCOMPARE(s.stats, ns.stats);
            QCOMPARE(s.stoppedAt, ns.stoppedAt);
            QCOMPARE(s.refused, ns.refused);
            QCOMPARE(s.refusedReason, ns.refusedReason);
            QCOMPARE(s.events.size(), ns.events.size());
            for (size_t i = 0; i < s.events.size(); ++i)
                QCOMPARE(s.events[i].message, ns.events[i].message);
        }
        QCOMPARE(replaySummary(log.fs(), ReplayMode::Mount).stoppedAt,
                 std::optional<uint64_t>(1500));
    }

    // info's summary streams the log (loadAndSummarise(): EntryStream's window of two blocks,
    // reused) and keeps no entry, yet says exactly what replaySummary() says after a whole
    // load: from memory (decoded in place), from an image (copied with pread) and from an image
    // whose every other copy fails (the mapping instead), with a damaged entry at the start, on
    // a block boundary or at the end, in both modes. The last slots look up paths whose entries
    // left the window long before: an existing file, and a directory to create a file in.
    void streamedSummaryMatchesLoadedSummary_data() {
        QTest::addColumn<int>("damaged"); // entry whose path byte is flipped; -1 for none
        QTest::addColumn<int>("mode");
        const int entries = int(EntryStream::kBlock) * 5 + 37;
        for (int damaged : {-1, 0, int(EntryStream::kBlock) * 2, entries - 3})
            for (int mode : {int(ReplayMode::Mount), int(ReplayMode::Fsck)})
                QTest::addRow("damaged %d, %s", damaged, mode ? "fsck" : "mount")
                    << damaged << mode;
    }
    void streamedSummaryMatchesLoadedSummary() {
        QFETCH(int, damaged);
        QFETCH(int, mode);
        const uint64_t entries = EntryStream::kBlock * 5 + 37;
        LogImage log(entries);
        QVERIFY2(log.image, log.error.c_str());
        media::MemoryMedia& m = log.memory;
        writeFileSlot(m, entries - 2, "d0/f1");   // exists: entry 1
        writeFileSlot(m, entries - 1, "d0/late"); // in directory d0, entry 0
        if (damaged >= 0)
            m.data()[kLogOffset + kLogHeaderSize + uint64_t(damaged) * kLogEntrySize + 40] ^= 1;
        // The image file gets the same bytes as the memory.
        {
            QFile file(log.dir.filePath(QStringLiteral("log.img")));
            QVERIFY(file.open(QIODevice::ReadWrite));
            const auto bytes = qint64(kLogOffset + kLogHeaderSize + entries * kLogEntrySize);
            QCOMPARE(file.write(reinterpret_cast<const char*>(m.data()), bytes), bytes);
        }
        const auto replayMode = static_cast<ReplayMode>(mode);
        auto loaded = loadFileSystem(m);
        QVERIFY2(loaded.ok(), loaded.error().c_str());
        const ReplaySummary expected = replaySummary(*loaded, replayMode);
        QCOMPARE(expected.census.total(), entries);
        for (media::Media* media : std::initializer_list<media::Media*>{&m, log.image.get()}) {
            auto streamed = loadAndSummarise(*media, replayMode);
            QVERIFY2(streamed.ok(), streamed.error().c_str());
            QVERIFY(streamed->fs.entries.empty());
            QCOMPARE(streamed->fs.entriesClaimed, loaded->entriesClaimed);
            const ReplaySummary& s = streamed->summary;
            QCOMPARE(s.files, expected.files);
            QCOMPARE(s.dirs, expected.dirs);
            QCOMPARE(s.stats, expected.stats);
            QCOMPARE(s.stoppedAt, expected.stoppedAt);
            QCOMPARE(s.census.byType, expected.census.byType);
            QCOMPARE(s.census.bad, expected.census.bad);
            QCOMPARE(s.events.size(), expected.events.size());
            for (size_t i = 0; i < s.events.size(); ++i)
                QCOMPARE(s.events[i].message, expected.events[i].message);
        }
        const bool stops = damaged >= 0 && replayMode == ReplayMode::Mount;
        if (!stops && damaged != 0) { // the last two were replayed: one existed, one was created
            QCOMPARE(expected.stats.fExisted, uint64_t{1});
            QVERIFY(std::ranges::any_of(expected.events, [](const ReplayEvent& e) {
                return e.message.find("\"d0/f1\" already exists (file of entry 1)") !=
                       std::string::npos;
            }));
        }
        QCOMPARE(expected.stoppedAt,
                 stops ? std::optional<uint64_t>(uint64_t(damaged)) : std::nullopt);
    }

    // A full 64 MiB log through the threaded decoder: every entry decoded in place, equal to
    // decoding its bytes one by one, and a second load (reusing retained memory) equal too.
    void fullLogLoads() {
        const uint64_t entries = logSlots(64 * kMiB);
        media::MemoryMedia m("full", kLogOffset + 64 * kMiB);
        fillFullLog(m, entries);
        for (int round = 0; round < 2; ++round) {
            auto loaded = loadFileSystem(m);
            QVERIFY2(loaded.ok(), loaded.error().c_str());
            QCOMPARE(uint64_t(loaded->entries.size()), entries);
            for (uint64_t i = 0; i < entries; i += 997) {
                const uint8_t* at = m.data() + kLogOffset + kLogHeaderSize + i * kLogEntrySize;
                const LogEntry one =
                    LogEntry::decode(std::span<const uint8_t, kLogEntrySize>(at, kLogEntrySize));
                QCOMPARE(loaded->entries[i].encode(), one.encode());
                QVERIFY(loaded->entries[i].crcValid());
                QCOMPARE(loaded->entries[i].seqnum, i);
            }
            const Namespace ns = replay(*loaded, ReplayMode::Mount);
            QCOMPARE(ns.stats.nEntries, entries);
            QCOMPARE(uint64_t(ns.files.size() + ns.dirs.size()), entries);
        }
    }

    // loadAndReplay() overlaps decoding with replay over many decoder chunks; its result must
    // be exactly loadFileSystem() then replay(), also when a damaged entry ends a mount replay
    // early (the rest is still decoded) or is skipped by an fsck replay.
    void loadAndReplayEqualsLoadThenReplay_data() {
        QTest::addColumn<int>("damaged"); // entry whose CRC is broken; -1 for none
        QTest::addColumn<int>("mode");
        const int entries = int(EntryDecoder::kChunk) * 9 + 123;
        for (int damaged : {-1, 0, int(EntryDecoder::kChunk) * 4 + 7, entries - 1})
            for (int mode : {int(ReplayMode::Mount), int(ReplayMode::Fsck)})
                QTest::addRow("damaged %d, %s", damaged, mode ? "fsck" : "mount")
                    << damaged << mode;
    }
    void loadAndReplayEqualsLoadThenReplay() {
        QFETCH(int, damaged);
        QFETCH(int, mode);
        const uint64_t entries = EntryDecoder::kChunk * 9 + 123;
        media::MemoryMedia m("overlap", kLogOffset + 64 * kMiB);
        fillFullLog(m, entries);
        if (damaged >= 0) // flip a byte of the path: the CRC no longer matches
            m.data()[kLogOffset + kLogHeaderSize + uint64_t(damaged) * kLogEntrySize + 40] ^= 1;
        const auto replayMode = static_cast<ReplayMode>(mode);
        auto loaded = loadFileSystem(m);
        QVERIFY2(loaded.ok(), loaded.error().c_str());
        const Namespace expected = replay(*loaded, replayMode);
        for (int round = 0; round < 3; ++round) { // the threads interleave differently
            auto both = loadAndReplay(m, replayMode);
            QVERIFY2(both.ok(), both.error().c_str());
            QCOMPARE(uint64_t(both->fs.entries.size()), entries);
            for (uint64_t i = 0; i < entries; ++i)
                if (both->fs.entries[i].encode() != loaded->entries[i].encode())
                    QFAIL(qPrintable(QStringLiteral("entry %1 differs").arg(i)));
            QVERIFY(both->ns == expected);
        }
        if (damaged >= 0 && replayMode == ReplayMode::Mount)
            QCOMPARE(expected.stoppedAt, std::optional<uint64_t>(uint64_t(damaged)));
        else
            QVERIFY(!expected.stoppedAt);
    }

    // The decoder on its own: a waiter that asks for growing prefixes always gets decoded
    // entries, whoever decodes them.
    void decoderWaitForCoversThePrefix() {
        const uint64_t entries = EntryDecoder::kChunk * 3 + 5;
        media::MemoryMedia m("decoder", kLogOffset + 64 * kMiB);
        fillFullLog(m, entries);
        LogEntryList out;
        EntryDecoder decoder(m.data() + kLogOffset + kLogHeaderSize, entries, out);
        std::thread helper([&decoder] { decoder.work(); });
        uint64_t ready = 0;
        for (uint64_t n = 1; n <= entries; n += 777) {
            ready = decoder.waitFor(n);
            QVERIFY(ready >= n);
            QCOMPARE(out[n - 1].seqnum, n - 1);
        }
        QCOMPARE(decoder.waitFor(entries), entries);
        helper.join();
        QCOMPARE(out[entries - 1].seqnum, entries - 1);
    }

    // A stream of at least kTrialFrom blocks copies kWarmUp blocks untimed, then times
    // kTrialsEach blocks each way, in turn, and reads on the way whose median block was
    // faster (a long one times both ways once more later); a shorter one copies untimed; a
    // way that cannot be taken leaves the other for good.
    void readWayChooserTimesBothWays() {
        using W = ReadWay;
        ReadWayChooser shortLog(ReadWayChooser::kTrialFrom - 1);
        QVERIFY(shortLog.next() == W::Copied);
        shortLog.record(W::Copied, W::Copied, 1);
        QVERIFY(shortLog.next() == W::Copied);

        constexpr unsigned kEach = ReadWayChooser::kTrialsEach;
        for (const W faster : {W::Mapped, W::Copied}) {
            ReadWayChooser c(ReadWayChooser::kTrialFrom);
            // The warm-up's blocks are copied and their times do not count: a slow first
            // block of the faster way would otherwise decide.
            for (unsigned b = 0; b < ReadWayChooser::kWarmUp; ++b) {
                QVERIFY(c.next() == W::Copied);
                c.record(W::Copied, W::Copied, 1);
            }
            for (unsigned trial = 0; trial < 2 * kEach; ++trial) {
                const W asked = c.next();
                QVERIFY(asked == (trial % 2 == 0 ? W::Mapped : W::Copied));
                // The slower way takes 900 a block except its first, 100; the faster way
                // 800, except its first blocks (fewer than half), 5000. The fastest block or
                // the sum of each way would pick the slower way; the median picks the faster.
                const unsigned k = trial / 2;
                const uint64_t ns =
                    asked == faster ? (k < kEach / 2 ? 5000 : 800) : (k == 0 ? 100 : 900);
                c.record(asked, asked, ns);
            }
            QVERIFY(c.next() == faster);
            // Decided: later blocks change nothing (a log this short has no second round).
            c.record(faster, faster, 1'000'000);
            QVERIFY(c.next() == faster);
        }

        // A log long enough is timed a second time from block kTrialsAgainAt, and that
        // decides the rest. Here the first trials pick the copy (900 against 1000 a block),
        // but from then on the mapping takes 400 and the copy 500.
        const uint64_t again = ReadWayChooser::kTrialsAgainAt;
        for (const uint64_t blocks : {again + 4 * kEach, again + 4 * kEach - 1}) {
            ReadWayChooser c(blocks);
            std::string ways; // M or C for each block asked for
            for (uint64_t b = 0; b < blocks; ++b) {
                const W asked = c.next();
                ways += asked == W::Mapped ? 'M' : 'C';
                const bool firstTrials = b < ReadWayChooser::kWarmUp + 2 * kEach;
                c.record(asked, asked,
                         asked == W::Mapped ? (firstTrials ? 1000 : 400)
                                            : (firstTrials ? 900 : 500));
            }
            std::string firstRound(ReadWayChooser::kWarmUp, 'C');
            for (unsigned k = 0; k < kEach; ++k)
                firstRound += "MC";
            const std::string afterFirst(again - firstRound.size(), 'C');
            if (blocks < again + 4 * kEach) { // too short for a second round
                QCOMPARE(ways, firstRound + afterFirst + std::string(blocks - again, 'C'));
                continue;
            }
            std::string secondRound;
            for (unsigned k = 0; k < kEach; ++k)
                secondRound += "MC";
            QCOMPARE(ways, firstRound + afterFirst + secondRound +
                               std::string(blocks - again - 2 * kEach, 'M'));
        }

        // Blocks read one way only, whatever next() asks, do not overrun the trials' times:
        // the trials go on until the other way is timed as often.
        ReadWayChooser oneWay(100);
        for (unsigned b = 0; b < ReadWayChooser::kWarmUp + 4 * kEach; ++b)
            oneWay.record(W::Copied, W::Copied, 100);
        QVERIFY(oneWay.next() == W::Mapped);

        ReadWayChooser unpopulatable(100);
        for (unsigned b = 0; b < ReadWayChooser::kWarmUp; ++b)
            unpopulatable.record(W::Copied, W::Copied, 1);
        QVERIFY(unpopulatable.next() == W::Mapped);
        unpopulatable.record(W::Mapped, W::Copied, 1'000'000);
        QVERIFY(unpopulatable.next() == W::Copied);
        ReadWayChooser device(100);
        QVERIFY(device.next() == W::Copied);
        device.record(W::Copied, W::Mapped, 5); // no read of its own
        QVERIFY(device.next() == W::Mapped);
    }

    // SlotReader reads an image's slots the way it is asked: in place through the mapping
    // (nothing copied) or copied; memory always in place.
    void slotsAreReadTheWayAsked() {
        const uint64_t entries = 3 * EntryDecoder::kReadBlock;
        LogImage log(entries);
        QVERIFY2(log.image, log.error.c_str());
        if (const auto why = populateUnsupported(*log.image))
            QSKIP(why->c_str());
        const uint64_t first = kLogOffset + kLogHeaderSize;
        CountingCopies media(*log.image);
        auto map = media.map(first, entries * kLogEntrySize, media::Access::ReadOnly);
        QVERIFY(bool(map));
        EntryDecoder::SlotReader reader(map->data(), EntryDecoder::Slots::ReleaseSharedMapping);
        reader.copyFrom(media, first);
        std::vector<uint8_t> buffer(EntryDecoder::kReadBlock * kLogEntrySize);
        const auto readAs = [&](uint64_t from, ReadWay way, EntryDecoder::SlotReader& r) {
            const uint64_t to = from + EntryDecoder::kReadBlock;
            bool same = true;
            const ReadWay used = r.read(
                from, to, from, way, [&] { return std::span<uint8_t>(buffer); },
                [&](const uint8_t* bytes) {
                    same = std::equal(bytes, bytes + (to - from) * kLogEntrySize,
                                      log.memory.data() + first + from * kLogEntrySize);
                });
            return std::make_pair(used, same);
        };
        QCOMPARE(readAs(0, ReadWay::Mapped, reader), std::make_pair(ReadWay::Mapped, true));
        QCOMPARE(media.copied.load(), uint64_t{0});
        QCOMPARE(readAs(EntryDecoder::kReadBlock, ReadWay::Copied, reader),
                 std::make_pair(ReadWay::Copied, true));
        QCOMPARE(media.copied.load(), uint64_t{1});

        EntryDecoder::SlotReader memory(log.memory.data() + first, EntryDecoder::Slots::Keep);
        memory.copyFrom(media, first);
        QCOMPARE(readAs(2 * EntryDecoder::kReadBlock, ReadWay::Copied, memory),
                 std::make_pair(ReadWay::Mapped, true));
        QCOMPARE(media.copied.load(), uint64_t{1});
    }

    // Where a block's pages cannot be mapped in (an older kernel, an image file that shrank,
    // where a read through the mapping would raise SIGBUS), a block asked for through the
    // mapping is copied with the media's own read (pread for an image) and the mapping is
    // never read. Here the mapping allows no access at all, so a single read through it would
    // end the test.
    void unpopulatableSlotsAreCopied() {
        const uint64_t entries = EntryDecoder::kReadBlock;
        LogImage log(entries);
        QVERIFY2(log.image, log.error.c_str());
        const uint64_t first = kLogOffset + kLogHeaderSize;
        CountingCopies media(*log.image);
        const size_t bytes = entries * kLogEntrySize;
        void* noAccess = ::mmap(nullptr, bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        QVERIFY(noAccess != MAP_FAILED);
        EntryDecoder::SlotReader reader(static_cast<const uint8_t*>(noAccess),
                                        EntryDecoder::Slots::ReleaseSharedMapping);
        reader.copyFrom(media, first);
        std::vector<uint8_t> buffer(bytes);
        bool same = false;
        const ReadWay used = reader.read(
            0, entries, 0, ReadWay::Mapped, [&] { return std::span<uint8_t>(buffer); },
            [&](const uint8_t* b) { same = std::equal(b, b + bytes, log.memory.data() + first); });
        ::munmap(noAccess, bytes);
        QVERIFY(used == ReadWay::Copied);
        QCOMPARE(media.copied.load(), uint64_t{1});
        QVERIFY(same);
    }

    // A stream long enough to time both ways reads its first blocks each way in turn: every
    // entry is its slot, whichever way its block was read.
    void streamedEntriesAreTheSlotsEitherWay() {
        const uint64_t entries = (ReadWayChooser::kTrialFrom + 2) * EntryStream::kBlock + 7;
        LogImage log(entries);
        QVERIFY2(log.image, log.error.c_str());
        CountingCopies media(*log.image);
        auto pending = startLoad(media);
        QVERIFY2(pending.ok(), pending.error().c_str());
        EntryStream stream(media, *pending);
        QCOMPARE(stream.count(), entries);
        const uint8_t* slotBytes = log.memory.data() + kLogOffset + kLogHeaderSize;
        for (uint64_t i = 0; i < entries; ++i) {
            if (i == stream.decoded())
                stream.decodeUpTo(i + 1);
            const LogEntry& e = stream.window()[i & EntryStream::kWindowMask];
            QVERIFY2(
                std::ranges::equal(e.encode(), std::span<const uint8_t, kLogEntrySize>(
                                                   slotBytes + i * kLogEntrySize, kLogEntrySize)),
                std::to_string(i).c_str());
        }
        // At least the warm-up's and the timed blocks were copied (all of them, where the
        // mapping cannot be populated or copying was faster).
        QVERIFY(media.copied.load() >= ReadWayChooser::kWarmUp + ReadWayChooser::kTrialsEach);
    }

    // Loading an image holds the decoded entries but not the log pages as well: each decoded
    // chunk's pages of the shared log mapping are dropped (a whole log counts twice in the
    // peak memory otherwise). Memory media keep theirs: dropping them would zero the log.
    void decodedSlotsLeaveTheProcess() {
        const uint64_t entries = EntryDecoder::kChunk * 3 + 5;
        const uint64_t logBytes = entries * kLogEntrySize;
        LogImage log(entries);
        QVERIFY2(log.image, log.error.c_str());
        media::MemoryMedia& m = log.memory;
        media::ImageMedia& image = *log.image;
        QVERIFY(slotsAfterDecodeFor(image.kind()) == EntryDecoder::Slots::ReleaseSharedMapping);
        QVERIFY(slotsAfterDecodeFor(m.kind()) == EntryDecoder::Slots::Keep);
        for (const EntryDecoder::Slots policy :
             {EntryDecoder::Slots::Keep, EntryDecoder::Slots::ReleaseSharedMapping}) {
            auto map = image.map(kLogOffset + kLogHeaderSize, logBytes, media::Access::ReadOnly);
            QVERIFY(bool(map));
            LogEntryList out;
            EntryDecoder(map->data(), entries, out, policy).decodeAll(2);
            QCOMPARE(out[entries - 1].seqnum, entries - 1);
            QVERIFY(out[entries - 1].crcValid());
            const auto begin = reinterpret_cast<uint64_t>(map->data());
            const auto rss = bench::readSelfSmaps(begin, begin + logBytes);
            if (!rss)
                QSKIP(("no /proc/self/smaps to measure with: " + rss.error()).c_str());
            if (policy == EntryDecoder::Slots::Keep)
                QVERIFY2(rss->rss >= logBytes / 2, std::to_string(rss->rss).c_str());
            else // at most the two pages at the ends of each of the 4 chunks stay
                QVERIFY2(rss->rss <= 2 * 4 * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)),
                         std::to_string(rss->rss).c_str());
        }
        // The stream (info, fsck) reads its blocks in order and drops every page it has read,
        // also the one two blocks share: at most the pages at the ends of the log stay.
        auto pending = startLoad(image);
        QVERIFY2(pending.ok(), pending.error().c_str());
        {
            EntryStream stream(image, *pending);
            QCOMPARE(stream.decodeUpTo(entries), entries);
        }
        const auto firstSlot = reinterpret_cast<uint64_t>(pending->firstSlot());
        const auto rss = bench::readSelfSmaps(firstSlot, firstSlot + logBytes);
        QVERIFY2(rss.ok(), rss.error().c_str());
        QVERIFY2(rss->rss <= 2 * static_cast<uint64_t>(sysconf(_SC_PAGESIZE)),
                 std::to_string(rss->rss).c_str());
    }

    void bulkAllocator() {
        // Large blocks: a vector grows, shrinks and is refilled through retained blocks; the
        // contents are always what was written.
        for (int round = 0; round < 3; ++round) {
            std::vector<uint64_t, BulkAllocator<uint64_t>> v;
            for (uint64_t i = 0; i < (uint64_t{3} << 20); ++i)
                v.push_back(i * 7 + static_cast<uint64_t>(round));
            QCOMPARE(v[12345], uint64_t{12345 * 7} + static_cast<uint64_t>(round));
            QCOMPARE(v.back(), ((uint64_t{3} << 20) - 1) * 7 + static_cast<uint64_t>(round));
        }
        // Outside a DeferredConstruction scope, resize value-initialises.
        std::vector<LogEntry, BulkAllocator<LogEntry>> entries;
        entries.resize(20000);
        QCOMPARE(entries[19999].seqnum, uint64_t{0});
        QVERIFY(entries[19999].file() != nullptr); // the variant's first alternative
        // Inside one, only argument-less construction is skipped.
        std::vector<uint32_t, BulkAllocator<uint32_t>> raw;
        {
            bulk::DeferredConstruction deferred;
            raw.resize(8);
            for (uint32_t& x : raw)
                x = 5;
            raw.push_back(9);
        }
        raw.resize(12);
        QCOMPARE(raw[8], 9u);
        QCOMPARE(raw[11], 0u);
        QCOMPARE(raw[0], 5u);
    }

    // prefault() only maps pages in: what was written stays, around a range that starts and
    // ends inside pages (a heap block's).
    void prefaultKeepsContents() {
        std::vector<uint8_t> block(300 * 1024 + 123);
        for (size_t i = 0; i < block.size(); ++i)
            block[i] = static_cast<uint8_t>(i * 31 + 7);
        bulk::prefault(block.data() + 100, block.size() - 200);
        bulk::prefault(block.data(), block.size());
        for (size_t i = 0; i < block.size(); ++i)
            QCOMPARE(block[i], static_cast<uint8_t>(i * 31 + 7));
    }

    // ... and maps them in: writing a prefaulted range of fresh memory takes no page faults,
    // where the same range not prefaulted takes about one per page.
    void prefaultMapsPagesIn() {
        const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
        const size_t bytes = 256 * page;
        const auto faultsWriting = [&](bool prefaulted) -> std::optional<long> {
            void* p =
                mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            if (p == MAP_FAILED)
                return std::nullopt;
            madvise(p, bytes, MADV_NOHUGEPAGE); // the count is of 4 KiB pages
            if (prefaulted && !bulk::prefault(p, bytes)) {
                munmap(p, bytes);
                return std::nullopt;
            }
            rusage before{}, after{};
            getrusage(RUSAGE_THREAD, &before);
            std::memset(p, 0x5a, bytes);
            getrusage(RUSAGE_THREAD, &after);
            munmap(p, bytes);
            return after.ru_minflt - before.ru_minflt;
        };
        const auto plain = faultsWriting(false);
        QVERIFY(plain);
        if (*plain < 128)
            QSKIP("this kernel maps fresh anonymous pages without a fault per page");
        const auto prefaulted = faultsWriting(true);
        if (!prefaulted)
            QSKIP("this kernel refuses MADV_POPULATE_WRITE (Linux 5.14 and later have it)");
        QVERIFY2(*prefaulted < 8, (std::to_string(*prefaulted) + " faults after prefault, " +
                                   std::to_string(*plain) + " without")
                                      .c_str());
    }

    // smallPagesFirst(): one write at the start of a large block makes one small page
    // resident, where the block left on huge pages makes its first 2 MiB resident. (Sizes no
    // other test asks for: a released block is kept for reuse with its pages.)
    void smallPagesFirstKeepsAFirstWriteSmall() {
        const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
        const size_t head = size_t{2} << 20;
        const auto residentAfterOneWrite = [&](size_t bytes, bool small) -> size_t {
            BulkAllocator<uint8_t> allocator;
            uint8_t* p = allocator.allocate(bytes);
            if (small)
                bulk::smallPagesFirst(p, bytes);
            p[0] = 1;
            std::vector<unsigned char> resident(head / page);
            const bool known = mincore(p, head, resident.data()) == 0;
            allocator.deallocate(p, bytes);
            return known ? static_cast<size_t>(std::count_if(resident.begin(), resident.end(),
                                                             [](unsigned char r) { return r & 1; }))
                         : 0;
        };
        const size_t onHugePages = residentAfterOneWrite(size_t{14} << 20, false);
        if (onHugePages < 2)
            QSKIP("no transparent huge page backed a first write here (THP off or none free, "
                  "or mincore() refused)");
        QCOMPARE(residentAfterOneWrite(size_t{18} << 20, true), size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestReplayScale)
#include "tst_replay_scale.moc"
