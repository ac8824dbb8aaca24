// The heatmap's model: time travel equals a replay of the log prefix (owners, collisions and
// every summary level), incremental steps equal rebuilds, the grid geometry and its hit tests,
// unit probes (owner, extent or strip, colliding entries), fsck findings placed on units, and
// what is drawn over the cells (outlines, chunk numbers, collisions, the legend's lines).
#include "core/format/Layout.h"
#include "core/format/LogEntry.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/heatmap/AllocationTimeline.h"
#include "core/heatmap/CellPixels.h"
#include "core/heatmap/GridMarks.h"
#include "core/heatmap/HeatmapGrid.h"
#include "core/heatmap/HeatmapSummary.h"
#include "core/heatmap/LegendFlow.h"
#include "core/heatmap/SeverityMap.h"

#include <QRandomGenerator>
#include <QTest>

using namespace famscope;
using namespace famscope::famfs;
using namespace famscope::heatmap;

namespace {

constexpr uint64_t kAu = kAllocUnit;
constexpr uint64_t kMiB = uint64_t{1} << 20;

class LogBuilder {
public:
    explicit LogBuilder(uint64_t ddSize, uint64_t logLen = 8 * kMiB) {
        fs_.sb = Superblock::fresh(ddSize, logLen);
        fs_.log = LogHeader::fresh(logLen);
        fs_.logHeaderRead = true;
        fs_.layout = detectLayout(fs_.sb, &fs_.log);
        fs_.mediaSize = ddSize;
    }
    void add(LogEntry e) {
        e.seqnum = fs_.entries.size();
        e.seal();
        fs_.entries.push_back(std::move(e));
        fs_.log.nextIndex = fs_.log.nextSeqnum = fs_.entries.size();
        fs_.entriesClaimed = fs_.entries.size();
    }
    void simple(const std::string& path, std::vector<SimpleExtent> extents) {
        FileMeta m = meta(path);
        m.count = static_cast<uint32_t>(extents.size());
        for (size_t i = 0; i < extents.size(); ++i)
            m.setExtent(i, extents[i]);
        add(LogEntry::makeFile(m));
    }
    void interleaved(const std::string& path, uint64_t chunk, std::vector<SimpleExtent> strips) {
        FileMeta m = meta(path);
        m.extType = kExtInterleave;
        m.count = 1;
        m.setInterleave(strips.size(), chunk);
        for (size_t j = 0; j < strips.size(); ++j)
            m.setStrip(j, strips[j]);
        add(LogEntry::makeFile(m));
    }
    void mkdir(const std::string& path) {
        MkdirMeta d;
        setPathText(d.relpath, path);
        d.mode = 0755;
        add(LogEntry::makeMkdir(d));
    }
    fs::LoadedFs& fs() { return fs_; }

private:
    static FileMeta meta(const std::string& path) {
        FileMeta m;
        setPathText(m.relpath, path);
        m.size = kAu;
        m.flags = kFlagAllHostsRw;
        m.mode = 0644;
        return m;
    }
    fs::LoadedFs fs_;
};

// The log cut after `n` entries, as if only they had been written.
fs::LoadedFs prefix(const fs::LoadedFs& full, uint64_t n) {
    fs::LoadedFs p = full;
    p.entries.resize(n);
    p.log.nextIndex = p.log.nextSeqnum = n;
    p.entriesClaimed = n;
    return p;
}

uint32_t compact(uint64_t owner) {
    return owner == fs::kOwnerFree       ? kCellFree
           : owner == fs::kOwnerMetadata ? kCellMetadata
                                         : static_cast<uint32_t>(owner);
}

bool prefixCollision(const fs::AllocationMap& m, uint64_t au) {
    for (const auto& c : m.collisionList)
        if (au >= c.firstAu && au < c.firstAu + c.auCount)
            return true;
    return false;
}

// A random log on a small device: simple and interleaved files (some overlapping, some past
// the device), directories and one damaged entry.
fs::LoadedFs randomLog(quint32 seed, uint64_t nbits) {
    QRandomGenerator rng(seed);
    LogBuilder b(nbits * kAu);
    const auto randomExtent = [&] {
        const uint64_t first = 5 + rng.bounded(static_cast<quint32>(nbits));
        return SimpleExtent{0, first * kAu, (1 + rng.bounded(6u)) * kAu};
    };
    for (int i = 0; i < 40; ++i) {
        const std::string path = "f" + std::to_string(i);
        switch (rng.bounded(5u)) {
        case 0:
            b.mkdir("d" + std::to_string(i));
            break;
        case 1: {
            std::vector<SimpleExtent> strips;
            for (quint32 s = 0, n = 2 + rng.bounded(3u); s < n; ++s)
                strips.push_back(randomExtent());
            b.interleaved(path, kAu, strips);
            break;
        }
        default: {
            std::vector<SimpleExtent> extents;
            for (quint32 s = 0, n = 1 + rng.bounded(3u); s < n; ++s)
                extents.push_back(randomExtent());
            b.simple(path, extents);
        }
        }
    }
    b.fs().entries[17].crc ^= 1; // damaged: skipped, its extents count as free
    return b.fs();
}

} // namespace

