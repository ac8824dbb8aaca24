// The offset resolver against an independent brute-force model: every file offset of a map is
// laid out cell by cell (one cell = `grain` bytes) straight from the extent list or from the
// strip/chunk geometry, and resolve()/resolveRange() must agree with it for random maps and
// random queries. Plus the worked example of famfs-format.md section 5, tail slack vs EOF, and
// degenerate maps from hostile media.
#include "FileMaps.h"
#include "core/SaturatingMath.h"
#include "core/fs/FileMap.h"
#include "core/fs/Resolver.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

using namespace famscope;
using namespace famscope::fs;
using famscope::famfs::SimpleExtent;

using famscope::testmaps::interleavedMap;
using famscope::testmaps::simpleMap;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

// What one cell of the file maps to: a device offset and the segment (extent index for simple
// maps, file chunk number for interleaved ones) a kernel run cannot cross.
struct Cell {
    bool mapped = false;
    uint64_t dev = 0;
    uint64_t segment = 0;
    uint32_t piece = 0; // extent or strip index
};

struct Model {
    uint64_t grain = 1;
    std::vector<Cell> cells; // cells[k] describes file bytes [k*grain, (k+1)*grain)
    bool interleaved = false;
    uint64_t fileSize = 0;
};

Model modelSimple(const FileMap& map, uint64_t grain) {
    Model m;
    m.grain = grain;
    for (size_t i = 0; i < map.extents.size(); ++i)
        for (uint64_t k = 0; k < map.extents[i].len / grain; ++k)
            m.cells.push_back({true, map.extents[i].offset + k * grain, i, uint32_t(i)});
    return m;
}

// Lays out every chunk of every strip: chunk number c of the file is chunk c / nstrips of
// strip c % nstrips. Cells past a strip's end stay unmapped.
Model modelInterleaved(const FileMap& map, uint64_t fileSize, uint64_t grain) {
    Model m;
    m.grain = grain;
    m.interleaved = true;
    m.fileSize = fileSize;
    const uint64_t nstrips = map.strips.size();
    const uint64_t chunkCells = map.chunkSize / grain;
    uint64_t longest = 0;
    for (const auto& s : map.strips)
        longest = std::max(longest, s.len);
    const uint64_t chunksPerStrip = (longest + map.chunkSize - 1) / map.chunkSize + 1;
    for (uint64_t c = 0; c < chunksPerStrip * nstrips; ++c) {
        const auto& strip = map.strips[c % nstrips];
        for (uint64_t k = 0; k < chunkCells; ++k) {
            const uint64_t inStrip = (c / nstrips) * map.chunkSize + k * grain;
            Cell cell;
            if (inStrip < strip.len)
                cell = {true, strip.offset + inStrip, c, uint32_t(c % nstrips)};
            m.cells.push_back(cell);
        }
    }
    return m;
}

std::optional<DeviceRun> expectResolve(const Model& m, uint64_t ofs, uint64_t len) {
    const uint64_t k0 = ofs / m.grain;
    if (len == 0 || k0 >= m.cells.size() || !m.cells[k0].mapped)
        return std::nullopt;
    if (m.interleaved && ofs >= m.fileSize)
        return std::nullopt;
    const Cell& first = m.cells[k0];
    uint64_t k = k0 + 1;
    while (k < m.cells.size() && (k - k0) * m.grain < len && m.cells[k].mapped &&
           m.cells[k].segment == first.segment && m.cells[k].dev == first.dev + (k - k0) * m.grain)
        ++k;
    const uint64_t length = std::min(len, (k - k0) * m.grain - ofs % m.grain);
    return DeviceRun{ofs, 0, first.dev + ofs % m.grain, length, first.piece};
}

// resolveRange as defined: step, advance by the run, step again; fail at the first gap.
std::optional<std::vector<DeviceRun>> expectRange(const Model& m, uint64_t ofs, uint64_t len,
                                                  uint64_t* failedAt) {
    std::vector<DeviceRun> runs;
    uint64_t p = ofs;
    while (p < ofs + len) {
        auto r = expectResolve(m, p, ofs + len - p);
        if (!r) {
            *failedAt = p;
            return std::nullopt;
        }
        runs.push_back(*r);
        p += r->length;
    }
    return runs;
}

