// The fragmentation panel offscreen: the chart's bars and the figures show the allocation
// map's free runs, and the "Will it fit?" form, driven through its controls, shows the
// allocator's plan (table and planPreview ranges) or its reason, and clears the preview when
// the question changes.
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/edit/FitAdvisor.h"
#include "ui/charts/FitForm.h"
#include "ui/charts/FragmentationPanel.h"
#include "ui/charts/FreeRunChart.h"
#include "ui/util/Format.h"

#include "TempDir.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <set>

using namespace famscope;
using namespace famscope::ui;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
using Ranges = std::vector<famfs::SimpleExtent>;

QChart* chartOf(FragmentationPanel& panel) {
    return uitest::part<QChartView>(panel, QStringLiteral("fragmentationChart"))->chart();
}

QHorizontalBarSeries* barsOf(QChart* chart) {
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(s))
            return bars;
    return nullptr;
}

void ask(FitForm* form, double size, const char* unit, int strips, uint64_t chunk = 2 * kMiB) {
    uitest::part<QDoubleSpinBox>(*form, QStringLiteral("fitSize"))->setValue(size);
    uitest::part<QComboBox>(*form, QStringLiteral("fitUnit"))->setCurrentText(QLatin1String(unit));
    uitest::part<QSpinBox>(*form, QStringLiteral("fitStrips"))->setValue(strips);
    uitest::part<QComboBox>(*form, QStringLiteral("fitChunk"))
        ->setCurrentIndex(uitest::part<QComboBox>(*form, QStringLiteral("fitChunk"))
                              ->findData(QVariant::fromValue<quint64>(chunk)));
    QTest::mouseClick(uitest::part<QPushButton>(*form, QStringLiteral("fitCheck")), Qt::LeftButton);
}

Ranges lastPreview(const QSignalSpy& spy) {
    return spy.last().at(0).value<Ranges>();
}

} // namespace

class TestFragmentationPanel : public QObject {
    Q_OBJECT

private slots:
    void chartAndFiguresShowTheFreeRuns() {
        FragmentationPanel panel;
        panel.resize(700, 900);
        panel.show();
        auto snapshot = uitest::loadImage(QStringLiteral("a04-striped"));
        panel.setSnapshot(snapshot);
        const fs::Fragmentation f = fs::analyzeFragmentation(snapshot->allocation);
        QVERIFY(f.freeRuns > 1);

        QHorizontalBarSeries* bars = barsOf(chartOf(panel));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1);
        const QBarSet* set = bars->barSets().front();
        QCOMPARE(static_cast<size_t>(set->count()), f.histogram.size());
        uint64_t runs = 0;
        for (int k = 0; k < set->count(); ++k) {
            QCOMPARE(set->at(k), static_cast<qreal>(f.histogram[static_cast<size_t>(k)].runs));
            runs += f.histogram[static_cast<size_t>(k)].runs;
        }
        QCOMPARE(runs, f.freeRuns);
        auto* x = qobject_cast<QBarCategoryAxis*>(chartOf(panel)->axes(Qt::Vertical).front());
        QVERIFY(x);
        QCOMPARE(x->categories().front(), QStringLiteral("[2, 4) MiB"));
        QCOMPARE(x->categories().size(), set->count());
        const QString hover = freeRunBucketText(f, set->count() - 1);
        QVERIFY2(hover.contains(QString::fromStdString(f.histogram.back().label)),
                 qPrintable(hover));
        QVERIFY2(hover.contains(formatSize(f.histogram.back().freeAus * f.allocUnit)),
                 qPrintable(hover));
        QVERIFY(freeRunBucketText(f, set->count()).isEmpty());

        const QJsonObject alloc = golden::manifestImage(QStringLiteral("a04-striped"))
                                      .value(QLatin1String("allocation"))
                                      .toObject();
        QVERIFY(
            uitest::part<QLabel>(panel, QStringLiteral("fragmentationFree"))
                ->text()
                .contains(formatSize(golden::number(alloc.value(QLatin1String("free_bytes"))))));
        QVERIFY(uitest::part<QLabel>(panel, QStringLiteral("fragmentationLargest"))
                    ->text()
                    .contains(formatSize(f.largestFreeRunBytes())));
        QVERIFY(uitest::part<QLabel>(panel, QStringLiteral("fragmentationAmplification"))
                    ->text()
                    .contains(formatSize(
                        golden::number(alloc.value(QLatin1String("sum_of_file_sizes"))))));
        QVERIFY(!uitest::part<QLabel>(panel, QStringLiteral("fragmentationAmplification"))
                     ->toolTip()
                     .isEmpty());
        QCOMPARE(uitest::part<QLabel>(panel, QStringLiteral("fragmentationOverhead"))->text(),
                 formatSize(10 * kMiB));

