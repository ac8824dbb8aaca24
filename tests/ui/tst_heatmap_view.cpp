// The heatmap tab offscreen: pixel tests on known cells (superblock + log, a file, free space,
// a collision, fsck severity), hit tests (cell -> offset range, owner file, extent or strip,
// log entry), selection both ways, time travel on screen, zoom and the overview strip, and
// PNG/SVG export that loads back.
#include "HeatmapTab.h"
#include "TempImage.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/fs/AllocationMap.h"
#include "ui/SelectionModel.h"
#include "ui/charts/FitForm.h"
#include "ui/charts/FragmentationPanel.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/util/Format.h"
#include "ui/views/HeatmapColours.h"
#include "ui/views/HeatmapExport.h"
#include "ui/views/HeatmapOverview.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace famscope;
using namespace famscope::ui;
namespace colours = famscope::ui::heatmapcolours;

namespace {

using Tab = uitest::HeatmapTab;

const fs::FsFile* firstFile(const Snapshot& s, bool interleaved) {
    for (const fs::FsFile& f : s.ns.files)
        if (f.map.interleaved == interleaved && !f.map.pieces().empty() &&
            f.map.pieces().front().len > 0)
            return &f;
    return nullptr;
}

uint64_t firstUnitOf(const fs::FsFile& f, size_t piece = 0) {
    return f.map.pieces().at(piece).offset / famfs::kAllocUnit;
}

} // namespace

