// The allocator against famfs's rules (famfs-format.md section 4): first fit from the session
// position, 2 MiB rounding, out of space without wrapping, the interleave validation rules one
// by one, strided placement properties (one strip per bucket, inside it, equal lengths,
// nstrips*nstripes*chunk >= size, no overlap), seeded reproducibility, the small-file fallback,
// plan-only leaving the bitmap alone, and bad log entries freeing their space as famfs sees it.
#include "edit/AllocationBitmap.h"
#include "edit/Allocator.h"
#include "edit/Creat.h"
#include "edit/EditSession.h"
#include "edit/Mkfs.h"
#include "fs/LoadedFs.h"
#include "media/Media.h"

#include "TempDir.h"

#include <QFile>
#include <QTest>

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
        QTemporaryDir dir;
        const QString img = tempPath(dir, QStringLiteral("fs.img"));
        const QString suuid = tempPath(dir, QStringLiteral("system_uuid"));
        const QString mountinfo = tempPath(dir, QStringLiteral("mountinfo"));
        QFile(mountinfo).open(QIODevice::WriteOnly);
        MkfsOptions mo;
        mo.createSize = 256 * kMiB;
        mo.systemUuidPath = suuid.toStdString();
        mo.mountInfoPath = mountinfo.toStdString();
        QVERIFY(makeFileSystem(img.toStdString(), mo));
        SessionOptions so;
        so.systemUuidPath = suuid.toStdString();
        so.mountInfoPath = mountinfo.toStdString();
        so.backup = false;
        {
            auto s = EditSession::open(img.toStdString(), so);
            QVERIFY2(s, s.error().c_str());
            CreatOptions co;
            co.size = 4 * kMiB;
            QVERIFY(createFile(**s, "a", co));
            QVERIFY(createFile(**s, "b", co));
        }
        auto m = media::openMedia(img.toStdString(), media::Access::ReadWrite);
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
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