QString describe(const DeviceRun& r) {
    return QStringLiteral("{file %1 dev %2 len %3 piece %4}")
        .arg(r.fileOffset)
        .arg(r.deviceOffset)
        .arg(r.length)
        .arg(r.extentIndex);
}

QString describe(const std::optional<DeviceRun>& r) {
    return r ? describe(*r) : QStringLiteral("(no mapping)");
}

// Checks resolve() and resolveRange() at one query against the model.
bool agrees(const FileMap& map, const Model& m, uint64_t size, uint64_t ofs, uint64_t len,
            QString* why) {
    const auto got = resolve(map, size, ofs, len);
    const auto want = expectResolve(m, ofs, len);
    if (got != want) {
        *why = QStringLiteral("resolve(%1, %2): got %3, want %4")
                   .arg(ofs)
                   .arg(len)
                   .arg(describe(got), describe(want));
        return false;
    }
    uint64_t failedAt = 0;
    const auto gotRange = resolveRange(map, size, ofs, len);
    const auto wantRange = expectRange(m, ofs, len, &failedAt);
    if (gotRange.ok() != wantRange.has_value()) {
        *why = QStringLiteral("resolveRange(%1, %2): ok=%3, want ok=%4 (%5)")
                   .arg(ofs)
                   .arg(len)
                   .arg(gotRange.ok())
                   .arg(wantRange.has_value())
                   .arg(QString::fromStdString(gotRange.error()));
        return false;
    }
    if (!gotRange.ok()) {
        const std::string named = "file offset " + std::to_string(failedAt) + " ";
        if (gotRange.error().find(named) == std::string::npos) {
            *why = QStringLiteral("resolveRange(%1, %2) error does not name offset %3: %4")
                       .arg(ofs)
                       .arg(len)
                       .arg(failedAt)
                       .arg(QString::fromStdString(gotRange.error()));
            return false;
        }
        return true;
    }
    if (*gotRange != *wantRange) {
        *why = QStringLiteral("resolveRange(%1, %2): %3 runs, want %4")
                   .arg(ofs)
                   .arg(len)
                   .arg(gotRange->size())
                   .arg(wantRange->size());
        return false;
    }
    return true;
}

// Uniform in [lo, hi).
uint64_t pick(QRandomGenerator& rng, uint64_t lo, uint64_t hi) {
    return lo + rng.bounded(quint64(hi - lo));
}

uint64_t seed() {
    bool ok = false;
    const uint64_t s = qEnvironmentVariable("FAMSCOPE_TEST_SEED").toULongLong(&ok);
    return ok ? s : 20251125;
}

} // namespace

class TestResolver : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qInfo("random seed %llu (set FAMSCOPE_TEST_SEED to repeat another)",
              static_cast<unsigned long long>(seed()));
    }
    void workedExample();
    void tailSlackSimpleVsEofInterleaved();
    void shortStripIsUnmapped();
    void degenerateMaps();
    void hugeOffsets();
    void rangeForms();
    void clampedFileMap();
    void piecesOfAnEntry();
    void randomSimpleMaps();
    void randomInterleavedMaps();
    void realScalePerPage();
};

// famfs-format.md section 5: s4x2m_20m, file offset 15 MiB -> chunk 7, stripe 1, strip 3,
// strip offset 3 MiB.
void TestResolver::workedExample() {
    const FileMap map = interleavedMap(2 * kMiB, {{0, 0xc0000000, 6 * kMiB},
                                                  {0, 0x1c0000000, 6 * kMiB},
                                                  {0, 0x40000000, 6 * kMiB},
                                                  {0, 0xa00000, 6 * kMiB}});
    const auto r = resolve(map, 20 * kMiB, 15 * kMiB, 4096);
    QVERIFY(r);
    QCOMPARE(r->extentIndex, 3u);
    QCOMPARE(r->deviceOffset, 0xa00000 + 3 * kMiB);
    QCOMPARE(r->length, uint64_t{4096});
    // A long request stops at the end of chunk 7 (16 MiB).
    QCOMPARE(resolve(map, 20 * kMiB, 15 * kMiB, 64 * kMiB)->length, 1 * kMiB);
    // Chunk 8 starts stripe 2 on strip 0.
    const auto next = resolve(map, 20 * kMiB, 16 * kMiB, 1);
    QCOMPARE(next->extentIndex, 0u);
    QCOMPARE(next->deviceOffset, 0xc0000000 + 4 * kMiB);
}