class TestHeatmap : public QObject {
    Q_OBJECT
private slots:
    void timeTravelEqualsPrefixReplay() {
        for (quint32 seed : {1u, 2u, 3u}) {
            const uint64_t nbits = 200;
            const fs::LoadedFs full = randomLog(seed, nbits);
            const fs::AllocationMap finalMap = fs::buildAllocationMap(full);
            QVERIFY(finalMap.collisions > 0); // the random log must exercise collisions
            const AllocationTimeline timeline(full, finalMap);
            HeatmapSummary stepped(timeline);
            // Backwards one entry at a time, then forwards, then jumps: every state checked.
            std::vector<uint64_t> times;
            for (uint64_t n = full.entries.size() + 1; n-- > 0;)
                times.push_back(n);
            for (uint64_t n = 1; n <= full.entries.size(); ++n)
                times.push_back(n);
            for (uint64_t n : {uint64_t{3}, uint64_t{39}, uint64_t{0}, uint64_t{21}})
                times.push_back(n);
            for (const uint64_t n : times) {
                stepped.setTime(n);
                const fs::LoadedFs cut = prefix(full, n);
                const fs::AllocationMap ref = fs::buildAllocationMap(cut);
                for (uint64_t au = 0; au < nbits; ++au) {
                    QCOMPARE(timeline.ownerAt(au, n), compact(*ref.ownerAt(au)));
                    QCOMPARE(timeline.collisionIn(au, au + 1, n), prefixCollision(ref, au));
                }
                const AllocationTimeline refTimeline(cut, ref);
                const HeatmapSummary fresh(refTimeline);
                for (int level = 0; level <= stepped.topLevel(); ++level) {
                    std::vector<CellSummary> a, b;
                    stepped.cells(level, 0, stepped.cellCount(level), a);
                    fresh.cells(level, 0, fresh.cellCount(level), b);
                    QVERIFY2(a == b, qPrintable(QStringLiteral("seed %1 time %2 level %3")
                                                    .arg(seed)
                                                    .arg(n)
                                                    .arg(level)));
                }
            }
        }
    }

    void summaryCountsUnits() {
        const uint64_t nbits = 200;
        const fs::LoadedFs full = randomLog(7, nbits);
        const fs::AllocationMap map = fs::buildAllocationMap(full);
        const AllocationTimeline timeline(full, map);
        const HeatmapSummary summary(timeline);
        for (int level = 0; level <= summary.topLevel(); ++level) {
            const uint64_t span = uint64_t{1} << level;
            for (uint64_t c = 0; c < summary.cellCount(level); ++c) {
                uint64_t used = 0;
                std::map<uint32_t, uint64_t> counts;
                for (uint64_t au = c * span; au < std::min(nbits, (c + 1) * span); ++au) {
                    const uint32_t owner = compact(*map.ownerAt(au));
                    if (owner != kCellFree) {
                        ++used;
                        ++counts[owner];
                    }
                }
                const CellSummary cell = summary.cell(level, c);
                QCOMPARE(cell.usedAus, used);
                if (used == 0)
                    QCOMPARE(cell.dominant, kCellFree);
                else
                    QVERIFY(counts.count(cell.dominant) == 1);
                if (level == 0)
                    QCOMPARE(cell.dominant, compact(*map.ownerAt(c)));
            }
        }
        QCOMPARE(summary.cell(summary.topLevel(), 0).usedAus, map.allocatedAus);
    }

