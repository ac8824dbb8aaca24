// The allocator against famfs's rules (famfs-format.md section 4): first fit from the session
// position, 2 MiB rounding, out of space without wrapping, the interleave validation rules one
// by one, strided placement properties (one strip per bucket, inside it, equal lengths,
// nstrips*nstripes*chunk >= size, no overlap), seeded reproducibility, the small-file fallback,
// plan-only leaving the bitmap alone, bad log entries freeing their space as famfs sees it, and
// a 4 KiB ts_alloc_unit: extents where famfs's rule puts them (computed here from the rule), no
// collision afterwards.
#include "core/edit/AllocationBitmap.h"
#include "core/edit/Allocator.h"
#include "core/edit/Creat.h"
#include "core/edit/EditSession.h"
#include "core/edit/Mkfs.h"
#include "core/format/LogEntry.h"
#include "core/format/Superblock.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"

#include "TempDir.h"
#include "TempImage.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <set>

using namespace famscope;
using namespace famscope::edit;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kGiB = uint64_t{1} << 30;
constexpr uint64_t kAu = 2 * kMiB;

// A bitmap for a device of `size` with the superblock and an 8 MiB log in use.
Allocator freshAllocator(uint64_t size, std::optional<uint64_t> seed = 1) {
    AllocationBitmap bm(size / kAu);
    bm.set(0, 5); // [0, 10 MiB)
    return Allocator(bm, size, seed);
}

constexpr uint64_t k4KiB = 4096;

// famfs's allocation rule for a 4 KiB ts_alloc_unit (famfs-format.md section 4), written out
// here independently of the allocator: one bit per 4 KiB over ceil(dd_size / 4 KiB); a file's
// extent is its size rounded up to the compile-time 2 MiB, found first-fit in 4 KiB bits from
// the session position, at offset bit * 4 KiB.
class FourKiBRule {
public:
    explicit FourKiBRule(uint64_t ddSize) : used_((ddSize + k4KiB - 1) / k4KiB, false) {}
    void mark(uint64_t offset, uint64_t len) {
        for (uint64_t b = offset / k4KiB; b < (offset + len + k4KiB - 1) / k4KiB; ++b)
            used_[b] = true;
    }
    bool freeRun(uint64_t first, uint64_t count) const {
        return first + count <= used_.size() &&
               std::none_of(used_.begin() + static_cast<std::ptrdiff_t>(first),
                            used_.begin() + static_cast<std::ptrdiff_t>(first + count),
                            [](bool u) { return u; });
    }
    // First fit of `len` bytes in bits [from, limit); nullopt when famfs would fail.
    std::optional<uint64_t> firstFit(uint64_t from, uint64_t limit, uint64_t len) const {
        for (uint64_t b = from; b + len / k4KiB <= limit; ++b)
            if (freeRun(b, len / k4KiB))
                return b * k4KiB;
        return std::nullopt;
    }
    std::optional<uint64_t> placeContiguous(uint64_t size) {
        const uint64_t len = (size + kAu - 1) / kAu * kAu;
        const auto at = firstFit(pos_, used_.size(), len);
        if (at) {
            mark(*at, len);
            pos_ = (*at + len) / k4KiB;
        }
        return at;
    }
    uint64_t nbits() const { return used_.size(); }

private:
    std::vector<bool> used_;
    uint64_t pos_ = 0;
};

void setAllocUnit(const std::string& image, uint64_t unit) {
    auto m = media::openMedia(image, media::Access::ReadWrite);
    QVERIFY(m);
    auto bytes = (*m)->read(0, famfs::kSuperblockSize);
    QVERIFY(bytes);
    famfs::Superblock sb = famfs::Superblock::decode(
        std::span<const uint8_t, famfs::kSuperblockSize>(bytes->data(), famfs::kSuperblockSize));
    sb.allocUnit = unit;
    sb.seal();
    QVERIFY((*m)->write(0, sb.encode()));
}

famfs::LogEntry fileEntry(const std::string& path, uint64_t offset, uint64_t len) {
    famfs::FileMeta f;
    f.size = len;
    f.mode = 0644;
    f.flags = famfs::kFlagAllHostsRw;
    famfs::setPathText(f.relpath, path);
    f.extType = famfs::kExtSimple;
    f.count = 1;
    f.setExtent(0, {0, offset, len});
    return famfs::LogEntry::makeFile(f);
}

} // namespace

