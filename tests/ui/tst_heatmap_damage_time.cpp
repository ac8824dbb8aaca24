// The heatmap on damaged media and across time: cells past the end of a truncated golden image
// are drawn as missing, say so in their tooltip and have a legend entry; the fsck colours are
// the findings as of the time-travel point (a collision is not yet one before its second
// claimer was logged).
#include "HeatmapTab.h"
#include "ImageCopy.h"
#include "UiTestSupport.h"

#include "core/fs/LogPrefix.h"
#include "core/fs/MediaDamage.h"
#include "core/fsck/FsckAsOf.h"
#include "ui/SelectionModel.h"
#include "ui/util/ShownText.h"
#include "ui/views/HeatmapColours.h"
#include "ui/views/HeatmapLegend.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include "core/fsck/Fsck.h"

#include <QFile>
#include <QTemporaryDir>

using namespace famscope;
using namespace famscope::ui;
namespace colours = famscope::ui::heatmapcolours;

namespace {

using Tab = uitest::HeatmapTab;

// The piece of any file that starts furthest into device 0.
std::optional<std::pair<const fs::FsFile*, famfs::SimpleExtent>> furthestPiece(const Snapshot& s) {
    std::optional<std::pair<const fs::FsFile*, famfs::SimpleExtent>> best;
    for (const fs::FsFile& f : s.ns.files)
        for (const famfs::SimpleExtent& e : f.map.pieces())
            if (e.devindex == 0 && e.len > 0 && (!best || e.offset > best->second.offset))
                best = {{&f, e}};
    return best;
}

} // namespace

