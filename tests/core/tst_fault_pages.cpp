// Huge-page eligibility (fs::faultPages, fs::faultAt) against the independent page-by-page
// model of FaultPageOracle.h on hand-made and random layouts, and the resolver's explanation
// (fs::explain) against the resolver and the worked example of famfs-format.md section 5.
#include "FaultPageOracle.h"
#include "FileMaps.h"

#include "core/fs/FaultPages.h"
#include "core/fs/Resolver.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace famscope;
using namespace famscope::fs;
using famscope::famfs::SimpleExtent;

using famscope::testmaps::interleavedMap;
using famscope::testmaps::simpleMap;
using famscope::testmaps::stepValue;

namespace {

constexpr uint64_t kKiB = uint64_t{1} << 10;
constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

FaultPageMap classify(const FileMap& map, uint64_t size) {
    auto got = faultPages(map, size);
    if (!got)
        qFatal("faultPages: %s", got.error().c_str());
    const std::string diff = oracle::mismatch(map, size, *got);
    if (!diff.empty())
        qFatal("faultPages disagrees with the model: %s", diff.c_str());
    return std::move(got.value());
}

uint64_t seed() {
    bool ok = false;
    const uint64_t s = qEnvironmentVariable("FAMSCOPE_TEST_SEED").toULongLong(&ok);
    return ok ? s : 20261204;
}

// Lengths and offsets that hit every rule: 2 MiB multiples, 4 KiB multiples, odd bytes.
uint64_t roughSize(QRandomGenerator& rng, uint64_t maxUnits) {
    const uint64_t units = 1 + rng.bounded(quint64(maxUnits));
    switch (rng.bounded(4)) {
    case 0:
        return units * 2 * kMiB;
    case 1:
        return units * 4 * kKiB * 97;
    case 2:
        return units * 2 * kMiB + rng.bounded(quint64(2 * kMiB));
    default:
        return units * kMiB;
    }
}

uint64_t roughOffset(QRandomGenerator& rng) {
    const uint64_t base = rng.bounded(quint64(64)) * 2 * kMiB;
    return rng.bounded(2) ? base : base + rng.bounded(quint64(512)) * 4 * kKiB;
}

FileMap randomMap(QRandomGenerator& rng) {
    std::vector<SimpleExtent> pieces(1 + rng.bounded(rng.bounded(2) ? 4u : 16u));
    if (rng.bounded(2)) {
        for (auto& p : pieces)
            p = {0, roughOffset(rng), roughSize(rng, 4)};
        return simpleMap(pieces);
    }
    static const uint64_t chunks[] = {4 * kKiB, 64 * kKiB, kMiB, 2 * kMiB, 3 * kMiB, 4 * kMiB};
    const uint64_t chunk = chunks[rng.bounded(6u)];
    for (auto& p : pieces)
        p = {0, roughOffset(rng),
             rng.bounded(4) ? chunk * (1 + rng.bounded(3u)) : roughSize(rng, 3)};
    return interleavedMap(chunk, pieces);
}

} // namespace

