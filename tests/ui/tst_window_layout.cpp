// The main window on real screen sizes: at 1366×768, 1920×1080 and 2732×1536 (the last at
// QT_SCALE_FACTOR=2, in a child process because the factor is read when QApplication starts),
// every view is shown in turn on the demo and on a striped golden image, and the layout rules
// are checked from the widgets' geometry: the tree has room for 24 characters of names, the
// heatmap gets at least half of the window and fills its area, chart titles are not cut, key
// table columns are readable, and switching tabs never moves the panes around the tabs.
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/NamespaceModel.h"
#include "ui/panels/NamespacePanel.h"
#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace famscope;
using namespace famscope::ui;

namespace {

// Set in the child process that checks the scaled screen.
using uitest::kScaledEnv;

struct Panes {
    QRect tree, details, tabs;
    bool operator==(const Panes&) const = default;
};

QString describe(const Panes& p) {
    const auto r = [](const QRect& g) {
        return QStringLiteral("%1,%2 %3x%4").arg(g.x()).arg(g.y()).arg(g.width()).arg(g.height());
    };
    return QStringLiteral("tree %1, details %2, tabs %3").arg(r(p.tree), r(p.details), r(p.tabs));
}

QRect geometryOf(const MainWindow& w, const char* name) {
    const auto* widget = w.findChild<QWidget*>(QLatin1String(name));
    return widget && widget->isVisible() ? widget->geometry() : QRect();
}

// Every text the chart scene draws (titles, axis titles, labels), as shown.
QStringList shownChartTexts(QChartView* view) {
    QStringList texts;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (!item->isVisible())
            continue;
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
            texts << text->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << simple->text();
    }
    return texts;
}

// The width the cells of a column's first rows need (sizeHintForColumn is protected).
int contentsWidth(const QTableView* table, int column) {
    int width = 0;
    for (int row = 0; row < std::min(table->model()->rowCount(), 50); ++row)
        width =
            std::max(width, table->sizeHintForIndex(table->model()->index(row, column)).width());
    return width;
}

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("window-layout"); }
    void rulesHold_data();
    void rulesHold();
    void rulesHoldOnScaledScreen();
    void hexViewTogglesAndFollows_data();
    void hexViewTogglesAndFollows();
    void everyControlHasAnAccessibleName();
};

void TestWindowLayout::rulesHold_data() {
    QTest::addColumn<QSize>("size"); // in device pixels
    QTest::addColumn<bool>("demo");
    const bool scaled = qEnvironmentVariableIsSet(kScaledEnv);
    const QList<QSize> sizes =
        scaled ? QList<QSize>{{2732, 1536}} : QList<QSize>{{1366, 768}, {1920, 1080}};
    for (const QSize& s : sizes)
        for (const bool demo : {true, false})
            QTest::addRow("%dx%d %s", s.width(), s.height(), demo ? "demo" : "a04-striped")
                << s << demo;
}

void TestWindowLayout::rulesHold() {
    QFETCH(QSize, size);
    QFETCH(bool, demo);
    QSettings().clear(); // the default layout, not one a previous row saved
    MainWindow w;
    const qreal dpr = w.devicePixelRatioF();
    if (qEnvironmentVariableIsSet(kScaledEnv))
        QCOMPARE(dpr, 2.0); // the child runs with QT_SCALE_FACTOR=2
    w.resize(size / dpr);
    w.show();
    uitest::part<Document>(w)->setLoadResult(
        demo ? loadSnapshotNow({QString(), true})
             : loadSnapshotNow({golden::imagePath("a04-striped"), false}));
    QVERIFY(uitest::part<Document>(w)->snapshot());
    settle();
    QCOMPARE(w.size(), size / dpr);

    Panes first;
    // Every view but the hex view, which is a pane of its own that selecting it shows.
    QStringList views = MainWindow::viewNames();
    views.removeAll(QStringLiteral("hex"));
    for (const QString& view : views) {
        QVERIFY(w.selectView(view));
        settle();
        const Panes panes{geometryOf(w, "namespaceDock"), geometryOf(w, "detailsDock"),
                          geometryOf(w, "viewTabs")};
        if (view == views.first())
            first = panes;
        QVERIFY2(panes == first, qPrintable(QStringLiteral("%1 moved the panes: %2, before %3")
                                                .arg(view, describe(panes), describe(first))));

        // The tree: room for 24 characters of a first-level name.
        const auto* tree = w.findChild<QTreeView*>(QStringLiteral("namespaceTree"));
        QVERIFY(tree && tree->isVisible());
        const int nameRoom =
            std::min(tree->viewport()->width(), tree->header()->sectionSize(NamespaceModel::Name)) -
            tree->indentation();
        QVERIFY2(nameRoom >= 24 * tree->fontMetrics().averageCharWidth(),
                 qPrintable(QStringLiteral("%1 px for names").arg(nameRoom)));

        // Key columns (the first two) of the tables in the current tab fit their contents.
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
        for (QTableView* table : tabs->currentWidget()->findChildren<QTableView*>()) {
            if (!table->isVisible() || !table->model() || table->model()->rowCount() == 0)
                continue;
            for (int c = 0; c < std::min(2, table->model()->columnCount()); ++c) {
                const int right = table->columnViewportPosition(c) + table->columnWidth(c);
                QVERIFY2(right <= table->viewport()->width() &&
                             table->columnWidth(c) >= contentsWidth(table, c),
                         qPrintable(QStringLiteral("%1: column %2 of %3 is cut")
                                        .arg(view)
                                        .arg(c)
                                        .arg(table->objectName())));
            }
        }

        // Chart titles, axis titles and labels: never elided.
        for (QChartView* chart : tabs->currentWidget()->findChildren<QChartView*>()) {
            if (!chart->isVisible())
                continue;
            for (const QString& text : shownChartTexts(chart))
                QVERIFY2(!text.endsWith(QLatin1String("...")) && !text.endsWith(QChar(0x2026)),
                         qPrintable(view + QStringLiteral(": chart text cut: ") + text));
        }

        if (view == QLatin1String("heatmap")) {
            const auto* panel = w.findChild<QWidget*>(QStringLiteral("heatmapPanel"));
            const double share =
                double(panel->width()) * panel->height() / (double(w.width()) * w.height());
            QVERIFY2(share >= 0.5, qPrintable(QStringLiteral("heatmap share %1").arg(share)));
            // The grid fills its view across and down.
            const auto* heatmap = w.findChild<HeatmapView*>(QStringLiteral("heatmapView"));
            const auto& grid = heatmap->grid();
            const double across = double(grid.cols * grid.cellPx) / grid.width;
            const double down = double(grid.rows * grid.cellH) / grid.height;
            QVERIFY2(across >= 0.8 && down >= 0.8,
                     qPrintable(QStringLiteral("grid fills %1 across, %2 down of %3x%4")
                                    .arg(across)
                                    .arg(down)
                                    .arg(grid.width)
                                    .arg(grid.height)));
            // Laid out in device pixels: sharp squares on a scaled screen.
            const int areaDevicePx =
                qRound((heatmap->width() - HeatmapRenderer::kGutterWidth - 4) * dpr);
            QVERIFY2(std::abs(int(grid.width) - areaDevicePx) <= 1,
                     qPrintable(QStringLiteral("grid %1 px wide, area %2 device px")
                                    .arg(grid.width)
                                    .arg(areaDevicePx)));
        }
    }
}