class TestAllocator : public QObject {
    Q_OBJECT

private slots:
    void firstFit() {
        AllocationBitmap bm(16);
        bm.set(0, 2);
        bm.set(4, 1);
        QCOMPARE(bm.firstFit(0, 16, 2).value(), 2u);
        QCOMPARE(bm.firstFit(0, 16, 3).value(), 5u);
        QCOMPARE(bm.firstFit(3, 16, 1).value(), 3u);
        QVERIFY(!bm.firstFit(0, 16, 12));
        QCOMPARE(bm.firstFit(5, 16, 11).value(), 5u);
        QVERIFY(!bm.firstFit(0, 4, 3)); // the limit bounds the run
        QCOMPARE(bm.countSet(), 3u);
    }

    void contiguousLikeFamfs() {
        Allocator a = freshAllocator(4 * kGiB);
        // a02-files' first files: 1 B, 4 KiB, 1234567 B, 2 MiB, 2 MiB + 1
        const std::pair<uint64_t, uint64_t> expect[] = {{1, 0xa00000},
                                                        {4096, 0xc00000},
                                                        {1234567, 0xe00000},
                                                        {2 * kMiB, 0x1000000},
                                                        {2 * kMiB + 1, 0x1200000}};
        for (const auto& [size, offset] : expect) {
            auto p = a.allocate(size, {});
            QVERIFY2(p, p.error().c_str());
            QVERIFY(!p->interleaved);
            QCOMPARE(p->extents.size(), size_t{1});
            QCOMPARE(p->extents[0].offset, offset);
            QCOMPARE(p->extents[0].len, (size + kAu - 1) / kAu * kAu);
        }
    }

    void zeroSizeAndOutOfSpace() {
        Allocator a = freshAllocator(64 * kMiB);
        QVERIFY(!a.allocate(0, {}));
        auto big = a.allocate(64 * kMiB - 10 * kMiB, {});
        QVERIFY(big);
        auto more = a.allocate(1, {});
        QVERIFY(!more);
        QVERIFY(QString::fromStdString(more.error()).contains(QLatin1String("out of space")));
    }

    void contiguousDoesNotWrapBehindThePosition() {
        AllocationBitmap bm(32);
        bm.set(0, 5);
        bm.set(7, 20); // free: 5..6 and 27..31
        Allocator a(bm, 64 * kMiB, 1);
        QCOMPARE(a.allocate(8 * kMiB, {})->extents[0].offset, 27 * kAu); // 4 units: 27..30
        QVERIFY(a.position() == 31);
        // 5..6 is free but behind the position: famfs does not wrap within a session
        QVERIFY(!a.allocate(4 * kMiB, {}));
    }

    void interleaveValidation_data() {
        QTest::addColumn<quint64>("nbuckets");
        QTest::addColumn<quint64>("nstrips");
        QTest::addColumn<quint64>("chunk");
        QTest::addColumn<QString>("error");
        QTest::newRow("nstrips > nbuckets")
            << quint64(8ULL) << quint64(16ULL) << quint64(2 * kMiB) << QStringLiteral("nbuckets");
        QTest::newRow("nstrips > 16")
            << quint64(32ULL) << quint64(17ULL) << quint64(2 * kMiB) << QStringLiteral("> 16");
        QTest::newRow("chunk not power of 2")
            << quint64(8ULL) << quint64(4ULL) << quint64(3 * kMiB) << QStringLiteral("power of 2");
        QTest::newRow("chunk below AU")
            << quint64(8ULL) << quint64(4ULL) << quint64(1 * kMiB) << QStringLiteral("multiple");
        QTest::newRow("bucket < 1 GiB")
            << quint64(16ULL) << quint64(4ULL) << quint64(2 * kMiB) << QStringLiteral("1 GiB");
        QTest::newRow("nbuckets > 64")
            << quint64(65ULL) << quint64(4ULL) << quint64(2 * kMiB) << QStringLiteral("64");
        QTest::newRow("no nstrips")
            << quint64(8ULL) << quint64(0ULL) << quint64(2 * kMiB) << QStringLiteral("nstrips");
    }
    void interleaveValidation() {
        QFETCH(quint64, nbuckets);
        QFETCH(quint64, nstrips);
        QFETCH(quint64, chunk);
        QFETCH(QString, error);
        const uint64_t dev = nbuckets > 64 ? 128 * kGiB : 8 * kGiB;
        Allocator a = freshAllocator(dev);
        const uint64_t before = a.bitmap().countSet();
        auto p = a.allocate(64 * kMiB, {nbuckets, nstrips, chunk});
        QVERIFY(!p);
        QVERIFY2(QString::fromStdString(p.error()).contains(error), p.error().c_str());
        QCOMPARE(a.bitmap().countSet(), before);
    }

