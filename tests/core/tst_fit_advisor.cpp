// The fit question against the allocator itself: a plan that fits is the placement a real
// creat in a session with the same seed chooses; a file that does not fit is explained with
// the allocator's own Shortfall (run size, strips found, buckets) and the free runs it
// searched; "largest that fits" is checked by asking the allocator for that size and one
// byte more; famfs's parameter rules come back as the allocator's refusal; the answer gives
// the allocator's bucket size, and a plan's summary names its first piece.
#include "core/edit/AllocationBitmap.h"
#include "core/edit/Allocator.h"
#include "core/edit/Creat.h"
#include "core/edit/EditSession.h"
#include "core/edit/FitAdvisor.h"
#include "core/edit/Mkfs.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/media/Media.h"
#include "core/report/PlacementText.h"

#include "TempDir.h"
#include "TempImage.h"

#include <QFile>
#include <QTest>

#include <set>

using namespace famscope;
using namespace famscope::edit;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kGiB = uint64_t{1} << 30;
constexpr uint64_t kAu = 2 * kMiB;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// A map of an 8 GiB device (eight 1 GiB buckets of 512 units) whose only free space is
// `freeRuns` (first unit, units); everything else belongs to entry 0, the first 5 units to
// the metadata.
fs::AllocationMap craftedMap(std::vector<std::pair<uint64_t, uint64_t>> freeRuns) {
    fs::AllocationMap m;
    m.allocUnit = kAu;
    m.nbits = 8 * kGiB / kAu;
    m.metadataAus = 5;
    m.runs.push_back({0, 5, fs::kOwnerMetadata});
    uint64_t at = 5;
    for (const auto& [first, count] : freeRuns) {
        if (first > at)
            m.runs.push_back({at, first - at, 0});
        m.runs.push_back({first, count, fs::kOwnerFree});
        at = first + count;
    }
    if (at < m.nbits)
        m.runs.push_back({at, m.nbits - at, 0});
    return m;
}

struct ImageFixture : TempImage {
    using TempImage::TempImage;
    std::unique_ptr<EditSession> session(std::optional<uint64_t> seed) const {
        SessionOptions so = options();
        so.placementSeed = seed;
        auto s = EditSession::open(img, so);
        if (!s)
            qFatal("session: %s", s.error().c_str());
        return std::move(s.value());
    }
    // The allocation map and dd_size as a viewer loads them.
    std::pair<fs::AllocationMap, uint64_t> load() const {
        auto m = media::openMedia(img, media::Access::ReadOnly);
        if (!m)
            qFatal("open: %s", m.error().c_str());
        auto fs = fs::loadFileSystem(**m);
        if (!fs)
            qFatal("load: %s", fs.error().c_str());
        return {fs::buildAllocationMap(*fs), fs->sb.ddSize};
    }
};

} // namespace