void TestWindowLayout::rulesHoldOnScaledScreen() {
    if (qEnvironmentVariableIsSet(kScaledEnv))
        QSKIP("this is the child process itself");
    const uitest::ScaledRun run = uitest::rerunAtScaleTwo(
        "TestWindowLayout", QStringLiteral("rulesHold"), 120000, QStringLiteral("2732x1536 demo"));
    QVERIFY2(run.passed, run.output.constData());
}

void TestWindowLayout::hexViewTogglesAndFollows_data() {
    QTest::addColumn<QSize>("size");
    QTest::addRow("1366x768") << QSize(1366, 768);
    QTest::addRow("1024x640") << QSize(1024, 640); // less room than the hex view's 16 columns
}

void TestWindowLayout::hexViewTogglesAndFollows() {
    QFETCH(QSize, size);
    QSettings().clear();
    MainWindow w;
    w.resize(size);
    w.show();
    uitest::part<Document>(w)->setLoadResult(
        loadSnapshotNow({golden::imagePath("a04-striped"), false}));
    settle();
    auto* hexDock = w.findChild<QDockWidget*>(QStringLiteral("hexDock"));
    QVERIFY(hexDock);
    QVERIFY(hexDock->isHidden()); // hidden by default at this size
    const QRect treeBefore = geometryOf(w, "namespaceDock");
    // Its View menu shortcut shows it, narrow, and hides it again.
    QAction* toggle = hexDock->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    toggle->trigger();
    settle();
    QVERIFY(hexDock->isVisible());
    QVERIFY2(hexDock->width() <= w.width() / 2, qPrintable(QString::number(hexDock->width())));
    QCOMPARE(geometryOf(w, "namespaceDock").width(), treeBefore.width());
    toggle->trigger();
    settle();
    QVERIFY(hexDock->isHidden());
    // View > Reset layout brings back the default after the user moved things.
    w.resizeDocks({w.findChild<QDockWidget*>(QStringLiteral("namespaceDock"))}, {600},
                  Qt::Horizontal);
    settle();
    hexDock->show();
    settle();
    QVERIFY(geometryOf(w, "namespaceDock").width() != treeBefore.width());
    QAction* reset = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QLatin1String("&Reset layout"))
            reset = a;
    QVERIFY(reset);
    reset->trigger();
    settle();
    QVERIFY(hexDock->isHidden());
    QCOMPARE(geometryOf(w, "namespaceDock"), treeBefore);
}

// A screen reader names every control the keyboard reaches: its own accessible name, its text
// (buttons, check boxes) or its form label (QFormLayout makes the label its buddy).
void TestWindowLayout::everyControlHasAnAccessibleName() {
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({QString(), true}));
    settle();
    QStringList unnamed;
    for (QWidget* widget : w.findChildren<QWidget*>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        // The editor inside a spin box or combo box is named by its owner.
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(widget);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QLatin1String(widget->metaObject()->className()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
