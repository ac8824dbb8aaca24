// The Benchmark tab of the main window with a real run: the fault benchmark on a small memfd
// (the engine in core/bench, with its latency pass) lands on the three charts, and at
// 1366×768, and at 2732×1536 with QT_SCALE_FACTOR=2 (in a child process: the factor is read
// when QApplication starts), every title, axis title and axis label fits the room it has
// (its font's width against the chart's, the plot area's or the category's width; nothing
// elided, nothing past the view's edge) and every measured value is drawn inside the plot area.
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/charts/BenchCharts.h"
#include "ui/charts/BenchPanel.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QValueAxis>

using namespace famscope;
using namespace famscope::ui;

namespace {

using uitest::kScaledEnv;

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

bool elided(const QString& text) {
    return text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026));
}

// Every visible text of the chart's scene: shown whole and inside the view.
void checkSceneTexts(QChartView* view, const QString& where) {
    const QRectF room = view->mapToScene(view->viewport()->rect()).boundingRect();
    for (QGraphicsItem* item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        QString text;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            text = t->toPlainText();
        else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            text = s->text();
        else
            continue;
        if (text.isEmpty())
            continue;
        QVERIFY2(!elided(text), qPrintable(where + QStringLiteral(": cut: ") + text));
        const QRectF at = item->sceneBoundingRect();
        QVERIFY2(room.adjusted(-1, -1, 1, 1).contains(at),
                 qPrintable(QStringLiteral("%1: \"%2\" at %3,%4 %5x%6 is past the view's edge")
                                .arg(where, text)
                                .arg(at.x())
                                .arg(at.y())
                                .arg(at.width())
                                .arg(at.height())));
    }
}

// Titles and labels against the room the chart gives them, from the font's metrics.
void checkRoom(QChart* chart, const QString& where) {
    const QRectF plot = chart->plotArea();
    const QRectF inside = chart->rect().marginsRemoved(chart->margins().toMarginsF());
    const int title = QFontMetrics(chart->titleFont()).horizontalAdvance(chart->title());
    QVERIFY2(
        title <= inside.width(),
        qPrintable(
            QStringLiteral("%1: title %2 px in %3 px").arg(where).arg(title).arg(inside.width())));
    for (QAbstractAxis* axis : chart->axes()) {
        if (!axis->isVisible())
            continue;
        const bool across = axis->orientation() == Qt::Horizontal;
        const qreal length = across ? plot.width() : plot.height();
        if (axis->isTitleVisible() && !axis->titleText().isEmpty()) {
            const int w = QFontMetrics(axis->titleFont()).horizontalAdvance(axis->titleText());
            QVERIFY2(w <= length, qPrintable(QStringLiteral("%1: axis title \"%2\" %3 px in %4")
                                                 .arg(where, axis->titleText())
                                                 .arg(w)
                                                 .arg(length)));
        }
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            const qreal slot = length / qreal(std::max<qsizetype>(1, categories->count()));
            for (const QString& c : categories->categories()) {
                const int w = QFontMetrics(axis->labelsFont()).horizontalAdvance(c);
                QVERIFY2(
                    w <= slot,
                    qPrintable(
                        QStringLiteral("%1: label %2 %3 px in %4").arg(where, c).arg(w).arg(slot)));
            }
        }
    }
}

// Each value of every series lies on the chart's axes and inside the plot area; counts them.
void checkPointsDrawn(QChart* chart, const QString& where, int& points) {
    const QRectF plot = chart->plotArea().adjusted(-1, -1, 1, 1);
    points = 0;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* line = qobject_cast<QLineSeries*>(series)) {
            for (const QPointF& p : line->points()) {
                const QPointF at = chart->mapToPosition(p, line);
                QVERIFY2(plot.contains(at), qPrintable(QStringLiteral("%1: %2 (%3,%4) not drawn")
                                                           .arg(where, line->name())
                                                           .arg(p.x())
                                                           .arg(p.y())));
                ++points;
            }
        } else if (auto* bars = qobject_cast<QBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                for (int i = 0; i < set->count(); ++i) {
                    const QPointF at = chart->mapToPosition(QPointF(i, set->at(i)), bars);
                    QVERIFY2(plot.contains(at), qPrintable(QStringLiteral("%1: bar %2 = %3 off")
                                                               .arg(where)
                                                               .arg(i)
                                                               .arg(set->at(i))));
                    ++points;
                }
        }
    }
}

} // namespace

