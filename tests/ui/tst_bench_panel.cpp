// The benchmark panel offscreen: a run on memfd lands in the history and on all three charts
// with the engine's numbers, flagged page sizes are labelled with what they got, history
// entries can be compared and exported (CSV, PNG), and Cancel stops a run.
#include "WindowParts.h"
#include "ui/charts/BenchCharts.h"
#include "ui/charts/BenchHistory.h"
#include "ui/charts/BenchJob.h"
#include "ui/charts/BenchPanel.h"

#include "core/bench/PageSize.h"

#include "TempDir.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace famscope;
using namespace famscope::ui;

namespace {

QChart* chartOf(BenchPanel& panel, const char* name) {
    return uitest::part<QChartView>(panel, QLatin1String(name))->chart();
}

QBarSeries* barsOf(QChart* chart) {
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QBarSeries*>(s))
            return bars;
    return nullptr;
}

bool runPanel(BenchPanel& panel, const QString& target, const QString& size) {
    uitest::part<QLineEdit>(panel, QStringLiteral("benchTarget"))->setText(target);
    uitest::part<QLineEdit>(panel, QStringLiteral("benchSize"))->setText(size);
    uitest::part<QSpinBox>(panel, QStringLiteral("benchWarmups"))->setValue(0);
    QSignalSpy done(&panel, &BenchPanel::runFinished);
    QTest::mouseClick(uitest::part<QPushButton>(panel, QStringLiteral("benchRun")), Qt::LeftButton);
    return done.wait(120000);
}

} // namespace

