// MainWindow's panes around the tabs: the namespace tree, the file details and the hex view are
// dock widgets. The default arrangement is sized from the font, so that it fits a 1366×768
// laptop screen as well as a 4K one: the tree left, wide enough for names; the file details
// under the tabs; the hex view on the right, hidden until asked for (it follows the selection
// while hidden). What the user arranges is saved with a version and restored;
// View ▸ Reset layout goes back to the default.
#include "ui/mainwindow/MainWindow.h"

#include "ui/panels/FileDetailsPanel.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/NamespacePanel.h"
#include "ui/util/SvgIcons.h"

#include <QDockWidget>
#include <QEvent>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>

namespace famscope::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kLayoutKey = QStringLiteral("window/layout");
const QString kTabKey = QStringLiteral("window/tab");

QDockWidget* makeDock(QMainWindow* window, QWidget* content, const QString& title,
                      const QString& name) {
    // Float and close buttons from SVG, sharp at any scale; one style for every dock.
    auto* iconStyle = window->findChild<DockIconStyle*>();
    if (!iconStyle) {
        iconStyle = new DockIconStyle;
        iconStyle->setParent(window);
    }
    auto* dock = new QDockWidget(title, window);
    dock->setStyle(iconStyle);
    dock->setObjectName(name); // saveState() finds docks by name
    dock->setWidget(content);
    dock->setAccessibleName(title);
    return dock;
}

// The tree's width while the hex view is hidden: what it goes back to when the hex view shows.
class TreeWidthMemo : public QObject {
public:
    TreeWidthMemo(QDockWidget* tree, QDockWidget* hex) : QObject(tree), tree_(tree), hex_(hex) {
        tree->installEventFilter(this);
    }
    int width = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Resize && hex_->isHidden())
            width = tree_->width();
        return false;
    }

private:
    QDockWidget* tree_;
    QDockWidget* hex_;
};

} // namespace

void MainWindow::buildDocks() {
    namespaceDock_ = makeDock(this, namespace_, tr("Namespace"), QStringLiteral("namespaceDock"));
    detailsDock_ = makeDock(this, details_, tr("File details"), QStringLiteral("detailsDock"));
    hexDock_ = makeDock(this, hex_, tr("Hex view"), QStringLiteral("hexDock"));
    // The tree runs the full height; the details sit under the tabs only.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    // The hex view, when shown, takes its width from the tabs, not from the tree: Qt would
    // shrink every pane of the row. On a small window it gets what the tabs can spare, not
    // its full 16 columns. By the time this runs Qt has already squeezed the tree: its width
    // from before comes from the memo.
    auto* treeWidth = new TreeWidthMemo(namespaceDock_, hexDock_);
    connect(hexDock_, &QDockWidget::visibilityChanged, this, [this, treeWidth](bool visible) {
        if (!visible || hexDock_->isFloating() || namespaceDock_->isFloating() ||
            dockWidgetArea(hexDock_) == dockWidgetArea(namespaceDock_))
            return;
        const int tree = treeWidth->width > 0 ? treeWidth->width : namespaceDock_->width();
        const int spare = width() - tree - centralWidget()->minimumSizeHint().width() -
                          4 * style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent);
        const int hex =
            std::max(std::min(hex_->sizeHint().width(), spare), hex_->minimumSizeHint().width());
        resizeDocks({namespaceDock_, hexDock_}, {tree, hex}, Qt::Horizontal);
    });
    resetLayout();
}

void MainWindow::addLayoutActions(QMenu* view) {
    const std::pair<QDockWidget*, QKeyCombination> toggles[] = {
        {namespaceDock_, Qt::CTRL | Qt::SHIFT | Qt::Key_T},
        {detailsDock_, Qt::CTRL | Qt::SHIFT | Qt::Key_E},
        {hexDock_, Qt::CTRL | Qt::SHIFT | Qt::Key_H},
    };
    view->addSeparator();
    for (const auto& [dock, key] : toggles) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(key));
        toggle->setShortcutContext(Qt::WindowShortcut);
        view->addAction(toggle);
    }
    view->addAction(svgIcon("reset-layout"), tr("&Reset layout"), this, &MainWindow::resetLayout);
}

void MainWindow::resetLayout() {
    for (QDockWidget* dock : {namespaceDock_, detailsDock_, hexDock_})
        dock->setFloating(false);
    addDockWidget(Qt::LeftDockWidgetArea, namespaceDock_);
    addDockWidget(Qt::BottomDockWidgetArea, detailsDock_);
    addDockWidget(Qt::RightDockWidgetArea, hexDock_);
    namespaceDock_->show();
    detailsDock_->show();
    hexDock_->hide();
    // Sizes in characters and lines of the font in use, so they hold at any scale.
    const QFontMetrics fm = fontMetrics();
    const QTreeView* tree = namespace_->view();
    // Names of the first levels, and a glimpse of the Size column beside them.
    const int treeWidth = fm.averageCharWidth() * (NamespacePanel::kNameChars + 8) +
                          3 * tree->indentation() +
                          style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    resizeDocks({namespaceDock_}, {treeWidth}, Qt::Horizontal);
    resizeDocks({detailsDock_}, {fm.height() * 11}, Qt::Vertical);
}

void MainWindow::loadLayout() {
    QSettings s;
    if (!restoreGeometry(s.value(kGeometryKey).toByteArray())) {
        // The first start: roomy, but never larger than the screen (a 1366×768 laptop).
        const QSize room = screen()->availableSize() * 9 / 10;
        resize(std::min(1500, room.width()), std::min(900, room.height()));
    }
    QMainWindow::restoreState(s.value(kLayoutKey).toByteArray(), kLayoutVersion);
    tabs_->setCurrentIndex(s.value(kTabKey, 0).toInt());
}

void MainWindow::saveLayout() const {
    QSettings s;
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kLayoutKey, QMainWindow::saveState(kLayoutVersion));
    s.setValue(kTabKey, tabs_->currentIndex());
}

} // namespace famscope::ui