    void stridedProperties_data() {
        QTest::addColumn<quint64>("size");
        QTest::addColumn<quint64>("nbuckets");
        QTest::addColumn<quint64>("nstrips");
        QTest::addColumn<quint64>("chunk");
        QTest::newRow("20M 4x2M b8")
            << quint64(20 * kMiB) << quint64(8ULL) << quint64(4ULL) << quint64(2 * kMiB);
        QTest::newRow("4206593 2x2M b8")
            << quint64(4206593ULL) << quint64(8ULL) << quint64(2ULL) << quint64(2 * kMiB);
        QTest::newRow("4194305 4x4M b8")
            << quint64(4194305ULL) << quint64(8ULL) << quint64(4ULL) << quint64(4 * kMiB);
        QTest::newRow("100M 2x4M b2")
            << quint64(100 * kMiB) << quint64(2ULL) << quint64(2ULL) << quint64(4 * kMiB);
        QTest::newRow("2100000 8x2M b8")
            << quint64(2100000ULL) << quint64(8ULL) << quint64(8ULL) << quint64(2 * kMiB);
    }
    void stridedProperties() {
        QFETCH(quint64, size);
        QFETCH(quint64, nbuckets);
        QFETCH(quint64, nstrips);
        QFETCH(quint64, chunk);
        const uint64_t dev = 8 * kGiB;
        Allocator a = freshAllocator(dev, 7);
        auto p = a.allocate(size, {nbuckets, nstrips, chunk});
        QVERIFY2(p, p.error().c_str());
        QVERIFY(p->interleaved);
        QCOMPARE(p->chunkSize, chunk);
        QCOMPARE(p->strips.size(), size_t(nstrips));
        const uint64_t bucket = dev / nbuckets;
        const uint64_t stripe = nstrips * chunk;
        const uint64_t stripLen = (size + stripe - 1) / stripe * chunk;
        std::set<uint64_t> buckets;
        for (const auto& s : p->strips) {
            QCOMPARE(s.len, stripLen);
            QCOMPARE(s.offset % kAu, 0u);
            QVERIFY(s.offset >= 10 * kMiB);
            const uint64_t b = s.offset / bucket;
            QCOMPARE((s.offset + s.len - 1) / bucket, b); // inside one bucket
            QVERIFY(buckets.insert(b).second);            // one strip per bucket
        }
        QVERIFY(nstrips * stripLen >= size);
        // The bitmap now holds exactly the strips; a second file never overlaps them.
        auto q = a.allocate(size, {nbuckets, nstrips, chunk});
        if (q)
            for (const auto& s : q->strips)
                for (const auto& t : p->strips)
                    QVERIFY(s.offset + s.len <= t.offset || t.offset + t.len <= s.offset);
    }

    void seededPlacementIsReproducible() {
        auto place = [](uint64_t seed) {
            Allocator a = freshAllocator(8 * kGiB, seed);
            std::vector<uint64_t> offsets;
            const auto placed = a.allocate(64 * kMiB, {8, 4, 2 * kMiB});
            for (const auto& s : placed->strips)
                offsets.push_back(s.offset);
            return offsets;
        };
        QCOMPARE(place(11), place(11));
        bool someDiffer = false;
        for (uint64_t s = 12; s < 20 && !someDiffer; ++s)
            someDiffer = place(s) != place(11);
        QVERIFY(someDiffer);
    }