class TestFitAdvisor : public QObject {
    Q_OBJECT

private slots:
    void planMatchesARealCreate() {
        ImageFixture f(8 * kGiB);
        { // fragment the device: simple and strided files in several buckets
            auto s = f.session(7);
            CreatOptions o;
            for (uint64_t size : {5 * kMiB, 300 * kMiB, 1 * kMiB}) {
                o.size = size;
                QVERIFY(createFile(*s, "s" + std::to_string(size), o));
            }
            o.size = 700 * kMiB;
            o.interleave = {8, 4, 4 * kMiB};
            QVERIFY(createFile(*s, "striped", o));
        }
        struct Case {
            uint64_t size, nstrips, nbuckets, chunk, seed;
        };
        const Case cases[] = {{100 * kMiB, 0, 0, 0, 1},
                              {1, 1, 0, 0, 1},
                              {900 * kMiB, 3, 8, 2 * kMiB, 11},
                              {64 * kMiB, 2, 4, 8 * kMiB, 12},
                              {3 * kMiB, 4, 8, 4 * kMiB, 13}}; // smaller than a chunk
        for (const Case& c : cases) {
            const auto [map, ddSize] = f.load();
            const FitAnswer a =
                askFit(map, ddSize, {c.size, c.nstrips, c.nbuckets, c.chunk, c.seed});
            QVERIFY2(a.fits, a.reason.c_str());
            QVERIFY(a.reason.empty());

            auto s = f.session(c.seed);
            CreatOptions o;
            o.size = c.size;
            o.interleave = a.interleave;
            if (c.nstrips > 1) {
                QCOMPARE(a.interleave.nstrips, c.nstrips);
                QCOMPARE(a.interleave.nbuckets, c.nbuckets);
                QCOMPARE(a.interleave.chunkSize, c.chunk);
            } else {
                QVERIFY(!a.interleave.enabled());
            }
            auto created =
                createFile(*s, "f" + std::to_string(c.seed) + "_" + std::to_string(c.size), o);
            QVERIFY2(created, created.error().c_str());
            QCOMPARE(a.placement.interleaved, created->placement.interleaved);
            QCOMPARE(a.placement.fellBack, created->placement.fellBack);
            QCOMPARE(a.placement.chunkSize, created->placement.chunkSize);
            QVERIFY(a.placement.extents == created->placement.extents);
            QVERIFY(a.placement.strips == created->placement.strips);
            QVERIFY(!a.ranges().empty());
        }
    }

    void simpleNonFitIsTheAllocatorsShortfall() {
        // free: 300 MiB at unit 100, 200 MiB at unit 1000, 2 MiB at unit 3000
        const fs::AllocationMap map = craftedMap({{100, 150}, {1000, 100}, {3000, 1}});
        const FitAnswer a = askFit(map, 8 * kGiB, {400 * kMiB + 1, 0, 0, 0, 1});
        QVERIFY(!a.fits);
        QVERIFY(a.shortfall);

        std::optional<Shortfall> direct;
        Allocator(AllocationBitmap::fromAllocationMap(map), 8 * kGiB, 1)
            .plan(400 * kMiB + 1, {}, &direct);
        QVERIFY(direct);
        QVERIFY(Allocator(AllocationBitmap::fromAllocationMap(map), 8 * kGiB, 1)
                    .plan(2 * kMiB, {}, &direct));
        QVERIFY(!direct); // a success leaves no stale shortfall behind
        Allocator(AllocationBitmap::fromAllocationMap(map), 8 * kGiB, 1)
            .plan(400 * kMiB + 1, {}, &direct);
        QVERIFY(direct);
        QVERIFY(!a.shortfall->strided);
        QCOMPARE(a.shortfall->runBytes, direct->runBytes);
        QCOMPARE(a.shortfall->runBytes, 402 * kMiB);
        QCOMPARE(a.shortfall->searchFrom, uint64_t{0});
        QVERIFY2(qs(a.reason).contains(QLatin1String("needs one free run of 402 MiB")),
                 a.reason.c_str());
        QVERIFY2(qs(a.reason).contains(QLatin1String("the largest free run is 300 MiB")),
                 a.reason.c_str());
        QVERIFY2(qs(a.reason).contains(QLatin1String("502 MiB is free in total, in 3 runs")),
                 a.reason.c_str());
        QCOMPARE(a.largestThatFits, 300 * kMiB);
        QVERIFY(askFit(map, 8 * kGiB, {a.largestThatFits, 0, 0, 0, 1}).fits);
        QVERIFY(!askFit(map, 8 * kGiB, {a.largestThatFits + 1, 0, 0, 0, 1}).fits);
    }