class TestBenchPanel : public QObject {
    Q_OBJECT

private slots:
    void runShowsOnEveryChart() {
        BenchPanel panel;
        panel.resize(1200, 700);
        panel.show();
        QVERIFY(runPanel(panel, QStringLiteral("memfd"), QStringLiteral("4M")));
        QCOMPARE(panel.history().runs().size(), size_t{1});
        QCOMPARE(uitest::part<QListWidget>(panel, QStringLiteral("benchHistory"))->count(), 1);
        const bench::BenchReport& report = *panel.history().runs().front().report;
        const bench::SeriesResult& series = report.results.front().series.front();

        QBarSeries* faults = barsOf(chartOf(panel, "benchFaultChart"));
        QVERIFY(faults);
        QCOMPARE(faults->count(), 1);
        QCOMPARE(faults->barSets().front()->at(0), series.nsPerFault.median);
        QCOMPARE(pageCategories(panel.comparedRuns()), QStringList{QStringLiteral("4k")});
        // One whisker from the fastest to the slowest repetition.
        QLineSeries* whisker = nullptr;
        for (QAbstractSeries* s : chartOf(panel, "benchFaultChart")->series())
            if (auto* line = qobject_cast<QLineSeries*>(s))
                whisker = line;
        QVERIFY(whisker);
        double low = whisker->at(0).y(), high = low;
        for (const QPointF& p : whisker->points()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        QCOMPARE(low, series.nsPerFault.min);
        QCOMPARE(high, series.nsPerFault.max);

        QBarSeries* gib = barsOf(chartOf(panel, "benchThroughputChart"));
        QVERIFY(gib);
        QCOMPARE(gib->barSets().front()->at(0), series.gibPerSecond.median);
        int bandwidthLines = 0;
        for (QAbstractSeries* s : chartOf(panel, "benchThroughputChart")->series())
            if (auto* line = qobject_cast<QLineSeries*>(s)) {
                ++bandwidthLines;
                QCOMPARE(line->at(0).y(), report.bandwidth->fillGiBps);
            }
        QCOMPARE(bandwidthLines, 1);

        QCOMPARE(chartOf(panel, "benchLatencyChart")->series().size(), 1);
        auto* cdf =
            qobject_cast<QLineSeries*>(chartOf(panel, "benchLatencyChart")->series().front());
        QVERIFY(cdf);
        QCOMPARE(cdf->at(cdf->count() - 1).y(), 1.0);
    }

    void historyComparesAndExports() {
        BenchPanel panel;
        panel.resize(1200, 700);
        panel.show();
        QVERIFY(runPanel(panel, QStringLiteral("memfd"), QStringLiteral("2M")));
        QVERIFY(runPanel(panel, QStringLiteral("memfd"), QStringLiteral("4M")));
        QCOMPARE(barsOf(chartOf(panel, "benchFaultChart"))->count(), 2);
        uitest::part<QListWidget>(panel, QStringLiteral("benchHistory"))
            ->item(0)
            ->setCheckState(Qt::Unchecked);
        QCOMPARE(panel.comparedRuns().size(), size_t{1});
        QCOMPARE(barsOf(chartOf(panel, "benchFaultChart"))->count(), 1);
        QCOMPARE(barsOf(chartOf(panel, "benchFaultChart"))->barSets().front()->label(),
                 panel.history().runs().back().label);

        QTemporaryDir dir;
        const QString csv = tempPath(dir, QStringLiteral("runs.csv"));
        QVERIFY(panel.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.front().startsWith("run,target,page,"));
        QCOMPARE(lines.size(), 3); // header, one compared run with one page size, final newline
        QVERIFY(lines.at(1).contains(",memfd,4k,4096,4096,measured,"));

        const QString png = tempPath(dir, QStringLiteral("chart.png"));
        QVERIFY(panel.exportPng(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100 && image.height() > 100);
    }

    void flaggedRunsAreLabelledWithWhatTheyGot() {
        BenchPanel panel;
        uitest::part<QCheckBox>(panel, QStringLiteral("benchLatency"))->setChecked(false);
        QVERIFY(runPanel(panel, QStringLiteral("thp"), QStringLiteral("4M")));
        const auto rows = panel.history().runs().front().rows();
        QCOMPARE(rows.size(), size_t{1});
        const bench::PageSizeResult& r = panel.history().runs().front().report->results.front();
        if (r.flagged()) {
            QCOMPARE(rows.front().status, std::string("flagged"));
            const std::string got =
                r.obtained() == bench::kPage2M ? "mixed" : bench::pageSizeName(r.obtained());
            QCOMPARE(rows.front().pageLabel, "2m->" + got);
            QVERIFY(!pageCategories(panel.comparedRuns()).contains(QStringLiteral("2m")));
        } else {
            QCOMPARE(rows.front().pageLabel, std::string("2m"));
        }
    }

    void cancelStopsTheRun() {
        BenchPanel panel;
        uitest::part<QLineEdit>(panel, QStringLiteral("benchTarget"))
            ->setText(QStringLiteral("memfd"));
        uitest::part<QLineEdit>(panel, QStringLiteral("benchSize"))
            ->setText(QStringLiteral("256M"));
        QSignalSpy failed(&panel, &BenchPanel::runFailed);
        QTest::mouseClick(uitest::part<QPushButton>(panel, QStringLiteral("benchRun")),
                          Qt::LeftButton);
        QVERIFY(uitest::part<QPushButton>(panel, QStringLiteral("benchCancel"))->isEnabled());
        QVERIFY(!uitest::part<QPushButton>(panel, QStringLiteral("benchRun"))->isEnabled());
        QTest::mouseClick(uitest::part<QPushButton>(panel, QStringLiteral("benchCancel")),
                          Qt::LeftButton);
        QVERIFY(failed.wait(120000));
        QCOMPARE(failed.front().front().toString(), QStringLiteral("cancelled"));
        QVERIFY(uitest::part<QPushButton>(panel, QStringLiteral("benchRun"))->isEnabled());
        QCOMPARE(panel.history().runs().size(), size_t{0});
    }

    // The size field reads sizes as every other size field and the command line do.
    void sizeTakesTheOneSizeGrammar() {
        BenchPanel panel;
        uitest::part<QCheckBox>(panel, QStringLiteral("benchLatency"))->setChecked(false);
        uitest::part<QLineEdit>(panel, QStringLiteral("benchPageSizes"))
            ->setText(QStringLiteral("4k"));
        QVERIFY(runPanel(panel, QStringLiteral("memfd"), QStringLiteral("4MB")));
        QVERIFY(runPanel(panel, QStringLiteral("memfd"), QStringLiteral("010M")));
        QCOMPARE(panel.history().runs().size(), size_t{2});
        QCOMPARE(panel.history().runs()[0].report->options.size, uint64_t{4} << 20);
        QCOMPARE(panel.history().runs()[1].report->options.size, uint64_t{10} << 20); // not octal
    }

    void badInputIsAnError() {
        BenchPanel panel;
        uitest::part<QLineEdit>(panel, QStringLiteral("benchPageSizes"))
            ->setText(QStringLiteral("3k"));
        QSignalSpy failed(&panel, &BenchPanel::runFailed);
        QTest::mouseClick(uitest::part<QPushButton>(panel, QStringLiteral("benchRun")),
                          Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY(uitest::part<QPushButton>(panel, QStringLiteral("benchRun"))->isEnabled());
        uitest::part<QLineEdit>(panel, QStringLiteral("benchPageSizes"))->clear();
        uitest::part<QLineEdit>(panel, QStringLiteral("benchTarget"))
            ->setText(QStringLiteral("/nonexistent/image"));
        QTest::mouseClick(uitest::part<QPushButton>(panel, QStringLiteral("benchRun")),
                          Qt::LeftButton);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.back().front().toString().contains(QStringLiteral("nonexistent")));
    }
};

QTEST_MAIN(TestBenchPanel)
#include "tst_bench_panel.moc"