    void smallFileFallsBackToSimple() {
        Allocator a = freshAllocator(8 * kGiB);
        auto p = a.allocate(500000, {8, 4, 2 * kMiB});
        QVERIFY(p);
        QVERIFY(!p->interleaved);
        QVERIFY(p->fellBack);
        QCOMPARE(p->extents[0].offset, 0xa00000u);
        // Invalid parameters are refused even for a small file.
        QVERIFY(!a.allocate(500000, {16, 4, 2 * kMiB}));

        // famfs restarts the scan at 0 for the fallback: a hole behind the session position
        // is found again (a plain contiguous allocation would not wrap back to it).
        AllocationBitmap bm(8 * kGiB / kAu);
        bm.set(0, 5);  // [0, 10 MiB)
        bm.set(6, 10); // leaves unit 5 (0xa00000) free
        Allocator b(bm, 8 * kGiB, 1);
        QCOMPARE(b.allocate(4 * kMiB, {})->extents[0].offset, 16 * kAu);
        QCOMPARE(b.allocate(500000, {8, 4, 2 * kMiB})->extents[0].offset, 5 * kAu);
    }

    void stridedOutOfSpace() {
        AllocationBitmap bm(8 * kGiB / kAu);
        bm.set(0, 8 * kGiB / kAu); // everything in use
        Allocator a(bm, 8 * kGiB, 1);
        auto p = a.allocate(64 * kMiB, {8, 4, 2 * kMiB});
        QVERIFY(!p);
        QVERIFY(QString::fromStdString(p.error()).contains(QLatin1String("out of space")));
    }

    void planLeavesTheBitmapAlone() {
        Allocator a = freshAllocator(4 * kGiB);
        auto p1 = a.plan(6 * kMiB, {});
        auto p2 = a.plan(6 * kMiB, {});
        QCOMPARE(p1->extents[0].offset, p2->extents[0].offset);
        QCOMPARE(a.bitmap().countSet(), 5u);
    }

    void badEntryFreesItsSpace() {
        const TempImage t(256 * kMiB);
        const std::string& img = t.img;
        const SessionOptions so = t.options();
        {
            auto s = EditSession::open(img, so);
            QVERIFY2(s, s.error().c_str());
            CreatOptions co;
            co.size = 4 * kMiB;
            QVERIFY(createFile(**s, "a", co));
            QVERIFY(createFile(**s, "b", co));
        }
        auto m = media::openMedia(img, media::Access::ReadWrite);
        QVERIFY(m);
        auto check = [&](uint64_t expectFirstFree) {
            auto fs = fs::loadFileSystem(**m);
            QVERIFY(fs);
            auto p = planPlacement(*fs, 4 * kMiB, {}, 1);
            QVERIFY(p);
            QCOMPARE(p->extents[0].offset, expectFirstFree);
        };
        check(0x1200000); // after a (0xa00000) and b (0xe00000)
        // Damage entry 0's CRC: famfs's bitmap skips it, so a's extent is free again.
        const uint64_t entry0 = 0x200000 + 48 + 40;
        auto byte = (*m)->read(entry0, 1);
        const uint8_t flipped = static_cast<uint8_t>(byte->at(0) ^ 0x01);
        QVERIFY((*m)->write(entry0, std::span<const uint8_t>(&flipped, 1)));
        check(0xa00000);
    }