class TestFaultPages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qInfo("random seed %llu (set FAMSCOPE_TEST_SEED to repeat another)",
              static_cast<unsigned long long>(seed()));
    }

    void alignedExtentIsAllHuge() {
        const auto got = classify(simpleMap({{0, 8 * kMiB, 6 * kMiB}}), 6 * kMiB);
        QCOMPARE(got.bytes2M, 6 * kMiB);
        QCOMPARE(got.percent2M(), 100u);
        QCOMPARE(got.ranges.size(), size_t{1});
        QCOMPARE(got.layoutBlockedWindows, uint64_t{0});
    }

    // The last window runs past i_size: 4 KiB pages there even though the extent covers it.
    void tailPastEndOfFileFallsBack() {
        const auto got = classify(simpleMap({{0, 8 * kMiB, 4 * kMiB}}), 3 * kMiB + 1);
        QCOMPARE(got.bytes2M, 2 * kMiB);
        QCOMPARE(got.bytes4K, kMiB + 4 * kKiB);
        QCOMPARE(got.ranges.back().blocker, HugeBlocker::PastEndOfFile);
        QCOMPARE(got.percent2M(), 66u);
        QCOMPARE(got.percentOf(got.bytes4K), 33u); // (1 MiB + 4 KiB) of (3 MiB + 4 KiB)
        QCOMPARE(got.percentOf(got.bytesNone), 0u);
        QCOMPARE(got.layoutBlockedWindows, uint64_t{0});
    }

    void misalignedDeviceOffsetFallsBack() {
        const auto got = classify(simpleMap({{0, 8 * kMiB + 4 * kKiB, 4 * kMiB}}), 4 * kMiB);
        QCOMPARE(got.bytes2M, uint64_t{0});
        QCOMPARE(got.bytes4K, 4 * kMiB);
        QCOMPARE(got.ranges.front().blocker, HugeBlocker::DeviceMisaligned);
        QCOMPARE(got.layoutBlockedWindows, uint64_t{2});
    }

    // Two extents that follow each other on the device still end a run: the window across
    // the seam falls back, its neighbours do not.
    void extentSeamSplitsTheWindow() {
        const auto map = simpleMap({{0, 8 * kMiB, 3 * kMiB}, {0, 11 * kMiB, 3 * kMiB}});
        const auto got = classify(map, 6 * kMiB);
        QCOMPARE(got.bytes2M, 4 * kMiB); // [4M,6M) is at device 12 MiB: aligned again
        QCOMPARE(faultAt(map, 6 * kMiB, 3 * kMiB).blocker, HugeBlocker::SplitByBoundary);
        QCOMPARE(got.layoutBlockedWindows, uint64_t{1});
    }

    // One strip of 1 MiB chunks is contiguous on the device, yet famfs ends each run at a
    // chunk: no 2 MiB page anywhere.
    void smallChunksNeverHuge() {
        const auto map = interleavedMap(kMiB, {{0, 8 * kMiB, 8 * kMiB}});
        const auto got = classify(map, 8 * kMiB);
        QCOMPARE(got.bytes2M, uint64_t{0});
        QCOMPARE(got.ranges.front().blocker, HugeBlocker::SplitByBoundary);
        const auto big =
            classify(interleavedMap(2 * kMiB, {{0, 8 * kMiB, 4 * kMiB}, {0, 16 * kMiB, 4 * kMiB}}),
                     8 * kMiB);
        QCOMPARE(big.percent2M(), 100u);
    }

    void shortStripIsUnmapped() {
        const auto map =
            interleavedMap(2 * kMiB, {{0, 8 * kMiB, 4 * kMiB}, {0, 16 * kMiB, 2 * kMiB}});
        const auto got = classify(map, 8 * kMiB);
        QCOMPARE(got.bytes2M, 6 * kMiB);
        QCOMPARE(got.bytesNone, 2 * kMiB); // chunk 3 would be strip 1's second chunk
        QCOMPARE(got.percentOf(got.bytesNone), 25u);
        QCOMPARE(faultAt(map, 8 * kMiB, 7 * kMiB).page, FaultPage::None);
    }

    void emptyFileHasNoPages() {
        const auto got = classify(simpleMap({{0, 8 * kMiB, 2 * kMiB}}), 0);
        QVERIFY(got.ranges.empty());
        QCOMPARE(got.percent2M(), 0u);
        QCOMPARE(got.percentOf(got.bytesNone), 0u); // no division by an empty total
    }

    void randomLayoutsMatchTheModel() {
        QRandomGenerator rng(static_cast<quint32>(seed()));
        for (int i = 0; i < 150; ++i) {
            const FileMap map = randomMap(rng);
            const uint64_t mapped =
                map.interleaved ? map.strips.size() * map.strips[0].len : map.mappedBytes();
            const uint64_t size = rng.bounded(quint64(mapped + 3 * kMiB));
            auto got = faultPages(map, size);
            QVERIFY2(got.ok(), got.error().c_str());
            const std::string diff = oracle::mismatch(map, size, *got);
            QVERIFY2(diff.empty(), qPrintable(QStringLiteral("layout %1 size %2: %3")
                                                  .arg(i)
                                                  .arg(size)
                                                  .arg(QString::fromStdString(diff))));
        }
    }

    // Hostile media: a tiny chunk and an absurd size must end in an error, not a long loop.
    void hostileLayoutIsBounded() {
        const auto map = interleavedMap(1, {{0, 0, uint64_t{1} << 40}, {0, 0, uint64_t{1} << 40}});
        const auto got = faultPages(map, uint64_t{1} << 60, 1000);
        QVERIFY(!got.ok());
        QVERIFY(got.error().find("more than 1000") != std::string::npos);
        // A huge size over a short simple map stops resolving at the end of the extents.
        const auto simple = faultPages(simpleMap({{0, 0, 2 * kMiB}}), kMax, 1000);
        QVERIFY2(simple.ok(), simple.error().c_str());
        QCOMPARE(simple->bytes2M, 2 * kMiB);
        QCOMPARE(simple->ranges.size(), size_t{2});
    }

    // famfs-format.md section 5: s4x2m_20m, file offset 15 MiB -> chunk 7, chunk offset 1 MiB,
    // stripe 1, strip 3, strip offset 3 MiB.
    void explainsTheDocumentedExample() {
        const auto map = interleavedMap(2 * kMiB, {{0, 100 * kMiB, 6 * kMiB},
                                                   {0, 200 * kMiB, 6 * kMiB},
                                                   {0, 300 * kMiB, 6 * kMiB},
                                                   {0, 400 * kMiB, 6 * kMiB}});
        const auto e = explain(map, 20 * kMiB, 15 * kMiB);
        QVERIFY(e.run.has_value());
        QCOMPARE(stepValue(e.steps, "chunk", "chunk"), uint64_t{7});
        QCOMPARE(stepValue(e.steps, "chunk", "offset_in_chunk"), kMiB);
        QCOMPARE(stepValue(e.steps, "strip", "stripe"), uint64_t{1});
        QCOMPARE(stepValue(e.steps, "strip", "strip"), uint64_t{3});
        QCOMPARE(stepValue(e.steps, "strip_offset", "offset_in_strip"), 3 * kMiB);
        QCOMPARE(e.run->deviceOffset, 403 * kMiB);
        QCOMPARE(e.run->length, kMiB); // to the end of chunk 7
    }

    void explainsTheExtentWalk() {
        const auto map = simpleMap({{0, 8 * kMiB, 2 * kMiB}, {0, 32 * kMiB, 4 * kMiB}});
        const auto e = explain(map, 6 * kMiB, 3 * kMiB);
        QCOMPARE(e.steps.size(), size_t{3});
        QCOMPARE(e.steps[0].kind, std::string("skip_extent"));
        QCOMPARE(e.steps[1].kind, std::string("in_extent"));
        QCOMPARE(stepValue(e.steps, "device_offset", "device_offset"), 33 * kMiB);
        QCOMPARE(e.run->length, 3 * kMiB);
        const auto past = explain(map, 6 * kMiB, 7 * kMiB);
        QVERIFY(!past.run);
        QCOMPARE(past.steps.back().kind, std::string("past_extents"));
        QCOMPARE(past.why, unmappedReason(map, 6 * kMiB, 7 * kMiB));
    }

    // The explanation is the resolver's own: same run, same numbers, for random offsets.
    void explainEqualsResolve() {
        QRandomGenerator rng(static_cast<quint32>(seed() + 1));
        for (int i = 0; i < 300; ++i) {
            const FileMap map = randomMap(rng);
            const uint64_t size = map.mappedBytes();
            for (int k = 0; k < 20; ++k) {
                const uint64_t ofs = rng.bounded(quint64(size + kMiB));
                const auto e = explain(map, size, ofs);
                QCOMPARE(e.run, resolve(map, size, ofs, kMax - ofs));
                if (!e.run) {
                    QCOMPARE(e.why, unmappedReason(map, size, ofs));
                    continue;
                }
                QCOMPARE(stepValue(e.steps, "device_offset", "device_offset"), e.run->deviceOffset);
                QCOMPARE(stepValue(e.steps, "device_offset", "length"), e.run->length);
                if (map.interleaved)
                    QCOMPARE(stepValue(e.steps, "strip", "strip"), uint64_t{e.run->extentIndex});
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultPages)
#include "tst_fault_pages.moc"