    void probeNamesPieceAndCollisions() {
        LogBuilder b(64 * kAu);
        b.simple("a", {{0, 10 * kAu, 2 * kAu}, {0, 20 * kAu, 3 * kAu}});
        b.interleaved("s", kAu, {{0, 30 * kAu, 2 * kAu}, {0, 40 * kAu, 2 * kAu}});
        b.simple("b", {{0, 21 * kAu, kAu}}); // collides with a's second extent
        const fs::AllocationMap map = fs::buildAllocationMap(b.fs());
        const AllocationTimeline t(b.fs(), map);
        QCOMPARE(t.ownerAt(0, 0), kCellMetadata);
        UnitProbe p = t.probe(21, 3);
        QCOMPARE(p.owner, 0u);
        QCOMPARE(p.pieceIndex, std::optional<uint32_t>(1));
        QVERIFY(!p.interleaved);
        QCOMPARE(p.alsoClaimedBy, std::vector<uint64_t>{2});
        QVERIFY(t.probe(21, 2).alsoClaimedBy.empty()); // before entry 2 was written
        p = t.probe(41, 3);
        QCOMPARE(p.owner, 1u);
        QVERIFY(p.interleaved);
        QCOMPARE(p.pieceIndex, std::optional<uint32_t>(1));
        QCOMPARE(t.probe(41, 1).owner, kCellFree);
        QCOMPARE(t.claimsOf(1).size(), size_t{2});
        QCOMPARE(t.claimsOf(1)[0], (AuRange{30, 32}));
        QVERIFY(t.claimsOf(5).empty());
        // The unit a cell showing an owner is described by: its first piece inside the cell.
        QCOMPARE(t.firstClaimedIn(0, AuRange{8, 24}), uint64_t{10});
        QCOMPARE(t.firstClaimedIn(0, AuRange{11, 24}), uint64_t{11});
        QCOMPARE(t.firstClaimedIn(0, AuRange{16, 24}), uint64_t{20});
        QCOMPARE(t.firstClaimedIn(0, AuRange{13, 19}), uint64_t{13}); // none of it there
        QCOMPARE(t.firstClaimedIn(kCellFree, AuRange{8, 24}), uint64_t{8});
    }

    void gridFitsAndHitTests() {
        for (const uint64_t nbits : {uint64_t{2048}, uint64_t{1} << 25, uint64_t{3}}) {
            const GridGeometry g = fitGrid(nbits, 1920, 1080);
            QVERIFY(uint64_t{g.rows} * g.cellH <= 1080);
            // Rows stretch to fill the height the power-of-two level leaves, within limits.
            QVERIFY(g.cellH >= g.cellPx && g.cellH <= 2 * g.cellPx);
            QVERIFY(uint64_t{g.rows} * (g.cellH + 1) > 1080 || g.cellH == 2 * g.cellPx);
            QCOMPARE(g.visibleCellCount(), g.cellCount()); // all of the device is shown
            QCOMPARE(g.visibleUnits(), (AuRange{0, nbits}));
            if (g.level > 0) // the next finer level would not fit
                QVERIFY(HeatmapSummary::cellCount(nbits, g.level - 1) >
                        uint64_t{1920 / GridGeometry::kMinCellPx} *
                            (1080 / GridGeometry::kMinCellPx));
            for (uint64_t cell : {uint64_t{0}, g.cellCount() / 2, g.cellCount() - 1}) {
                const auto o = g.cellOrigin(cell);
                QCOMPARE(g.cellAt(static_cast<int>(o.x), static_cast<int>(o.y)), cell);
                QCOMPARE(g.cellAt(static_cast<int>(o.x + g.cellPx - 1),
                                  static_cast<int>(o.y + g.cellH - 1)),
                         cell);
            }
            QVERIFY(!g.cellAt(-1, 0));
            QVERIFY(!g.cellAt(1919, 1079) || g.cellAt(1919, 1079) < g.cellCount());
        }
    }

