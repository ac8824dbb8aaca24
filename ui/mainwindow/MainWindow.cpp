#include "ui/mainwindow/MainWindow.h"

#include "ui/SelectionModel.h"
#include "ui/charts/BenchPanel.h"
#include "ui/charts/FragmentationPanel.h"
#include "ui/document/Document.h"
#include "ui/document/LogWatcher.h"
#include "ui/fsck/FsckPanel.h"
#include "ui/mainwindow/RecentFiles.h"
#include "ui/mainwindow/StatusSummary.h"
#include "ui/panels/DamageBanner.h"
#include "ui/panels/DevicesPanel.h"
#include "ui/panels/FileDetailsPanel.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/NamespacePanel.h"
#include "ui/panels/SuperblockPanel.h"
#include "ui/resolve/ResolverPanel.h"
#include "ui/util/AccessibleNames.h"
#include "ui/util/ShownText.h"
#include "ui/verify/VerifyPanel.h"
#include "ui/views/HeatmapPanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace famscope::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), selection_(new SelectionModel(this)) {
    setObjectName(QStringLiteral("famscopeMainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/famscope/famscope.svg")));
    setAcceptDrops(true);
    buildLayout();
    status_ = new StatusSummary(statusBar());
    createMenus();
    retitle();

    connect(status_, &StatusSummary::cancelRequested, document_, &Document::cancel);
    connect(document_, &Document::loadStarted, status_, &StatusSummary::showLoading);
    connect(document_, &Document::loadProgress, status_, &StatusSummary::showProgress);
    connect(document_, &Document::loaded, this, &MainWindow::snapshotLoaded);
    connect(document_, &Document::loadFailed, this, &MainWindow::loadFailed);
    connect(document_, &Document::loadCancelled, this, [this] {
        status_->hideProgress();
        statusBar()->showMessage(tr("Loading cancelled."), 5000);
    });
    // Remember the table the user last worked in, for Edit ▸ Copy and File ▸ Export.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (QWidget* w = now; w; w = w->parentWidget())
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                lastTable_ = view;
                return;
            }
    });
    for (int i = 0; i < tabs_->count(); ++i)
        nameUnnamedControls(tabs_->widget(i), tabs_->tabText(i));
    for (QDockWidget* dock : {namespaceDock_, detailsDock_, hexDock_})
        nameUnnamedControls(dock->widget(), dock->windowTitle());
    orderTabChain();
    loadLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout() {
    namespace_ = new NamespacePanel(selection_, this);
    superblock_ = new SuperblockPanel(this);
    log_ = new LogPanel(selection_, this);
    devices_ = new DevicesPanel(this);
    details_ = new FileDetailsPanel(selection_, this);
    hex_ = new HexPanel(this);

    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("viewTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(superblock_, tr("&Superblock"));
    tabs_->addTab(log_, tr("&Log"));
    tabs_->addTab(devices_, tr("De&vices"));
    bench_ = new BenchPanel(this);
    tabs_->addTab(bench_, tr("&Benchmark"));
    heatmap_ = new HeatmapPanel(selection_, this);
    fragmentation_ = new FragmentationPanel(this);
    fragmentation_->setMinimumWidth(360); // the chart's size labels and the form need it
    // Scrolled, so that its height (chart and form) never sets the window's minimum size.
    auto* fragmentationScroll = new QScrollArea(this);
    fragmentationScroll->setWidget(fragmentation_);
    fragmentationScroll->setWidgetResizable(true);
    fragmentationScroll->setFrameShape(QFrame::NoFrame);
    fragmentationScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    fragmentationScroll->setMinimumWidth(fragmentation_->minimumWidth() +
                                         style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    heatmap_->addSidePanel(fragmentationScroll);
    connect(
        fragmentation_, &FragmentationPanel::planPreview, heatmap_,
        [this](const std::vector<famfs::SimpleExtent>& ranges) { heatmap_->showPreview(ranges); });
    tabs_->addTab(heatmap_, tr("Heat&map"));
    resolver_ = new ResolverPanel(selection_, this);
    tabs_->addTab(resolver_, tr("&Resolver"));
    buildCheckPanels();

    errorBanner_ = new QLabel(this);
    errorBanner_->setObjectName(QStringLiteral("errorBanner"));
    errorBanner_->setWordWrap(true);
    errorBanner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorBanner_->setStyleSheet(QStringLiteral(
        "QLabel { background: #c0392b; color: white; padding: 6px; font-weight: bold; }"));
    errorBanner_->hide();

    auto* damageBanner = new DamageBanner(document_, this);
    connect(damageBanner, &DamageBanner::runFsckRequested, this, [this] {
        selectView(QStringLiteral("fsck"));
        fsck_->rerun();
    });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(errorBanner_);
    layout->addWidget(damageBanner);
    layout->addWidget(tabs_, 1);
    setCentralWidget(central);
    buildDocks();

    connect(superblock_, &SuperblockPanel::showBytes, hex_, &HexPanel::showBytes);
    connect(log_, &LogPanel::showBytes, hex_, &HexPanel::showBytes);
    connect(details_, &FileDetailsPanel::showBytes, hex_, &HexPanel::showBytes);
    connect(resolver_, &ResolverPanel::showBytes, hex_, &HexPanel::showBytes);
    connect(details_, &FileDetailsPanel::showDeviceBytes, hex_, &HexPanel::showDeviceBytes);
    connect(resolver_, &ResolverPanel::showDeviceBytes, hex_, &HexPanel::showDeviceBytes);
    connect(devices_, &DevicesPanel::openRequested, this, &MainWindow::openPath);
}

void MainWindow::openPath(const QString& path) {
    document_->open(path);
}

void MainWindow::openDemo() {
    document_->openDemo();
}

QStringList MainWindow::viewNames() {
    return {QStringLiteral("namespace"), QStringLiteral("superblock"), QStringLiteral("log"),
            QStringLiteral("devices"),   QStringLiteral("benchmark"),  QStringLiteral("details"),
            QStringLiteral("hex"),       QStringLiteral("heatmap"),    QStringLiteral("verify"),
            QStringLiteral("fsck")};
}

bool MainWindow::selectView(const QString& name) {
    // In the order of viewNames().
    QWidget* const panes[] = {namespaceDock_, superblock_, log_,     devices_, bench_,
                              detailsDock_,   hexDock_,    heatmap_, verify_,  fsck_};
    const qsizetype i = viewNames().indexOf(name.toLower());
    if (i < 0)
        return false;
    auto* dock = qobject_cast<QDockWidget*>(panes[i]);
    if (!dock) {
        tabs_->setCurrentWidget(panes[i]);
        panes[i]->setFocus();
        return true;
    }
    // A pane asked for by name is shown, even when the user had hidden its dock.
    dock->show();
    dock->raise();
    if (dock == namespaceDock_)
        namespace_->view()->setFocus();
    else
        dock->widget()->setFocus();
    return true;
}

QAbstractItemView* MainWindow::currentTable() const {
    if (lastTable_)
        return lastTable_;
    if (tabs_->currentWidget() == log_)
        return log_->view();
    if (tabs_->currentWidget() == superblock_)
        return superblock_->view();
    return namespace_->view();
}

void MainWindow::snapshotLoaded() {
    status_->hideProgress();
    errorBanner_->hide();
    const auto snapshot = document_->snapshot();
    // A reload of the same target (after a write, or when the log grew) keeps the selection.
    const QString keptPath =
        snapshot->target == loadedTarget_ ? selection_->currentPath() : QString();
    loadedTarget_ = snapshot->target;
    selection_->clear();
    namespace_->setSnapshot(snapshot);
    superblock_->setSnapshot(snapshot);
    log_->setSnapshot(snapshot);
    details_->setSnapshot(snapshot);
    hex_->setSnapshot(snapshot);
    heatmap_->setSnapshot(snapshot);
    resolver_->setSnapshot(snapshot);
    fragmentation_->setSnapshot(snapshot);
    verify_->setSnapshot(snapshot);
    fsck_->setSnapshot(snapshot);
    logWatcher_->setSnapshot(snapshot);
    if (!keptPath.isEmpty() &&
        (snapshot->ns.findFile(pathBytes(keptPath)) || snapshot->ns.findDir(pathBytes(keptPath))))
        selection_->setCurrentPath(keptPath);
    status_->showSnapshot(snapshot.get());
    if (!snapshot->isDemo())
        recent_->add(snapshot->target);
    retitle();
}

void MainWindow::loadFailed(const QString& error) {
    status_->hideProgress();
    // The same one-line text the CLI prints for this target.
    errorBanner_->setText(error);
    errorBanner_->show();
    statusBar()->showMessage(error, 10000);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        openPath(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::changeEvent(QEvent* event) {
    // Follow the system palette (light/dark) when it changes while running.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        update();
    QMainWindow::changeEvent(event);
}

} // namespace famscope::ui