class TestHeatmapDamageTime : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("heatmap-damage-time"); }

    void cellsPastTheMediaAreMissing() {
        const QString image = QStringLiteral("a02-files");
        const auto intact = uitest::loadImage(image);
        const auto piece = furthestPiece(*intact);
        QVERIFY(piece);
        const uint64_t au = famfs::kAllocUnit;
        // Cut where the furthest file piece starts: that piece's data is gone, the rest stays.
        const uint64_t cut = piece->second.offset / au * au;
        QVERIFY2(cut > intact->fs().sb.logOffset + intact->fs().sb.logLen,
                 "the furthest file starts inside the log");
        QTemporaryDir dir;
        const QString path = uitest::copyImage(image, dir.filePath(QStringLiteral("cut.img")));
        QVERIFY(QFile(path).resize(static_cast<qint64>(cut)));
        const auto loaded = loadSnapshotNow({path, false});
        QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
        const auto damage = fs::readableDamage(loaded.snapshot->fs());
        QVERIFY(damage && damage->truncated);
        QCOMPARE(damage->mediaSize, cut);

        Tab tab(loaded.snapshot);
        const HeatmapRenderer& r = *tab.view()->renderer();
        QVERIFY(r.nbits() > cut / au);
        QCOMPARE(tab.view()->grid().level, 0); // 4 GiB: one unit per cell
        const uint64_t firstMissing = cut / au;
        const uint64_t lastPresent = firstMissing - 1;
        for (const uint64_t unit : {firstMissing, r.nbits() - 1}) {
            QCOMPARE(tab.pixelOfUnit(unit), colours::beyondMedia());
            const QString tip = tab.tooltipOfUnit(unit);
            QVERIFY2(
                tip.contains(QLatin1String("beyond the end of the media"), Qt::CaseInsensitive),
                qPrintable(tip));
        }
        // The missing piece still names its file; the unit before the cut is drawn as usual.
        const QString tip = tab.tooltipOfUnit(firstMissing);
        QVERIFY2(tip.contains(shownText(piece->first->path)), qPrintable(tip));
        QVERIFY(tab.pixelOfUnit(lastPresent) != colours::beyondMedia());
        QVERIFY(!tab.tooltipOfUnit(lastPresent)
                     .contains(QLatin1String("beyond the end"), Qt::CaseInsensitive));
        // The legend explains the colour, in every mode.
        for (const HeatmapMode mode : {HeatmapMode::Owner, HeatmapMode::Age, HeatmapMode::Fsck}) {
            tab.panel.setMode(mode);
            tab.panel.waitForFsck();
            QCOMPARE(tab.pixelOfUnit(firstMissing), colours::beyondMedia());
            bool listed = false;
            for (const LegendItem& item : HeatmapLegend::items(r))
                listed =
                    listed || (item.colour == colours::beyondMedia() &&
                               item.label.contains(QLatin1String("beyond the end of the media")));
            QVERIFY(listed);
        }
    }

    // Intact media has nothing missing, and its legend does not list the colour.
    void intactMediaHasNoMissingEntry() {
        const auto intact = uitest::loadImage(QStringLiteral("a02-files"));
        const HeatmapRenderer r(intact);
        QCOMPARE(r.timeline().mediaAus(), r.nbits());
        for (const LegendItem& item : HeatmapLegend::items(r))
            QVERIFY2(item.colour != colours::beyondMedia(), qPrintable(item.label));
    }

    void fsckColoursFollowTheTimeTravelPoint() {
        const auto image = uitest::loadImage(QStringLiteral("a10-crosslinked"));
        QVERIFY(!image->allocation.collisionList.empty());
        const fs::AllocationCollision c = image->allocation.collisionList.front();
        QVERIFY(c.ownerA < c.ownerB);
        Tab tab(image);
        tab.panel.setMode(HeatmapMode::Fsck);
        tab.panel.waitForFsck();
        const uint64_t all = tab.view()->renderer()->entryCount();
        QCOMPARE(tab.panel.findingsTime(), std::optional<uint64_t>(all));
        const QColor error = colours::severity(heatmap::CellSeverity::Error);
        QCOMPARE(tab.pixelOfUnit(c.firstAu), error);

        // Before the second claimer: the unit is the first file's alone, nothing to report.
        tab.panel.setTime(c.ownerB);
        tab.panel.waitForFsck();
        QCOMPARE(tab.panel.findingsTime(), std::optional<uint64_t>(c.ownerB));
        QVERIFY(tab.view()->renderer()->severities().findingsAt(c.firstAu).empty());
        QVERIFY(tab.pixelOfUnit(c.firstAu) != error);
        const QString tip = tab.tooltipOfUnit(c.firstAu);
        QVERIFY2(!tip.contains(QLatin1String("fsck error")), qPrintable(tip));

        // Moving on while a check runs ends with the findings for where the slider stopped.
        tab.panel.setTime(c.ownerB + 1);
        tab.panel.setTime(1);
        tab.panel.setTime(all);
        tab.panel.waitForFsck();
        QCOMPARE(tab.panel.findingsTime(), std::optional<uint64_t>(all));
        QCOMPARE(tab.pixelOfUnit(c.firstAu), error);
    }

    // A cut at next_index leaves the file system as it is: fsck finds the same on both (every
    // field the checks read is carried over). A cut copies no entry past it.
    void cutAtTheEndIsTheWholeLog() {
        for (const QString& name : {QStringLiteral("a02-files"), QStringLiteral("a10-crosslinked"),
                                    QStringLiteral("a08-bad-log-entry-crc")}) {
            const auto s = uitest::loadImage(name);
            fsck::FsckOptions options;
            options.force = true;
            const auto whole = fsck::runFsck(s->fs(), options).findings;
            const auto cut = fsck::runFsck(fs::logPrefix(s->fs(), s->fs().log.nextIndex), options);
            QCOMPARE(cut.findings.size(), whole.size());
            for (size_t i = 0; i < whole.size(); ++i) {
                QCOMPARE(cut.findings[i].code, whole[i].code);
                QCOMPARE(cut.findings[i].message, whole[i].message);
            }
            const fs::LoadedFs one = fs::logPrefix(s->fs(), 1);
            QCOMPARE(one.entries.size(), size_t{1});
            QCOMPARE(one.log.nextIndex, uint64_t{1});
            QCOMPARE(one.entriesClaimed, uint64_t{1});
        }
    }
};

QTEST_MAIN(TestHeatmapDamageTime)
#include "tst_heatmap_damage_time.moc"
