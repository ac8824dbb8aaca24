// The keyboard's path through the window, set explicitly: Tab goes from the namespace tree to
// the view tabs, then through the current view's controls, then the file details, the hex view
// and the status bar, and back to the tree. Qt's default chain follows the order the widgets
// were created in, which put every view's controls before the tab bar, the hex view's bytes
// before its offset field above them, and the docks in between. Inside a pane the order is the
// order of its layouts (top to bottom, left to right), so it follows the screen without
// depending on geometry that hidden views do not have yet. Tables and text views give Tab back
// to the window (arrows move inside them), so no pane is a trap.
#include "ui/mainwindow/MainWindow.h"

#include "ui/panels/FileDetailsPanel.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/NamespacePanel.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QPlainTextEdit>
#include <QSet>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTreeView>

#include <algorithm>

namespace famscope::ui {

namespace {

class TabStops {
public:
    QList<QWidget*> stops;

    void collect(QWidget* widget) {
        if (seen_.contains(widget))
            return;
        seen_.insert(widget);
        if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            view->setTabKeyNavigation(false);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
            text->setTabChangesFocus(true);
        else if (auto* rich = qobject_cast<QTextEdit*>(widget))
            rich->setTabChangesFocus(true);
        // A widget that hands its focus on (a tab widget to its tab bar) is not a stop itself;
        // a spin box is, for the editor inside it.
        const bool spin = qobject_cast<QAbstractSpinBox*>(widget) != nullptr;
        if ((widget->focusPolicy() & Qt::TabFocus) && (!widget->focusProxy() || spin))
            stops << widget;
        if (spin || qobject_cast<QComboBox*>(widget))
            return; // their editors are reached through them
        if (auto* tabs = qobject_cast<QTabWidget*>(widget))
            collect(tabs->tabBar()); // above its pages
        if (auto* splitter = qobject_cast<QSplitter*>(widget))
            for (int i = 0; i < splitter->count(); ++i)
                collect(splitter->widget(i));
        if (widget->layout())
            collectLayout(widget->layout());
        // What no layout places (tab bars, scroll area contents), in the order of creation.
        for (QWidget* child : widget->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (!child->isWindow())
                collect(child);
    }

private:
    // The items of a layout in reading order: grids and forms by row, then column.
    void collectLayout(QLayout* layout) {
        std::vector<std::pair<std::pair<int, int>, QLayoutItem*>> items;
        for (int i = 0; i < layout->count(); ++i) {
            std::pair<int, int> at{i, 0};
            if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
                int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
                grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
                at = {row, column};
            } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
                int row = 0;
                QFormLayout::ItemRole role{};
                form->getItemPosition(i, &row, &role);
                at = {row, static_cast<int>(role)};
            }
            items.push_back({at, layout->itemAt(i)});
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [at, item] : items) {
            if (item->widget())
                collect(item->widget());
            else if (item->layout())
                collectLayout(item->layout());
        }
    }

    QSet<QWidget*> seen_;
};

QList<QWidget*> tabStops(QWidget* pane) {
    TabStops order;
    order.collect(pane);
    return order.stops;
}

} // namespace

void MainWindow::orderTabChain() {
    QList<QWidget*> chain = tabStops(namespace_);
    // Above the tabs: the banners (a damaged target's "Run fsck").
    for (QWidget* banner : centralWidget()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
        if (banner != tabs_)
            chain << tabStops(banner);
    chain << tabs_->tabBar();
    for (int i = 0; i < tabs_->count(); ++i)
        chain << tabStops(tabs_->widget(i));
    chain << tabStops(details_) << tabStops(hex_) << tabStops(statusBar());
    // A loop: Tab from the last stop goes back to the tree. Hidden views (the tabs not shown)
    // and hidden docks are skipped by Qt when Tab is pressed.
    chain << chain.first();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    // Where the keyboard starts: the tree (the loop no longer says which stop comes first).
    namespace_->view()->setFocus();
}

} // namespace famscope::ui
