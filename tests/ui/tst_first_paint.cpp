// The window's first paint of a large file system does only what the namespace tree shows
// (docs/BENCHMARKS.md, "Desktop app: open to first paint"): the tree is expanded as far as a
// screen and its column sizing need, the rest after that paint, and the Log tab sizes its
// columns when shown. This checks that the deferred work does happen, that the first paint
// already has the finished tree's column widths, and that the other views hold the whole log
// at once.
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/LogModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/NamespacePanel.h"
#include "ui/views/HeatmapPanel.h"
#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <vector>

using namespace famscope;
using namespace famscope::ui;

namespace {

// a06-log-full: 15,420 entries, far more tree rows than a screen and the column sizing need.
const QString kLargeImage = QStringLiteral("a06-log-full");

// Rows the tree shows: every row whose parents are all expanded.
qsizetype shownRows(const QTreeView& tree) {
    qsizetype rows = 0;
    for (QModelIndex i = tree.model()->index(0, 0); i.isValid(); i = tree.indexBelow(i))
        ++rows;
    return rows;
}

std::vector<int> columnWidths(const QTreeView& tree) {
    std::vector<int> widths;
    for (int c = 0; c < tree.header()->count(); ++c)
        widths.push_back(tree.columnWidth(c));
    return widths;
}

} // namespace

class TestFirstPaint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("first-paint"); }
    void largeTreeIsFinishedAfterItsFirstPaint();
    void smallTreeIsFinishedAtOnce();
    void logColumnsAreSizedWhenShown();
};

void TestFirstPaint::largeTreeIsFinishedAfterItsFirstPaint() {
    MainWindow w;
    w.resize(1366, 768);
    w.resetLayout();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto snapshot = uitest::loadImage(kLargeImage);
    const qsizetype nodes = qsizetype(snapshot->ns.dirs.size() + snapshot->ns.files.size());
    uitest::part<Document>(w)->setLoadResult({snapshot, QString(), false});

    // Before the event loop runs: the top of the tree only, but the other views whole.
    auto* tree = uitest::part<QTreeView>(w, QStringLiteral("namespaceTree"));
    const qsizetype first = shownRows(*tree);
    QVERIFY2(first > tree->header()->resizeContentsPrecision() && first < nodes,
             qPrintable(QStringLiteral("%1 of %2 rows shown").arg(first).arg(nodes)));
    QCOMPARE(uitest::part<LogPanel>(w)->model()->rowCount(),
             qsizetype(snapshot->fs().entries.size()));
    HeatmapRenderer* heatmap = uitest::part<HeatmapPanel>(w)->view()->renderer();
    QVERIFY(heatmap);
    QCOMPARE(heatmap->entryCount(), snapshot->fs().entries.size());
    const std::vector<int> firstWidths = columnWidths(*tree);

    // After its first paint: every row shown, the columns as wide as at that paint.
    QTRY_COMPARE_WITH_TIMEOUT(shownRows(*tree), nodes, 10000);
    QCOMPARE(columnWidths(*tree), firstWidths);
}

void TestFirstPaint::smallTreeIsFinishedAtOnce() {
    MainWindow w;
    const auto snapshot = uitest::loadImage(QStringLiteral("a03-dirs"));
    uitest::part<Document>(w)->setLoadResult({snapshot, QString(), false});
    const auto* tree = uitest::part<QTreeView>(w, QStringLiteral("namespaceTree"));
    QCOMPARE(shownRows(*tree), qsizetype(snapshot->ns.dirs.size() + snapshot->ns.files.size()));
}

void TestFirstPaint::logColumnsAreSizedWhenShown() {
    MainWindow w;
    w.resize(1366, 768);
    w.resetLayout();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.selectView(QStringLiteral("superblock")));
    const auto snapshot = uitest::loadImage(kLargeImage);
    uitest::part<Document>(w)->setLoadResult({snapshot, QString(), false});
    QTableView* log = uitest::part<LogPanel>(w)->view();
    const int unsized = log->columnWidth(LogModel::Path);
    QVERIFY(w.selectView(QStringLiteral("log")));
    // The longest path of the first rows fits once the tab is shown.
    int widest = 0;
    for (int r = 0; r < std::min(50, log->model()->rowCount()); ++r)
        widest = std::max(widest, log->fontMetrics().horizontalAdvance(
                                      log->model()->index(r, LogModel::Path).data().toString()));
    QVERIFY2(log->columnWidth(LogModel::Path) >= widest,
             qPrintable(QStringLiteral("Path column %1 px (before shown %2 px), text %3 px")
                            .arg(log->columnWidth(LogModel::Path))
                            .arg(unsized)
                            .arg(widest)));
}

QTEST_MAIN(TestFirstPaint)
#include "tst_first_paint.moc"