        QTemporaryDir dir;
        const QString png = tempPath(dir, QStringLiteral("fragmentation.png"));
        QCoreApplication::processEvents(); // lay out the texts just set
        QVERIFY(panel.grab().save(png));
        const QImage image(png);
        QCOMPARE(image.size(), panel.size() * panel.devicePixelRatio());
        QVERIFY(image.pixel(10, 10) != image.pixel(image.width() / 2, image.height() / 3) ||
                image.pixel(image.width() / 3, image.height() / 4) !=
                    image.pixel(image.width() / 2, image.height() / 4));
    }

    void simpleFilePlanIsShownAndPreviewed() {
        FragmentationPanel panel;
        panel.show();
        auto snapshot = uitest::loadDemo();
        panel.setSnapshot(snapshot);
        QSignalSpy preview(&panel, &FragmentationPanel::planPreview);
        FitForm* form = uitest::part<FitForm>(panel);
        QVERIFY(form->isEnabled());
        QVERIFY(!uitest::part<QSpinBox>(*form, QStringLiteral("fitBuckets"))->isEnabled());
        ask(form, 100, "MiB", 1);
        QCOMPARE(form->sizeBytes(), 100 * kMiB);
        QVERIFY(form->answer() && form->answer()->fits);
        QVERIFY(uitest::part<QLabel>(*form, QStringLiteral("fitVerdict"))
                    ->text()
                    .contains(QLatin1String("Fits")));

        const edit::FitAnswer direct =
            edit::askFit(snapshot->allocation, snapshot->fs().sb.ddSize, {100 * kMiB});
        QVERIFY(direct.fits);
        QCOMPARE(preview.count(), 1);
        QVERIFY(lastPreview(preview) == direct.placement.extents);
        QCOMPARE(uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->rowCount(), 1);
        QCOMPARE(uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->item(0, 1)->text(),
                 formatHex(direct.placement.extents[0].offset));
        QCOMPARE(uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->item(0, 2)->text(),
                 formatSize(100 * kMiB));
        QVERIFY(uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))
                    ->isColumnHidden(3)); // no buckets for a simple file

        uitest::part<QDoubleSpinBox>(*form, QStringLiteral("fitSize"))
            ->setValue(200); // a new question clears the highlight
        QCOMPARE(preview.count(), 2);
        QVERIFY(lastPreview(preview).empty());
        QVERIFY(!form->answer());
    }

    void stripedPlanUsesDistinctBuckets() {
        FragmentationPanel panel;
        panel.show();
        auto snapshot = uitest::loadDemo();
        panel.setSnapshot(snapshot);
        QSignalSpy preview(&panel, &FragmentationPanel::planPreview);
        FitForm* form = uitest::part<FitForm>(panel);
        QCOMPARE(uitest::part<QSpinBox>(*form, QStringLiteral("fitBuckets"))->value(),
                 static_cast<int>(edit::defaultBucketCount(snapshot->fs().sb.ddSize)));
        ask(form, 20, "MiB", 4, 2 * kMiB);
        QVERIFY(uitest::part<QSpinBox>(*form, QStringLiteral("fitBuckets"))->isEnabled());
        QVERIFY2(form->answer() && form->answer()->fits,
                 qPrintable(uitest::part<QLabel>(*form, QStringLiteral("fitReason"))->text()));
        QCOMPARE(uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->rowCount(), 4);
        QVERIFY(!uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->isColumnHidden(3));
        std::set<QString> buckets;
        for (int row = 0; row < 4; ++row) {
            buckets.insert(
                uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->item(row, 3)->text());
            QCOMPARE(
                uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->item(row, 2)->text(),
                formatSize(6 * kMiB));
        }
        QCOMPARE(buckets.size(), size_t{4});
        QCOMPARE(lastPreview(preview).size(), size_t{4});
        QVERIFY(lastPreview(preview) == form->answer()->placement.strips);
    }

    void nonFitShowsTheAllocatorsReason() {
        // a15: 512 MiB, where famfs itself refused a 300 MiB creat and a striped one
        FragmentationPanel panel;
        panel.show();
        panel.setSnapshot(uitest::loadImage(QStringLiteral("a15-small-512m")));
        QSignalSpy preview(&panel, &FragmentationPanel::planPreview);
        FitForm* form = uitest::part<FitForm>(panel);
        ask(form, 200, "MiB", 1);
        QVERIFY(form->answer() && !form->answer()->fits);
        QVERIFY(uitest::part<QLabel>(*form, QStringLiteral("fitVerdict"))
                    ->text()
                    .contains(QLatin1String("Does not fit")));
        const QString why = uitest::part<QLabel>(*form, QStringLiteral("fitReason"))->text();
        QVERIFY2(why.contains(QLatin1String("needs one free run of 200 MiB")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("the largest free run is 100 MiB")), qPrintable(why));
        QVERIFY2(why.contains(formatSize(100 * kMiB)), qPrintable(why)); // largest that fits
        QVERIFY(!uitest::part<QTableWidget>(*form, QStringLiteral("fitPlan"))->isVisible());
        QCOMPARE(preview.count(), 1);
        QVERIFY(lastPreview(preview).empty());

        uitest::part<QSpinBox>(*form, QStringLiteral("fitBuckets"))->setValue(2);
        ask(form, 8, "MiB", 2);
        QVERIFY(form->answer() && !form->answer()->fits && !form->answer()->shortfall);
        QVERIFY2(uitest::part<QLabel>(*form, QStringLiteral("fitReason"))
                     ->text()
                     .contains(QLatin1String("1 GiB famfs requires")),
                 qPrintable(uitest::part<QLabel>(*form, QStringLiteral("fitReason"))->text()));
    }

    void noSnapshotDisablesTheForm() {
        FragmentationPanel panel;
        QVERIFY(!uitest::part<FitForm>(panel)->isEnabled());
        panel.setSnapshot(uitest::loadDemo());
        QVERIFY(uitest::part<FitForm>(panel)->isEnabled());
        panel.setSnapshot(nullptr);
        QVERIFY(!uitest::part<FitForm>(panel)->isEnabled());
        QCOMPARE(barsOf(chartOf(panel))->barSets().front()->count(), 0); // no free runs
    }
};

QTEST_MAIN(TestFragmentationPanel)
#include "tst_fragmentation_panel.moc"