    void zoomKeepsAnchorAndReturnsToFit() {
        const uint64_t nbits = uint64_t{1} << 25;
        const GridGeometry fit = fitGrid(nbits, 1000, 600);
        const int x = 500, y = 300;
        GridGeometry g = fit;
        for (int i = 0; i < fit.level + 3; ++i) {
            // The layout wraps rows, so the unit under the pointer keeps its row, not its column.
            const uint64_t anchor = g.unitsOfCell(*g.cellAt(x, y)).first;
            g = zoomGrid(g, 1, x, y);
            const AuRange shown = g.visibleUnits();
            QCOMPARE((anchor >> g.level) / g.cols - g.topRow, uint64_t{y / g.cellH});
            QVERIFY(anchor >= shown.first && anchor < shown.end);
        }
        QCOMPARE(g.level, 0);
        QVERIFY(g.cellPx > fit.cellPx);
        const auto cell = g.cellAt(x, y);
        QVERIFY(cell);
        QCOMPARE(g.unitsOfCell(*cell).size(), uint64_t{1});
        QCOMPARE(zoomGrid(g, -(fit.level + 10), x, y), fit);
        // Panning is clamped to the device.
        QCOMPARE(scrollToUnit(g, nbits - 1).visibleUnits().end, nbits);
        // A small device starts at one unit per cell and still zooms in and back out.
        const GridGeometry small = fitGrid(100, 1000, 600);
        QCOMPARE(small.level, 0);
        const GridGeometry bigger = zoomGrid(small, 1, 0, 0);
        QVERIFY(bigger.cellPx > small.cellPx || small.cellPx == GridGeometry::kMaxCellPx / 2);
        QCOMPARE(zoomGrid(bigger, -1, 0, 0), small);
    }

    void bigDeviceIsCheap() {
        // 64 TiB of 2 MiB units with files all over it: the summary stays small.
        LogBuilder b(uint64_t{64} << 40, 64 * kMiB);
        for (uint64_t i = 0; i < 2000; ++i)
            b.simple("f" + std::to_string(i), {{0, (100 + i * 16000) * kAu, 9000 * kAu}});
        const fs::AllocationMap map = fs::buildAllocationMap(b.fs());
        const AllocationTimeline t(b.fs(), map);
        HeatmapSummary s(t);
        QCOMPARE(t.nbits(), uint64_t{1} << 25);
        QVERIFY(s.memoryBytes() <= 2 * HeatmapSummary::kMaxBaseCells * sizeof(CellSummary) + 4096);
        QCOMPARE(s.cell(s.topLevel(), 0).usedAus, map.allocatedAus);
        s.setTime(1000);
        QCOMPARE(s.cell(s.topLevel(), 0).usedAus, map.metadataAus + 1000 * uint64_t{9000});
    }

    void tinyAndEmptyDevices() {
        // No units at all, and a device smaller than its own metadata: nothing to draw, no
        // crash, every query answers.
        for (const uint64_t ddSize : {uint64_t{0}, 3 * kMiB}) {
            LogBuilder b(ddSize);
            b.simple("a", {{0, 10 * kAu, kAu}}); // wholly past the device
            const fs::AllocationMap map = fs::buildAllocationMap(b.fs());
            const AllocationTimeline t(b.fs(), map);
            HeatmapSummary s(t);
            s.setTime(0);
            s.setTime(1);
            QCOMPARE(t.claimsOf(0).size(), size_t{1});
            QCOMPARE(t.claimsOf(0)[0].size(), uint64_t{0});
            QCOMPARE(s.cellCount(0), t.nbits());
            for (int level = 0; level <= s.topLevel(); ++level)
                for (uint64_t c = 0; c < s.cellCount(level); ++c)
                    QCOMPARE(s.cell(level, c).dominant, kCellMetadata);
            const GridGeometry g = fitGrid(t.nbits(), 300, 200);
            QCOMPARE(g.visibleCellCount(), t.nbits());
            QCOMPARE(t.probe(5, 1).owner, kCellFree);
        }
    }