    void stridedNonFitNamesTheBuckets() {
        // bucket 0: 300 MiB; buckets 3 and 5: 600 MiB; an 800 MiB run across buckets 6 and 7
        const uint64_t b = 512; // units per 1 GiB bucket
        const fs::AllocationMap map =
            craftedMap({{100, 150}, {3 * b + 10, 300}, {5 * b, 300}, {6 * b + 312, 400}});
        const FitQuestion q{1536 * kMiB, 3, 8, 2 * kMiB, 5}; // 3 strips of 512 MiB
        const FitAnswer a = askFit(map, 8 * kGiB, q);
        QVERIFY(!a.fits);
        QVERIFY(a.shortfall && a.shortfall->strided);

        std::optional<Shortfall> direct;
        Allocator(AllocationBitmap::fromAllocationMap(map), 8 * kGiB, 99)
            .plan(q.size, a.interleave, &direct);
        QVERIFY(direct);
        QCOMPARE(a.shortfall->runBytes, direct->runBytes);
        QCOMPARE(a.shortfall->runsFound, direct->runsFound);
        QCOMPARE(a.shortfall->runBytes, 512 * kMiB);
        QCOMPARE(a.shortfall->runsNeeded, uint64_t{3});
        QCOMPARE(a.shortfall->runsFound, uint64_t{2});
        QCOMPARE(a.shortfall->bucketBytes, kGiB);
        const QString why = qs(a.reason);
        QVERIFY2(why.contains(QLatin1String("Needs 3 strips of 512 MiB, each in a different "
                                            "bucket (8 buckets of 1 GiB)")),
                 a.reason.c_str());
        QVERIFY2(why.contains(QLatin1String("only 2 buckets have a free run of 512 MiB (3, 5)")),
                 a.reason.c_str());
        // 400 units across the 6/7 boundary: 400 MiB in each bucket
        QVERIFY2(why.contains(QLatin1String("inside one bucket is 600 MiB")), a.reason.c_str());
        QVERIFY2(why.contains(QLatin1String("the largest on the device, 800 MiB, crosses")),
                 a.reason.c_str());

        // Per-bucket runs 600, 600, 400, 400, 300 MiB: three strips are limited by the third
        // largest, 400 MiB (200 chunks of 2 MiB)
        QCOMPARE(a.largestThatFits, 3 * 400 * kMiB);
        FitQuestion edge = q;
        edge.size = a.largestThatFits;
        QVERIFY(askFit(map, 8 * kGiB, edge).fits);
        edge.size += 1;
        QVERIFY(!askFit(map, 8 * kGiB, edge).fits);
    }

    // On a file system with 4 KiB allocation units the buckets are whole 4 KiB units, so on a
    // device that is not a multiple of 8 x 2 MiB their boundaries are not 2 MiB aligned. The
    // per-bucket figures must use the same buckets as the allocator, or "the largest that
    // fits" would not fit.
    void fourKiBUnitsUseTheAllocatorsBuckets() {
        const uint64_t unit = 4096;
        const uint64_t ddSize = 8 * kGiB + kMiB; // buckets of 1 GiB + 128 KiB
        fs::AllocationMap m;
        m.allocUnit = unit;
        m.nbits = ddSize / unit;
        m.metadataAus = 10 * kMiB / unit;
        // Free: 512 MiB from exactly 1 GiB (its first 128 KiB still in bucket 0), and 900 MiB
        // well inside bucket 3; everything else belongs to entry 0.
        const uint64_t a0 = kGiB / unit, a1 = a0 + 512 * kMiB / unit;
        const uint64_t b0 = (3 * kGiB + kMiB) / unit, b1 = b0 + 900 * kMiB / unit;
        m.runs = {{0, m.metadataAus, fs::kOwnerMetadata}, {m.metadataAus, a0 - m.metadataAus, 0},
                  {a0, a1 - a0, fs::kOwnerFree},          {a1, b0 - a1, 0},
                  {b0, b1 - b0, fs::kOwnerFree},          {b1, m.nbits - b1, 0}};
        const FitQuestion q{kGiB, 2, 8, 2 * kMiB, 5};
        const FitAnswer a = askFit(m, ddSize, q);
        QCOMPARE(a.bucketBytes, kGiB + 128 * 1024); // whole 4 KiB units, as the allocator's
        // Bucket 1 holds 512 MiB - 128 KiB of the first run: 255 whole 2 MiB chunks.
        QCOMPARE(a.largestThatFits, 2 * 510 * kMiB);
        FitQuestion edge = q;
        edge.size = a.largestThatFits;
        QVERIFY(askFit(m, ddSize, edge).fits);
        edge.size += 1;
        QVERIFY(!askFit(m, ddSize, edge).fits);
    }