void TestResolver::tailSlackSimpleVsEofInterleaved() {
    // Simple: a 1-byte file in a 2 MiB extent maps all 2 MiB, nothing after.
    const FileMap simple = simpleMap({{0, 0xa00000, 2 * kMiB}});
    QCOMPARE(resolve(simple, 1, 1 * kMiB, 4096)->deviceOffset, 0xa00000 + 1 * kMiB);
    QCOMPARE(resolve(simple, 1, 0, 8 * kMiB)->length, 2 * kMiB);
    QVERIFY(!resolve(simple, 1, 2 * kMiB, 1));
    QVERIFY(resolveRange(simple, 1, 0, 2 * kMiB).ok());
    QVERIFY(!resolveRange(simple, 1, 0, 2 * kMiB + 1).ok());

    // Interleaved: nothing at or past fm_size, although the strip goes on; a run that starts
    // below EOF still covers the rest of its chunk, as a tail-page fault does.
    const FileMap inter = interleavedMap(2 * kMiB, {{0, 0xa00000, 2 * kMiB}});
    QCOMPARE(resolve(inter, 1, 0, 4096)->length, uint64_t{4096});
    QVERIFY(!resolve(inter, 1, 1, 1));
    QVERIFY(!resolve(inter, 1, 4096, 4096));
    const auto range = resolveRange(inter, 100, 50, 200);
    QVERIFY(range.ok());
    QCOMPARE(range->size(), size_t{1});
    QVERIFY(!resolveRange(inter, 100, 100, 1).ok());
    QVERIFY(resolveRange(inter, 100, 100, 1).error().find("file offset 100 ") != std::string::npos);
}

void TestResolver::shortStripIsUnmapped() {
    // Strip 1 is one chunk short: stripe 1 of strip 1 does not exist.
    const FileMap map =
        interleavedMap(2 * kMiB, {{0, 0x10000000, 4 * kMiB}, {0, 0x20000000, 2 * kMiB}});
    QVERIFY(resolve(map, 8 * kMiB, 4 * kMiB, 1));
    QVERIFY(!resolve(map, 8 * kMiB, 6 * kMiB, 1));
    // A strip whose length is not a chunk multiple clips the run.
    const FileMap ragged = interleavedMap(2 * kMiB, {{0, 0x10000000, 1 * kMiB}});
    QCOMPARE(resolve(ragged, 2 * kMiB, 0, 2 * kMiB)->length, 1 * kMiB);
    QVERIFY(!resolve(ragged, 2 * kMiB, 1 * kMiB, 1));
}

void TestResolver::degenerateMaps() {
    QVERIFY(!resolve(FileMap{}, 0, 0, 1));
    QVERIFY(!resolve(FileMap{}, kMax, 0, kMax));
    QVERIFY(!resolveRange(FileMap{}, 10, 0, 1).ok());
    QVERIFY(resolveRange(FileMap{}, 10, 0, 0).ok());
    QVERIFY(resolveRange(FileMap{}, 10, 0, 0)->empty());
    // Chunk size 0 and no strips: no mapping, no division by zero.
    QVERIFY(!resolve(interleavedMap(0, {{0, 0x200000, 2 * kMiB}}), kMax, 0, 1));
    QVERIFY(!resolve(interleavedMap(2 * kMiB, {}), kMax, 12345, 1));
    QVERIFY(!resolveRange(interleavedMap(0, {{0, 0x200000, 2 * kMiB}}), kMax, 0, 10).ok());
    // Zero-length extents are skipped, as in the kernel's walk.
    const FileMap holes = simpleMap({{0, 0x200000, 0}, {0, 0x400000, 4096}, {0, 0x600000, 0}});
    QCOMPARE(resolve(holes, 4096, 0, 1)->extentIndex, 1u);
    QVERIFY(!resolve(holes, 4096, 4096, 1));
    // len 0 maps nothing.
    QVERIFY(!resolve(holes, 4096, 0, 0));
}