    void findingsMarkUnits() {
        LogBuilder b(64 * kAu);
        b.simple("a", {{0, 10 * kAu, 2 * kAu}, {0, 20 * kAu, kAu}});
        const fs::AllocationMap map = fs::buildAllocationMap(b.fs());
        const AllocationTimeline t(b.fs(), map);
        std::vector<fsck::Finding> findings(3);
        findings[0].severity = fsck::Severity::Warning;
        findings[0].location.entry = 0; // the entry's extents
        findings[1].severity = fsck::Severity::Error;
        findings[1].location.firstAu = 11;
        findings[1].location.auCount = 1;
        findings[2].severity = fsck::Severity::Info;
        findings[2].location.offset = 3 * kAu + 5;
        const SeverityMap m(findings, t);
        QCOMPARE(m.worstIn(10, 11), CellSeverity::Warning);
        QCOMPARE(m.worstIn(10, 12), CellSeverity::Error);
        QCOMPARE(m.worstIn(20, 21), CellSeverity::Warning);
        QCOMPARE(m.worstIn(3, 4), CellSeverity::Info);
        QCOMPARE(m.worstIn(12, 20), CellSeverity::None);
        QCOMPARE(m.findingsAt(11), (std::vector<size_t>{0, 1}));
        QVERIFY(m.findingsAt(50).empty());
    }
    void fillGridGrowsSmallDevices() {
        const GridGeometry small = fillGrid(100, 1000, 600);
        const GridGeometry fit = fitGrid(100, 1000, 600);
        QCOMPARE(small.level, 0);
        QVERIFY(small.cellPx > fit.cellPx);
        QCOMPARE(small.visibleCellCount(), uint64_t{100}); // still the whole device
        QVERIFY(uint64_t{small.rows} * small.cellPx <= 600);
        // The next larger square would not fit, unless it is the largest already.
        const uint32_t larger = small.cellPx + 1;
        QVERIFY(small.cellPx == GridGeometry::kMaxCellPx ||
                (100 + 1000 / larger - 1) / (1000 / larger) * larger > 600);
        // A device that needs more than one unit per cell gets the fitting grid.
        QCOMPARE(fillGrid(uint64_t{1} << 25, 1000, 600), fitGrid(uint64_t{1} << 25, 1000, 600));
        QCOMPARE(fillGrid(0, 1000, 600), fitGrid(0, 1000, 600));
    }

    void viewZoomAndResize() {
        const uint64_t nbits = uint64_t{1} << 20;
        const GridGeometry whole = fillGrid(nbits, 1000, 600);
        const GridGeometry in = zoomViewGrid(whole, 2, 500, 300);
        QVERIFY(in.level < whole.level);
        QCOMPARE(zoomViewGrid(whole, -1, 500, 300), whole); // out of the overview: stays
        QCOMPARE(zoomViewGrid(in, -8, 500, 300), whole);    // out to the end: the overview
        // A resized overview is the new area's overview; a zoomed grid keeps its first unit.
        QCOMPARE(resizedGrid(whole, 800, 400), fillGrid(nbits, 800, 400));
        const GridGeometry panned = scrollToUnit(in, nbits / 2);
        const GridGeometry resized = resizedGrid(panned, 800, 400);
        QCOMPARE(resized.level, panned.level);
        QCOMPARE(resized.cellPx, panned.cellPx);
        const uint64_t first = panned.visibleUnits().first;
        QCOMPARE(resized.topRow, (first >> resized.level) / resized.cols); // its row on top
        QCOMPARE(resizedGrid(GridGeometry{}, 800, 400), fillGrid(0, 800, 400));
    }