    void refusedParametersComeFromTheAllocator() {
        const fs::AllocationMap map = craftedMap({{5, 4000}});
        FitAnswer a = askFit(map, 8 * kGiB, {64 * kMiB, 4, 16, 0, 1}); // buckets of 512 MiB
        QVERIFY(!a.fits);
        QVERIFY(!a.shortfall);
        QVERIFY2(qs(a.reason).contains(QLatin1String("below the 1 GiB famfs requires")),
                 a.reason.c_str());
        QCOMPARE(a.largestThatFits, uint64_t{0});
        a = askFit(map, 8 * kGiB, {64 * kMiB, 4, 0, 3 * kMiB, 1});
        QVERIFY2(qs(a.reason).contains(QLatin1String("power of 2")), a.reason.c_str());
        a = askFit(map, 8 * kGiB, {0, 0, 0, 0, 1});
        QVERIFY(!a.fits);
        QVERIFY2(qs(a.reason).contains(QLatin1String("cannot be empty")), a.reason.c_str());
    }

    void defaultBuckets() {
        QCOMPARE(defaultBucketCount(8 * kGiB), uint64_t{8});
        QCOMPARE(defaultBucketCount(512 * kMiB), uint64_t{1});
        QCOMPARE(defaultBucketCount(1024 * kGiB), uint64_t{64});
        // nbuckets 0 means the default: 8 buckets on 8 GiB
        const FitAnswer a = askFit(craftedMap({{5, 4000}}), 8 * kGiB, {100 * kMiB, 4, 0, 0, 1});
        QVERIFY2(a.fits, a.reason.c_str());
        QCOMPARE(a.interleave.nbuckets, uint64_t{8});
        QCOMPARE(a.interleave.chunkSize, 2 * kMiB);
        QCOMPARE(a.placement.strips.size(), size_t{4});
        QCOMPARE(a.bucketBytes, kGiB);
        std::set<uint64_t> buckets; // each strip in its own bucket
        for (const auto& strip : a.placement.strips)
            buckets.insert(strip.offset / a.bucketBytes);
        QCOMPARE(buckets.size(), size_t{4});
        QCOMPARE(askFit(craftedMap({{5, 4000}}), 8 * kGiB, {100 * kMiB, 1, 0, 0, 1}).bucketBytes,
                 uint64_t{0}); // a simple file has no buckets
    }

    void placementSummaryNamesTheFirstPiece() {
        const fs::AllocationMap map = craftedMap({{5, 4000}});
        const FitAnswer strips = askFit(map, 8 * kGiB, {100 * kMiB, 4, 0, 0, 1});
        report::PlacementSummary s = report::summarizePlacement(strips.placement);
        QVERIFY(s.interleaved && !s.fellBack);
        QCOMPARE(s.pieces, size_t{4});
        QCOMPARE(s.pieceBytes, strips.placement.strips.front().len);
        QCOMPARE(s.firstOffset, strips.placement.strips.front().offset);
        QCOMPARE(s.chunkSize, 2 * kMiB);
        const FitAnswer small = askFit(map, 8 * kGiB, {kMiB, 4, 0, 0, 1}); // below one chunk
        s = report::summarizePlacement(small.placement);
        QVERIFY(!s.interleaved && s.fellBack);
        QCOMPARE(s.pieces, size_t{1});
        QCOMPARE(s.firstOffset, small.placement.extents.front().offset);
        s = report::summarizePlacement(Placement{}); // an empty plan: zeros, no crash
        QCOMPARE(s.pieces, size_t{0});
        QCOMPARE(s.pieceBytes, uint64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestFitAdvisor)
#include "tst_fit_advisor.moc"