void TestResolver::hugeOffsets() {
    // Device offsets near the top of the 64-bit space never wrap.
    const FileMap top = simpleMap({{0, kMax - 10, 100}});
    const auto r = resolve(top, 100, 0, 100);
    QVERIFY(r);
    QCOMPARE(r->deviceOffset, kMax - 10);
    QCOMPARE(r->length, uint64_t{10});
    QVERIFY(!resolve(top, 100, 10, 1));
    QVERIFY(!resolve(top, 100, 11, 1));
    QVERIFY(!resolveRange(top, 100, 0, 100).ok());

    // File offsets near the top: nothing, quickly.
    const FileMap big = simpleMap({{0, 0, kMax}, {0, 0x400000, kMax}});
    QVERIFY(resolve(big, kMax, kMax - 1, kMax));
    QCOMPARE(resolve(big, kMax, kMax - 1, kMax)->extentIndex, 0u);
    QCOMPARE(resolve(big, kMax, kMax - 1, kMax)->length, uint64_t{1});
    QVERIFY(!resolveRange(big, kMax, kMax - 5, 10).ok()); // the range itself wraps
    const FileMap inter = interleavedMap(2 * kMiB, {{0, 0x200000, 2 * kMiB}, {0, 0x400000, kMax}});
    // File offset 2^64 - 2 is chunk 2^43 - 1: strip 1, stripe 2^42 - 1.
    const auto last = resolve(inter, kMax, kMax - 1, 10);
    QVERIFY(last);
    QCOMPARE(last->extentIndex, 1u);
    QCOMPARE(last->deviceOffset, 0x400000 + (uint64_t{1} << 63) - 2);
    QCOMPARE(last->length, uint64_t{2});                    // up to the end of chunk 2^43 - 1: 2^64
    QVERIFY(!resolve(inter, kMax, kMax, 1));                // EOF
    QVERIFY(!resolve(inter, kMax, kMax - 2 * kMiB - 1, 1)); // strip 0 is too short
    const auto deep = resolve(inter, kMax, 2 * kMiB * 1000001, 1); // strip 1, stripe 500000
    QVERIFY(deep);
    QCOMPARE(deep->deviceOffset, 0x400000 + 500000 * 2 * kMiB);

    // Tiny chunks over a huge file: the run cap ends the walk with an error, not a hang.
    const FileMap tiny = interleavedMap(1, {{0, 0x200000, kMax / 2}, {0, kMax / 2, kMax / 4}});
    const auto capped = resolveRange(tiny, kMax, 0, kMax / 2, 1000);
    QVERIFY(!capped.ok());
    QVERIFY(capped.error().find("1000") != std::string::npos);
}

void TestResolver::rangeForms() {
    // One run per step, never merged: two device-contiguous extents stay two runs.
    const FileMap map = simpleMap({{0, 0x200000, 2 * kMiB}, {0, 0x400000, 2 * kMiB}});
    const auto runs = resolveRange(map, 4 * kMiB, 1 * kMiB, 2 * kMiB);
    QVERIFY(runs.ok());
    QCOMPARE(runs->size(), size_t{2});
    QCOMPARE((*runs)[0], (DeviceRun{1 * kMiB, 0, 0x300000, 1 * kMiB, 0}));
    QCOMPARE((*runs)[1], (DeviceRun{2 * kMiB, 0, 0x400000, 1 * kMiB, 1}));
    const auto err = resolveRange(map, 4 * kMiB, 3 * kMiB, 2 * kMiB);
    QVERIFY(!err.ok());
    QVERIFY(err.error().find("file offset 4194304 ") != std::string::npos);
    QVERIFY(!unmappedReason(map, 0, 4 * kMiB).empty());
    QVERIFY(unmappedReason(map, 0, 0).empty());
    // devindex is passed through.
    QCOMPARE(resolve(simpleMap({{3, 0x200000, 10}}), 10, 0, 10)->devindex, uint64_t{3});
}