    void panGridMovesAndClamps() {
        const GridGeometry g = makeGrid(10000, 100, 50, 0, 10, 0); // 10 columns, 5 rows shown
        QCOMPARE(panGrid(g, 7).topRow, uint64_t{7});
        QCOMPARE(panGrid(panGrid(g, 7), -3).topRow, uint64_t{4});
        QCOMPARE(panGrid(g, -3).topRow, uint64_t{0});
        QCOMPARE(panGrid(g, 5000).topRow, g.totalRows() - 5);
        QCOMPARE(panGrid(g, 7).cellH, g.cellH);
    }

    void overviewStrip() {
        // 10,000 units, top level 14 (one cell): 400 pixels want level 4 (625 cells).
        const GridGeometry strip = stripGrid(10000, 14, 400);
        QCOMPARE(strip.level, 4);
        QCOMPARE(strip.cols, 625u);
        QCOMPARE(strip.rows, 1u);
        QCOMPARE(strip.width, 625u * GridGeometry::kMinCellPx);
        QCOMPARE(stripGrid(uint64_t{1} << 30, 30, 100000).cols, 1u << 16); // capped
        QCOMPARE(stripUnitAt(10000, 0, 400), uint64_t{0});
        QCOMPARE(stripUnitAt(10000, 200, 400), uint64_t{5000});
        QCOMPARE(stripUnitAt(10000, 999, 400), uint64_t{9999}); // past the end: the last unit
        QCOMPARE(stripUnitAt(10000, 5, 0), uint64_t{0});
        QCOMPARE(stripSpan(10000, AuRange{2500, 5000}, 400), std::make_pair(100, 200));
        QCOMPARE(stripSpan(10000, AuRange{2500, 2501}, 400), std::make_pair(100, 103));
    }

    void rowLabelsAreRoundAndApart() {
        // 10 columns of 10-pixel cells, 5 rows shown from row 3: 20-pixel labels need every
        // second row, so rows 4 and 6 of the device (shown rows 1 and 3) are labelled.
        const GridGeometry g = makeGrid(1000, 100, 50, 1, 10, 3);
        QCOMPARE(g.topRow, uint64_t{3});
        const uint64_t bytesPerRow = 10 * 2 * kAu; // 2 units per cell at level 1
        QCOMPARE(rowLabels(g, kAu, 20),
                 (std::vector<RowLabel>{{1, 4 * bytesPerRow}, {3, 6 * bytesPerRow}}));
        QCOMPARE(rowLabels(g, kAu, 10).size(), size_t{5});                     // every row
        QVERIFY(rowLabels(makeGrid(1000, 100, 0, 1, 10, 0), kAu, 20).empty()); // no rows shown
    }

    void pieceRunsFollowRows() {
        GridGeometry g = makeGrid(1000, 100, 100, 0, 10, 0); // 10 columns, 10 rows shown
        QCOMPARE(pieceRuns(g, {5, 27}), (std::vector<CellRun>{{0, 5, 5}, {1, 0, 10}, {2, 0, 7}}));
        QCOMPARE(pieceRuns(g, {42, 43}), (std::vector<CellRun>{{4, 2, 1}}));
        QVERIFY(pieceRuns(g, {5, 5}).empty());
        QVERIFY(pieceRuns(g, {500, 510}).empty()); // below the rows shown
        g = makeGrid(1000, 100, 100, 0, 10, 1);    // scrolled down a row
        QCOMPARE(pieceRuns(g, {5, 27}), (std::vector<CellRun>{{0, 0, 10}, {1, 0, 7}}));
        g = makeGrid(1000, 100, 100, 1, 10, 0); // two units per cell
        QCOMPARE(pieceRuns(g, {4, 9}), (std::vector<CellRun>{{0, 2, 3}}));
    }

