// The keyboard's path through the main window: from the namespace tree, Tab reaches the view
// tabs, then every control of the current view, then the file details and the hex view, and
// comes back to the tree. Checked by pressing Tab and recording where the focus goes, for
// every tab: every control that can take focus is reached once, the panes come in that order
// and, inside a pane, each step goes down or to a column further right (reading order).
#include "UiTestSupport.h"

#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>

using namespace famscope::ui;

namespace {

// The control a focused widget belongs to: a spin box or combo box for its editor.
QWidget* ownerOf(QWidget* widget) {
    QWidget* parent = widget->parentWidget();
    if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent))
        return parent;
    return widget;
}

// Where a widget is in the window's layout: its position, except that the contents of a
// scroll area count from the area's top, whatever is scrolled into view.
QRect placeOf(QWidget* widget, QWidget* window) {
    QPoint at;
    for (QWidget* w = widget; w && w != window; w = w->parentWidget()) {
        auto* area = w->parentWidget()
                         ? qobject_cast<QAbstractScrollArea*>(w->parentWidget()->parentWidget())
                         : nullptr;
        if (!(area && w->parentWidget() == area->viewport()))
            at += w->pos();
    }
    return QRect(at, widget->size());
}

// The box `widget` is in, seen from the innermost widget that holds both it and `other`
// (the widget itself when it holds `other` or `other` holds it).
QWidget* sideOf(QWidget* widget, QWidget* other) {
    if (widget->isAncestorOf(other) || other->isAncestorOf(widget))
        return widget;
    QWidget* common = widget->parentWidget();
    while (!common->isAncestorOf(other))
        common = common->parentWidget();
    QWidget* side = widget;
    while (side->parentWidget() != common)
        side = side->parentWidget();
    return side;
}

// Every control of the window that Tab can stop at now (shown and enabled). The scroll arrows
// of a tab bar are not: the arrow keys scroll it.
QSet<QWidget*> focusableControls(QWidget* window) {
    QSet<QWidget*> controls;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled() ||
            ownerOf(w) != w || qobject_cast<QTabBar*>(w->parentWidget()) ||
            (w->focusProxy() && !qobject_cast<QAbstractSpinBox*>(w)))
            continue;
        controls.insert(w);
    }
    return controls;
}

QString describe(QWidget* w, QWidget* window) {
    const QRect r = placeOf(w, window);
    return QStringLiteral("%1(%2) at %3,%4 %5x%6")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

} // namespace

class TestTabOrder : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("tab-order"); }
    void tabFollowsTheScreen_data();
    void tabFollowsTheScreen();
};

void TestTabOrder::tabFollowsTheScreen_data() {
    QTest::addColumn<int>("tab");
    MainWindow w;
    const auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        QTest::newRow(qPrintable(tabs->tabText(i).remove(QLatin1Char('&')))) << i;
}

void TestTabOrder::tabFollowsTheScreen() {
    QFETCH(int, tab);
    QSettings().clear();
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto* document = w.findChild<Document*>();
    QVERIFY(document);
    document->setLoadResult(loadSnapshotNow({QString(), true}));
    QVERIFY(document->snapshot());
    QVERIFY(w.selectView(QStringLiteral("hex"))); // every dock on screen
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("namespaceTree"));
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("viewTabs"));
    tabs->setCurrentIndex(tab);
    QApplication::processEvents();
    const QList<QWidget*> panes = {w.findChild<QDockWidget*>(QStringLiteral("namespaceDock")),
                                   tabs->tabBar(),
                                   tabs->currentWidget(),
                                   w.findChild<QDockWidget*>(QStringLiteral("detailsDock")),
                                   w.findChild<QDockWidget*>(QStringLiteral("hexDock")),
                                   w.findChild<QStatusBar*>()};
    const auto paneOf = [&](QWidget* widget) {
        for (qsizetype i = 0; i < panes.size(); ++i)
            if (panes[i] == widget || panes[i]->isAncestorOf(widget))
                return int(i);
        return -1;
    };

    tree->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), tree);
    QList<QWidget*> chain{tree};
    const auto shownChain = [&] {
        QStringList path;
        for (QWidget* stop : chain)
            path << QStringLiteral("  [%1] %2").arg(paneOf(stop)).arg(describe(stop, &w));
        return QLatin1Char('\n') + path.join(QLatin1Char('\n'));
    };
    for (int presses = 0; presses < 200; ++presses) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = ownerOf(QApplication::focusWidget());
        if (now == tree)
            break;
        QVERIFY2(!chain.contains(now),
                 qPrintable(
                     QStringLiteral("Tab came back to %1 before the tree:").arg(describe(now, &w)) +
                     shownChain()));
        chain << now;
    }
    const QString shown = shownChain();
    QCOMPARE(QApplication::focusWidget(), tree); // the chain is a loop through the tree

    // Every control on screen is reached.
    QStringList missed;
    for (QWidget* control : focusableControls(&w))
        if (!chain.contains(control))
            missed << describe(control, &w);
    QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not reached: ") +
                                          missed.join(QStringLiteral(", ")) + shown));

    // Tree, tab bar, the view, file details, hex view: in that order, each pane once.
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const int before = paneOf(chain[i - 1]), now = paneOf(chain[i]);
        QVERIFY2(now >= 0 && now >= before,
                 qPrintable(QStringLiteral("step %1 leaves the pane order:").arg(i) + shown));
        if (now != before)
            continue;
        // Inside a pane: down the column, or on to a column further right; seen from the
        // innermost box that holds both (the scroll area, not its contents, when Tab leaves it).
        const QRect a = placeOf(sideOf(chain[i - 1], chain[i]), &w),
                    b = placeOf(sideOf(chain[i], chain[i - 1]), &w);
        const int slack = 4;
        QVERIFY2(b.top() >= a.top() - slack || b.left() >= a.right() - slack,
                 qPrintable(QStringLiteral("step %1 goes back up:").arg(i) + shown));
    }
    QVERIFY2(paneOf(chain.last()) >= 3,
             qPrintable(QStringLiteral("ends before the docks") + shown));
    qInfo("%s", qPrintable(shown));
}

QTEST_MAIN(TestTabOrder)
#include "tst_tab_order.moc"