void TestResolver::clampedFileMap() {
    famfs::FileMeta meta;
    meta.count = 1000; // hostile nextents
    for (size_t i = 0; i < famfs::kMaxExtents; ++i)
        meta.setExtent(i, {0, 0x200000 * (i + 1), 0x200000});
    FileMap map = fileMapOf(meta);
    QVERIFY(map.clamped());
    QCOMPARE(map.extents.size(), famfs::kMaxExtents);
    QCOMPARE(map.mappedBytes(), uint64_t{16 * 0x200000});
    QCOMPARE(EntryPieces(meta).mappedBytes(), map.mappedBytes());

    famfs::FileMeta inter;
    inter.extType = famfs::kExtInterleave;
    inter.count = 1;
    inter.setInterleave(~uint64_t{0}, 2 * kMiB);
    inter.setStrip(0, {0, 0x200000, kMax});
    inter.setStrip(1, {0, 0x400000, kMax});
    map = fileMapOf(inter);
    QVERIFY(map.interleaved);
    QVERIFY(map.clamped());
    QCOMPARE(map.strips.size(), famfs::kMaxExtents);
    QCOMPARE(map.mappedBytes(), kMax); // saturates
    QCOMPARE(EntryPieces(inter).mappedBytes(), kMax);
    QVERIFY(resolve(map, kMax, 0, 1)); // clamped to 16 strips: resolves, no overrun

    famfs::FileMeta none;
    QVERIFY(!fileMapOf(none).clamped());
    QVERIFY(fileMapOf(none).extents.empty());
    QCOMPARE(EntryPieces(none).mappedBytes(), uint64_t{0});
}

// fsck and the file maps read a file's pieces from the entry (EntryPieces): the pieces as
// written, zero past them, clamped to 16, and their saturated sum, on random simple and
// interleaved entries whose counts run past 16, with only some pieces written (so the entry
// keeps a zero tail of any length) and lengths near or at UINT64_MAX.
void TestResolver::piecesOfAnEntry() {
    QRandomGenerator rng(static_cast<quint32>(seed() + 2));
    const std::array<uint64_t, 4> bigLengths{kMax, kMax / 2 + 1, kMax - 0x200000, 0};
    for (int iter = 0; iter < 5000; ++iter) {
        famfs::FileMeta meta;
        const bool interleaved = rng.bounded(2) == 1;
        const uint64_t count = pick(rng, 0, 40);
        std::vector<SimpleExtent> written(pick(rng, 0, famfs::kMaxExtents + 1));
        for (size_t k = 0; k < written.size(); ++k) {
            const uint64_t len =
                rng.bounded(4) == 0 ? bigLengths[rng.bounded(4u)] : pick(rng, 0, 1024) * 0x1000;
            written[k] = {pick(rng, 0, 3), 0x200000 * pick(rng, 0, 1u << 20), len};
            if (interleaved)
                meta.setStrip(k, written[k]);
            else
                meta.setExtent(k, written[k]);
        }
        if (interleaved) {
            meta.extType = famfs::kExtInterleave;
            meta.count = 1;
            meta.setInterleave(count, 2 * kMiB);
        } else {
            meta.count = static_cast<uint32_t>(count);
        }
        const EntryPieces pieces(meta);
        QCOMPARE(pieces.size(), std::min<size_t>(count, famfs::kMaxExtents));
        uint64_t mapped = 0;
        for (size_t k = 0; k < pieces.size(); ++k) {
            const SimpleExtent expected = k < written.size() ? written[k] : SimpleExtent{};
            QVERIFY2(pieces[k] == expected,
                     qPrintable(QString("iteration %1, piece %2").arg(iter).arg(k)));
            mapped = satAdd(mapped, expected.len);
        }
        QCOMPARE(pieces.mappedBytes(), mapped);
        QCOMPARE(fileMapOf(meta).mappedBytes(), mapped);
    }
}

// Random simple maps at byte scale: 1..16 extents of 1..8 "units" of 16 bytes on a
// 256-unit device, random file size up to the mapped total, random byte offsets and lengths.
void TestResolver::randomSimpleMaps() {
    QRandomGenerator rng(static_cast<quint32>(seed()));
    constexpr uint64_t unit = 16;
    for (int iter = 0; iter < 3000; ++iter) {
        std::vector<SimpleExtent> extents(pick(rng, 1, 17));
        for (auto& e : extents)
            e = {0, pick(rng, 1, 256) * unit, pick(rng, 0, 9) * unit};
        const FileMap map = simpleMap(extents);
        const uint64_t mapped = map.mappedBytes();
        const uint64_t size = mapped == 0 ? 0 : rng.bounded(quint64(mapped)) + 1;
        const Model model = modelSimple(map, 1);
        for (int q = 0; q < 40; ++q) {
            const uint64_t ofs = rng.bounded(quint64(mapped + 2 * unit));
            const uint64_t len = q % 8 == 0 ? 0 : rng.bounded(quint64(mapped + unit)) + 1;
            QString why;
            if (!agrees(map, model, size, ofs, len, &why))
                QFAIL(qPrintable(QStringLiteral("map %1: ").arg(iter) + why));
        }
    }
}