    // mkfs, then the superblock says 4 KiB. A file logged at 10 MiB + 4 KiB (4 KiB aligned, as
    // famfs allows with that unit) leaves a one-unit hole before it; the files created next must
    // land where famfs's 4 KiB bitmap puts them, not on 2 MiB boundaries.
    void fourKiBAllocUnitPlacesLikeFamfs() {
        const TempImage t(256 * kMiB);
        const std::string& img = t.img;
        setAllocUnit(img, k4KiB);
        const SessionOptions so = t.options();

        FourKiBRule rule(256 * kMiB);
        rule.mark(0, 2 * kMiB + 8 * kMiB); // superblock + the 8 MiB log mkfs made
        const uint64_t oddOffset = 10 * kMiB + k4KiB;
        {
            auto s = EditSession::open(img, so);
            QVERIFY2(s, s.error().c_str());
            QVERIFY((*s)->append(fileEntry("odd", oddOffset, 2 * kMiB)));
        }
        rule.mark(oddOffset, 2 * kMiB);

        // A new command: the scan starts at 0 again over the bitmap rebuilt from the log.
        auto s = EditSession::open(img, so);
        QVERIFY2(s, s.error().c_str());
        QCOMPARE((*s)->allocator().bitmap().unit(), k4KiB);
        QCOMPARE((*s)->allocator().bitmap().nbits(), rule.nbits());
        const std::pair<const char*, uint64_t> files[] = {
            {"a", 1}, {"b", 3 * kMiB}, {"c", 2 * kMiB}, {"d", 5 * kMiB + 1}};
        for (const auto& [path, size] : files) {
            CreatOptions co;
            co.size = size;
            auto r = createFile(**s, path, co);
            QVERIFY2(r, r.error().c_str());
            const auto expected = rule.placeContiguous(size);
            QVERIFY(expected);
            QCOMPARE(r->placement.extents.size(), size_t{1});
            QCOMPARE(r->placement.extents[0].offset, *expected);
            QCOMPARE(r->placement.extents[0].len, (size + kAu - 1) / kAu * kAu);
            QVERIFY(r->placement.extents[0].offset % kAu != 0); // only a 4 KiB bitmap puts it there
        }
        s->reset();

        auto m = media::openMedia(img, media::Access::ReadOnly);
        QVERIFY(m);
        auto fs = fs::loadFileSystem(**m);
        QVERIFY(fs);
        fsck::FsckOptions fo;
        fo.systemUuidFile = t.suuid;
        const fsck::FsckReport report = fsck::runFsck(*fs, fo);
        std::string found;
        for (const auto& f : report.findings)
            found += f.code + ": " + f.message + "\n";
        QVERIFY2(!report.has("ALLOC_COLLISION"), found.c_str());
        QCOMPARE(report.figures.collisions, uint64_t{0});
        QVERIFY2(report.counts.errors == 0, found.c_str());
        QCOMPARE(report.allocUnit, k4KiB);
    }

    // Strided placement over a 4 KiB bitmap: buckets, chunks and strips are counted in 4 KiB
    // units, so each strip is the first fit inside its bucket at 4 KiB granularity.
    void stridedInFourKiBUnits() {
        const uint64_t dev = 4 * kGiB;
        const uint64_t metadata = 10 * kMiB;
        const uint64_t hole = metadata + 3 * k4KiB; // in bucket 0, 4 KiB aligned
        AllocationBitmap bm(dev / k4KiB, k4KiB);
        bm.set(0, metadata / k4KiB);
        bm.set(hole / k4KiB, 2 * kMiB / k4KiB);
        FourKiBRule rule(dev);
        rule.mark(0, metadata);
        rule.mark(hole, 2 * kMiB);
        for (const uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
            Allocator a(bm, dev, seed);
            const InterleaveParams p{4, 4, 2 * kMiB};
            auto placed = a.allocate(20 * kMiB, p);
            QVERIFY2(placed, placed.error().c_str());
            QCOMPARE(placed->strips.size(), size_t{4});
            const uint64_t bucketBits = dev / k4KiB / 4;
            const uint64_t stripLen = (20 * kMiB + 4 * 2 * kMiB - 1) / (4 * 2 * kMiB) * 2 * kMiB;
            for (const auto& strip : placed->strips) {
                const uint64_t bucket = strip.offset / k4KiB / bucketBits;
                const auto expected =
                    rule.firstFit(bucket * bucketBits, (bucket + 1) * bucketBits, stripLen);
                QVERIFY(expected);
                QCOMPARE(strip.offset, *expected);
                QCOMPARE(strip.len, stripLen);
            }
        }
        // Chunks follow famfs's rule for the unit: a power of two and a multiple of 4 KiB.
        Allocator a(bm, dev, 1);
        QVERIFY(!a.allocate(20 * kMiB, {4, 4, 6 * k4KiB}));    // chunk not a power of two
        auto small = a.allocate(20 * kMiB, {4, 4, 64 * 1024}); // famfs: chunk % 4 KiB == 0
        QVERIFY2(small, small.error().c_str());
        QCOMPARE(small->strips[0].len % (64 * 1024), 0u);
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