    void stripChunksAreNumberedInFileOrder() {
        const GridGeometry g = makeGrid(1000, 100, 100, 0, 10, 0);
        // Strip 1 of 3, two units per chunk: it holds file chunks 1, 4, 7.
        QCOMPARE(stripChunkCells(g, {3, 9}, 1, 3, 2),
                 (std::vector<ChunkCell>{{{0, 3, 1}, 1}, {{0, 5, 1}, 4}, {{0, 7, 1}, 7}}));
        QCOMPARE(stripChunkCells(g, {18, 22}, 0, 2, 2),
                 (std::vector<ChunkCell>{{{1, 8, 1}, 0}, {{2, 0, 1}, 2}}));
        QVERIFY(stripChunkCells(g, {3, 9}, 1, 3, 0).empty());
        QVERIFY(stripChunkCells(makeGrid(1000, 100, 100, 1, 10, 0), {3, 9}, 1, 3, 2).empty());
    }

    void collidingCellsMatchTheTimeline() {
        const fs::LoadedFs fs = randomLog(7, 200);
        const fs::AllocationMap map = fs::buildAllocationMap(fs);
        const AllocationTimeline t(fs, map);
        QVERIFY(!t.collisionSegments().empty());
        for (const int level : {0, 2})
            for (const uint64_t top : {uint64_t{0}, uint64_t{3}})
                for (const uint64_t time : {uint64_t{0}, uint64_t{20}, t.entryCount()}) {
                    const GridGeometry g = makeGrid(t.nbits(), 60, 60, level, 6, top);
                    const std::vector<bool> marks = collidingCells(t, g, time);
                    QCOMPARE(marks.size(), size_t{g.visibleCellCount()});
                    for (uint64_t i = 0; i < marks.size(); ++i) {
                        const AuRange u = g.unitsOfCell(g.firstVisibleCell() + i);
                        QCOMPARE(bool(marks[i]), t.collisionIn(u.first, u.end, time));
                    }
                }
    }

    void legendWrapsItsItems() {
        using Spot = LegendFlow::Spot;
        LegendFlow f = flowLegend({50, 50, 50}, 120, 10);
        QCOMPARE(f.spots, (std::vector<Spot>{{0, 0}, {60, 0}, {0, 1}}));
        QCOMPARE(f.lines, 2);
        f = flowLegend({200, 30}, 100, 10); // too wide for a line: a line of its own
        QCOMPARE(f.spots, (std::vector<Spot>{{0, 0}, {0, 1}}));
        QCOMPARE(f.lines, 2);
        QCOMPARE(flowLegend({}, 100, 10).lines, 1);
    }

    void cellPixels() {
        const Rgb free = rgb(0xe6, 0xe8, 0xeb);
        const Rgb blue = rgb(0, 0, 0xff);
        QCOMPARE(fadedRgb(blue, free, 4, 4), blue); // fully used: the colour itself
        // Unused: 45% of the way from free to the colour, truncated.
        QCOMPARE(fadedRgb(blue, free, 0, 4), rgb(126, 127, 244));
        // Two rows of two 6x3 cells into a frame 14 pixels wide: separators on the right and
        // bottom edge of each cell, the colour lifted to white keeping 135/255 of it.
        const std::vector<Rgb> colours = {blue, free, free, blue};
        std::vector<Rgb> frame(14 * 6, 0);
        fillCells(frame.data(), 14, colours, 2, 2, 6, 3);
        const Rgb blueSeparator = rgb(120, 120, 255); // 255 - (255 - v) * 135 / 255
        QCOMPARE(frame[0], blue);
        QCOMPARE(frame[5], blueSeparator);
        QCOMPARE(frame[6], free);
        QCOMPARE(frame[14 + 4], blue);
        QCOMPARE(frame[2 * 14 + 0], blueSeparator); // the bottom line of the first row
        QCOMPARE(frame[3 * 14 + 6], blue);
        QCOMPARE(frame[12], Rgb{0}); // past the cells: left alone
        const Rgb row[] = {blue, blue, free, blue};
        QCOMPARE(colourRuns(row, 4),
                 (std::vector<ColourRun>{{0, 2, blue}, {2, 3, free}, {3, 4, blue}}));
        QVERIFY(colourRuns(row, 0).empty());
    }
};

QTEST_GUILESS_MAIN(TestHeatmap)
#include "tst_heatmap.moc"