class TestBenchChartFit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("bench-chart-fit"); }
    void realRunFits();
    void realRunFitsOnScaledScreen();
};

void TestBenchChartFit::realRunFits() {
    QSettings().clear();
    MainWindow w;
    const qreal dpr = w.devicePixelRatioF();
    if (qEnvironmentVariableIsSet(kScaledEnv))
        QCOMPARE(dpr, 2.0);
    const QSize screen =
        qEnvironmentVariableIsSet(kScaledEnv) ? QSize(2732, 1536) : QSize(1366, 768);
    w.resize(screen / dpr);
    w.show();
    QVERIFY(w.selectView(QStringLiteral("benchmark")));
    settle();
    auto* panel = w.findChild<BenchPanel*>();
    QVERIFY(panel);

    // A short real run: 4 MiB of memfd, the target's page sizes, with the latency pass.
    uitest::part<QLineEdit>(*panel, QStringLiteral("benchTarget"))
        ->setText(QStringLiteral("memfd"));
    uitest::part<QLineEdit>(*panel, QStringLiteral("benchSize"))->setText(QStringLiteral("4M"));
    uitest::part<QSpinBox>(*panel, QStringLiteral("benchWarmups"))->setValue(0);
    QSignalSpy done(panel, &BenchPanel::runFinished);
    QTest::mouseClick(uitest::part<QPushButton>(*panel, QStringLiteral("benchRun")),
                      Qt::LeftButton);
    QVERIFY2(done.wait(120000), "the benchmark did not finish");
    settle();
    QCOMPARE(panel->history().runs().size(), size_t{1});
    const bench::BenchReport& report = *panel->history().runs().front().report;
    const QStringList measured = pageCategories(panel->comparedRuns());
    QVERIFY2(!measured.isEmpty(), "no page size measured on memfd");

    auto* charts = panel->findChild<QTabWidget*>();
    QVERIFY(charts);
    QCOMPARE(charts->count(), 3);
    for (int tab = 0; tab < charts->count(); ++tab) {
        charts->setCurrentIndex(tab);
        settle();
        auto* view = qobject_cast<QChartView*>(charts->currentWidget());
        QVERIFY(view && view->isVisible());
        QChart* chart = view->chart();
        const QString where = charts->tabText(tab);
        checkSceneTexts(view, where);
        if (QTest::currentTestFailed())
            return;
        checkRoom(chart, where);
        if (QTest::currentTestFailed())
            return;
        int drawn = 0;
        checkPointsDrawn(chart, where, drawn);
        if (QTest::currentTestFailed())
            return;
        // As many values as the run measured: a bar per page size on the fault and
        // throughput charts, every point of each latency distribution on the CDF.
        int expected = 0;
        if (tab < 2) {
            expected = int(measured.size());
        } else {
            for (const bench::PageSizeResult& p : report.results)
                if (p.latency)
                    expected += int(p.latency->cdf.size());
            QVERIFY2(expected > 0, "the run has no latency distribution");
        }
        QVERIFY2(
            drawn >= expected,
            qPrintable(
                QStringLiteral("%1: %2 values drawn of %3").arg(where).arg(drawn).arg(expected)));
        qInfo("%s: %d values drawn in a %dx%d chart at ratio %g", qPrintable(where), drawn,
              view->width(), view->height(), dpr);
    }
}

void TestBenchChartFit::realRunFitsOnScaledScreen() {
    if (qEnvironmentVariableIsSet(kScaledEnv))
        QSKIP("this is the child process itself");
    const uitest::ScaledRun run =
        uitest::rerunAtScaleTwo("TestBenchChartFit", QStringLiteral("realRunFits"), 180000);
    QVERIFY2(run.passed, run.output.constData());
}

QTEST_MAIN(TestBenchChartFit)
#include "tst_bench_chart_fit.moc"