// Random interleaved maps: 1..16 strips, chunks of 2/4/8 units, strips long enough for the file
// (sometimes one chunk short, to hit the strip-length check).
void TestResolver::randomInterleavedMaps() {
    QRandomGenerator rng(static_cast<quint32>(seed() + 1));
    constexpr uint64_t unit = 16;
    for (int iter = 0; iter < 3000; ++iter) {
        const uint64_t nstrips = pick(rng, 1, 17);
        const uint64_t chunk = (uint64_t{1} << pick(rng, 1, 4)) * unit;
        const uint64_t size = rng.bounded(quint64(nstrips * chunk * 4)) + 1;
        const uint64_t nstripes = (size + nstrips * chunk - 1) / (nstrips * chunk);
        std::vector<SimpleExtent> strips(nstrips);
        for (auto& s : strips) {
            uint64_t len = nstripes * chunk;
            if (rng.bounded(8) == 0)
                len -= rng.bounded(quint64(len) + 1); // short or empty strip
            s = {0, pick(rng, 1, 1024) * unit, len};
        }
        const FileMap map = interleavedMap(chunk, strips);
        const Model model = modelInterleaved(map, size, 1);
        for (int q = 0; q < 40; ++q) {
            const uint64_t ofs = rng.bounded(quint64(size + chunk));
            const uint64_t len = q % 8 == 0 ? 0 : rng.bounded(quint64(size + chunk)) + 1;
            QString why;
            if (!agrees(map, model, size, ofs, len, &why))
                QFAIL(qPrintable(QStringLiteral("map %1 (%2 strips, chunk %3, size %4): ")
                                     .arg(iter)
                                     .arg(nstrips)
                                     .arg(chunk)
                                     .arg(size) +
                                 why));
        }
    }
}

// Real famfs geometry (2 MiB AUs, 2/4/8 MiB chunks) compared per 4 KiB page.
void TestResolver::realScalePerPage() {
    QRandomGenerator rng(static_cast<quint32>(seed() + 2));
    constexpr uint64_t page = 4096;
    constexpr uint64_t au = 2 * kMiB;
    for (int iter = 0; iter < 20; ++iter) {
        std::vector<SimpleExtent> extents(pick(rng, 1, 17));
        for (auto& e : extents)
            e = {0, pick(rng, 5, 4096) * au, pick(rng, 1, 5) * au};
        const FileMap simple = simpleMap(extents);
        const Model sm = modelSimple(simple, page);
        const uint64_t nstrips = pick(rng, 1, 17);
        const uint64_t chunk = (uint64_t{1} << pick(rng, 1, 4)) * kMiB;
        const uint64_t size = rng.bounded(quint64(nstrips * chunk * 3)) + 1;
        const uint64_t nstripes = (size + nstrips * chunk - 1) / (nstrips * chunk);
        std::vector<SimpleExtent> strips(nstrips);
        for (auto& s : strips)
            s = {0, pick(rng, 5, 4096) * au, nstripes * chunk};
        const FileMap inter = interleavedMap(chunk, strips);
        const Model im = modelInterleaved(inter, size, page);
        for (int q = 0; q < 200; ++q) {
            const uint64_t pages = q % 2 ? 1 : pick(rng, 1, 2048);
            QString why;
            const uint64_t sOfs = rng.bounded(quint64(simple.mappedBytes() / page + 2)) * page;
            if (!agrees(simple, sm, simple.mappedBytes(), sOfs, pages * page, &why))
                QFAIL(qPrintable(QStringLiteral("simple: ") + why));
            const uint64_t iOfs = rng.bounded(quint64(size / page + 2)) * page;
            if (!agrees(inter, im, size, iOfs, pages * page, &why))
                QFAIL(qPrintable(QStringLiteral("interleaved: ") + why));
        }
    }
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