class TestHeatmapView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("heatmap-view"); }

    void knownCellsHaveTheirColours() {
        const auto demo = uitest::loadDemo();
        Tab tab(demo);
        QCOMPARE(tab.view()->grid().level, 0); // the demo fits one unit per cell
        QCOMPARE(tab.pixelOfUnit(0), colours::metadata());
        const fs::FsFile* file = firstFile(*demo, false);
        QVERIFY(file);
        QCOMPARE(tab.pixelOfUnit(firstUnitOf(*file)),
                 colours::file(static_cast<uint32_t>(file->entryIndex)));
        const auto freeRuns = demo->allocation.freeRuns();
        QVERIFY(!freeRuns.empty());
        QCOMPARE(tab.pixelOfUnit(freeRuns.back().firstAu), colours::free());
        // Log age: the file's colour follows its entry index.
        tab.panel.setMode(HeatmapMode::Age);
        QCOMPARE(tab.pixelOfUnit(firstUnitOf(*file)),
                 colours::age(static_cast<uint32_t>(file->entryIndex),
                              tab.view()->renderer()->entryCount()));
    }

    // A device of few allocation units fills the view with big squares, not a small block.
    void smallDeviceFillsTheView() {
        TempImage image(uint64_t{128} << 20); // 64 units of 2 MiB
        auto loaded = loadSnapshotNow({QString::fromStdString(image.img), false});
        QVERIFY2(loaded.snapshot, qPrintable(loaded.error));
        Tab tab(loaded.snapshot);
        const auto& g = tab.view()->grid();
        QCOMPARE(g.level, 0);
        const double across = double(g.cols * g.cellPx) / g.width;
        const double down = double(g.rows * g.cellH) / g.height;
        QVERIFY2(across >= 0.8 && down >= 0.8,
                 qPrintable(QStringLiteral("%1 x %2 px cells fill %3 across, %4 down")
                                .arg(g.cellPx)
                                .arg(g.cellH)
                                .arg(across)
                                .arg(down)));
    }

    void collisionsAndSeverityOnACrossLinkedImage() {
        const auto image = uitest::loadImage(QStringLiteral("a10-crosslinked"));
        QVERIFY(!image->allocation.collisionList.empty());
        const fs::AllocationCollision c = image->allocation.collisionList.front();
        Tab tab(image);
        QCOMPARE(tab.pixelOfUnit(c.firstAu), colours::collision());
        // Before the second claimer was written the unit belonged to the first one alone.
        tab.panel.setTime(c.ownerB);
        QCOMPARE(uitest::part<QSlider>(tab.panel, QStringLiteral("heatmapTime"))->value(),
                 static_cast<int>(c.ownerB));
        QCOMPARE(tab.pixelOfUnit(c.firstAu), colours::file(static_cast<uint32_t>(c.ownerA)));
        tab.panel.setTime(c.ownerB + 1);
        QCOMPARE(tab.pixelOfUnit(c.firstAu), colours::collision());
        // fsck (run off the GUI thread) reports the collision as an error on those units.
        tab.panel.setMode(HeatmapMode::Fsck);
        tab.panel.waitForFsck();
        QVERIFY(tab.view()->renderer()->hasFindings());
        QCOMPARE(tab.pixelOfUnit(c.firstAu), colours::severity(heatmap::CellSeverity::Error));
        const QString text = tab.view()->describeAt(tab.view()->cellCentre(c.firstAu));
        QVERIFY2(text.contains(QStringLiteral("fsck error")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(c.ownerB)), qPrintable(text));
    }

    void timeTravelShowsTheLogPrefix() {
        const auto demo = uitest::loadDemo();
        Tab tab(demo);
        const fs::FsFile* file = firstFile(*demo, false);
        const uint64_t au = firstUnitOf(*file);
        tab.panel.setTime(file->entryIndex); // before the file's entry
        QCOMPARE(tab.pixelOfUnit(au), colours::free());
        QCOMPARE(tab.pixelOfUnit(0), colours::metadata()); // always there
        tab.panel.setTime(file->entryIndex + 1);
        QCOMPARE(tab.pixelOfUnit(au), colours::file(static_cast<uint32_t>(file->entryIndex)));
        // The slider drives the same state.
        uitest::part<QSlider>(tab.panel, QStringLiteral("heatmapTime"))->setValue(0);
        QCOMPARE(tab.view()->renderer()->time(), uint64_t{0});
        QCOMPARE(tab.pixelOfUnit(au), colours::free());
        tab.panel.play();
        QVERIFY(tab.panel.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!tab.panel.isPlaying(), 20000); // stops at the last entry
        QCOMPARE(tab.view()->renderer()->time(), tab.view()->renderer()->entryCount());
    }

    void hoverNamesOffsetOwnerPieceAndEntry() {
        const auto image = uitest::loadImage(QStringLiteral("a04-striped"));
        Tab tab(image);
        HeatmapView* v = tab.view();
        QCOMPARE(v->grid().level, 0);
        const fs::FsFile* striped = firstFile(*image, true);
        QVERIFY(striped && striped->map.strips.size() >= 2);
        const uint64_t au = firstUnitOf(*striped, 1);
        const QString text = v->describeAt(v->cellCentre(au));
        const uint64_t unit = famfs::kAllocUnit;
        QVERIFY2(text.contains(formatHex(au * unit)), qPrintable(text));
        QVERIFY2(text.contains(formatHex((au + 1) * unit)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromStdString(striped->path)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Strip 1 of %1").arg(striped->map.strips.size())),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("log entry %1").arg(striped->entryIndex)),
                 qPrintable(text));
        QVERIFY(v->describeAt(QPoint(-5, -5)).isEmpty());
        const QString meta = v->describeAt(v->cellCentre(0));
        QVERIFY2(meta.contains(QStringLiteral("Superblock and log")), qPrintable(meta));
    }

    void clickSelectsAndSelectionOutlines() {
        const auto image = uitest::loadImage(QStringLiteral("a04-striped"));
        Tab tab(image);
        HeatmapView* v = tab.view();
        const fs::FsFile* striped = firstFile(*image, true);
        const uint64_t au = firstUnitOf(*striped, 0);
        QVERIFY(v->selectAt(v->cellCentre(au)));
        QCOMPARE(tab.selection.currentPath(), QString::fromStdString(striped->path));
        QCOMPARE(v->renderer()->selectedEntry(),
                 std::optional<uint32_t>(static_cast<uint32_t>(striped->entryIndex)));
        QVERIFY(!v->selectAt(v->cellCentre(0))); // metadata: nothing to select
        // The outline is drawn: the strip's first cell edge turns black.
        const QImage shot = v->grab().toImage();
        const QPoint c = v->cellCentre(au);
        const int half = static_cast<int>(v->grid().cellPx) / 2;
        QCOMPARE(shot.pixelColor(c.x() - half, c.y()), QColor(Qt::black));
        // A selection made elsewhere is followed.
        const fs::FsFile* simple = firstFile(*image, false);
        tab.selection.setCurrentPath(QString::fromStdString(simple->path));
        QCOMPARE(v->renderer()->selectedEntry(),
                 std::optional<uint32_t>(static_cast<uint32_t>(simple->entryIndex)));
        tab.selection.clear();
        QVERIFY(!v->renderer()->selectedEntry());
    }

    void zoomPanAndOverview() {
        const auto demo = uitest::loadDemo();
        Tab tab(demo);
        HeatmapView* v = tab.view();
        const heatmap::GridGeometry fit = v->grid();
        v->zoom(2, v->cellCentre(100));
        QVERIFY(v->grid().cellPx > fit.cellPx);
        QVERIFY(v->grid().visibleCellCount() < fit.visibleCellCount());
        QTest::keyClick(v, Qt::Key_End);
        QCOMPARE(v->grid().visibleUnits().end, demo->allocation.nbits);
        QTest::keyClick(v, Qt::Key_0);
        QCOMPARE(v->grid(), fit);
        HeatmapOverview* o = uitest::part<HeatmapOverview>(tab.panel);
        QCOMPARE(o->unitAt(0), uint64_t{0});
        QCOMPARE(o->unitAt(o->width()), demo->allocation.nbits - 1);
    }

    void exportsLoadBack() {
        const auto demo = uitest::loadDemo();
        HeatmapRenderer r(demo);
        r.setSelectedEntry(static_cast<uint32_t>(firstFile(*demo, true)->entryIndex));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("h.png"));
        const QString svg = dir.filePath(QStringLiteral("h.svg"));
        const HeatmapPicture pic{900, HeatmapPanel::pictureTitle(r)};
        QCOMPARE(exportHeatmapPng(r, pic, png), QString());
        QCOMPARE(exportHeatmapSvg(r, pic, svg), QString());
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.width(), 900);
        QCOMPARE(image, renderHeatmapImage(r, pic));
        bool metadataSeen = false;
        for (int y = 0; y < image.height() && !metadataSeen; ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == colours::metadata()) {
                    metadataSeen = true;
                    break;
                }
        QVERIFY(metadataSeen);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int elements = 0;
        bool root = false;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                root = root || (elements == 0 && xml.name() == QLatin1String("svg"));
                ++elements;
            }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(root);
        QVERIFY(elements > 20);
        QVERIFY(
            !exportHeatmapPng(r, pic, dir.filePath(QStringLiteral("no/such/dir.png"))).isEmpty());
    }

    void mainWindowHasTheTab() {
        MainWindow w;
        QVERIFY(MainWindow::viewNames().contains(QStringLiteral("heatmap")));
        QVERIFY(w.selectView(QStringLiteral("heatmap")));
        uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({QString(), true}));
        QVERIFY(uitest::part<HeatmapPanel>(w)->view()->renderer());
        const fs::FsFile& f = uitest::part<Document>(w)->snapshot()->ns.files.front();
        uitest::part<SelectionModel>(w)->setCurrentPath(QString::fromStdString(f.path));
        QCOMPARE(uitest::part<HeatmapPanel>(w)->view()->renderer()->selectedEntry(),
                 std::optional<uint32_t>(static_cast<uint32_t>(f.entryIndex)));
    }

    // The fragmentation panel sits beside the heatmap; its "Will it fit?" plan is outlined on
    // the heatmap (magenta, dashed) until the question changes.
    void fitPlanIsPreviewedOnTheHeatmap() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(w.selectView(QStringLiteral("heatmap")));
        uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({QString(), true}));
        QVERIFY(uitest::part<FragmentationPanel>(w)->isVisibleTo(uitest::part<HeatmapPanel>(w)));
        FitForm* form = uitest::part<FitForm>(*uitest::part<FragmentationPanel>(w));
        uitest::part<QDoubleSpinBox>(*form, QStringLiteral("fitSize"))->setValue(100);
        uitest::part<QComboBox>(*form, QStringLiteral("fitUnit"))
            ->setCurrentText(QStringLiteral("MiB"));
        uitest::part<QSpinBox>(*form, QStringLiteral("fitStrips"))->setValue(1);
        QTest::mouseClick(uitest::part<QPushButton>(*form, QStringLiteral("fitCheck")),
                          Qt::LeftButton);
        QVERIFY(form->answer() && form->answer()->fits);
        const famfs::SimpleExtent planned = form->answer()->placement.extents.at(0);
        HeatmapView* view = uitest::part<HeatmapPanel>(w)->view();
        const auto& preview = view->renderer()->preview();
        QCOMPARE(preview.size(), size_t{1});
        QCOMPARE(preview[0].first, planned.offset / famfs::kAllocUnit);
        QCOMPARE(preview[0].end, (planned.offset + planned.len) / famfs::kAllocUnit);

        // The outline's colour appears on screen only while the plan is shown.
        auto magentaPixels = [view] {
            const QImage shot = view->grab().toImage();
            int n = 0;
            for (int y = 0; y < shot.height(); ++y)
                for (int x = 0; x < shot.width(); ++x)
                    n += shot.pixel(x, y) == qRgb(0xd0, 0x00, 0xd0);
            return n;
        };
        QVERIFY(magentaPixels() > 10);
        uitest::part<QDoubleSpinBox>(*form, QStringLiteral("fitSize"))
            ->setValue(200); // a new question clears the plan
        QVERIFY(view->renderer()->preview().empty());
        QCOMPARE(magentaPixels(), 0);
    }
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmap_view.moc"
