// MainWindow's menus and shortcuts, kept apart from the layout and the loading logic.
#include "ui/mainwindow/MainWindow.h"

#include "ui/document/Document.h"
#include "ui/edit/EditController.h"
#include "ui/edit/WriteMode.h"
#include "ui/mainwindow/RecentFiles.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/NamespacePanel.h"
#include "ui/tour/TourCard.h"
#include "ui/util/SvgIcons.h"
#include "ui/util/TableExport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTreeView>

namespace famscope::ui {

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openImage = file->addAction(tr("&Open image…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open famfs image"), QString(),
                                         tr("famfs images (*.img *.bin *.raw);;All files (*)"));
        if (!path.isEmpty())
            openPath(path);
    });
    openImage->setShortcut(QKeySequence::Open);
    openImage->setIcon(svgIcon("open-image"));
    QAction* openDevice = file->addAction(tr("Open &device…"), this,
                                          [this] { selectView(QStringLiteral("devices")); });
    openDevice->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    openDevice->setIcon(svgIcon("open-device"));
    file->addAction(hex_->openDeviceAction());
    recent_ = new RecentFiles(file->addMenu(tr("Open &recent")), this);
    connect(recent_, &RecentFiles::openRequested, this, &MainWindow::openPath);
    file->addSeparator();
    file->addAction(svgIcon("export-table"), tr("Export table as &CSV…"), this,
                    [this] { exportCurrentTable(false); });
    file->addAction(svgIcon("export-table"), tr("Export table as &JSON…"), this,
                    [this] { exportCurrentTable(true); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(svgIcon("quit"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* filter = edit->addAction(tr("&Filter log…"), this, [this] {
        selectView(QStringLiteral("log"));
        log_->filterEdit()->setFocus();
    });
    filter->setShortcut(QKeySequence::Find);
    QAction* goTo =
        edit->addAction(tr("&Go to offset…"), this, [this] { hex_->focusOffsetEdit(); });
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goTo->setIcon(svgIcon("go-to-offset"));
    editing_ =
        new EditController({this, document_, selection_, namespace_->view(), heatmap_, file, edit});
    connect(editing_, &EditController::imageFormatted, this, &MainWindow::openPath);
    connect(editing_->writeMode(), &WriteMode::changed, this, &MainWindow::retitle);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const std::pair<QString, QString> views[] = {
        {QStringLiteral("superblock"), tr("&Superblock")},
        {QStringLiteral("log"), tr("&Log")},
        {QStringLiteral("devices"), tr("&Devices")},
        {QStringLiteral("namespace"), tr("&Namespace")},
        {QStringLiteral("details"), tr("File d&etails")},
        {QStringLiteral("hex"), tr("&Hex view")},
        {QStringLiteral("benchmark"), tr("&Benchmark")},
        {QStringLiteral("heatmap"), tr("Heat&map")},
        {QStringLiteral("verify"), tr("Veri&fy")},
        {QStringLiteral("fsck"), tr("fs&ck")},
    };
    // Ctrl+1 ... Ctrl+9, then Ctrl+0 for the tenth.
    int key = Qt::Key_1;
    for (const auto& [name, title] : views) {
        QAction* a = view->addAction(title, this, [this, name] { selectView(name); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key)));
        key = key == Qt::Key_9 ? Qt::Key_0 : key + 1;
    }
    addLayoutActions(view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &demo"), this, &MainWindow::openDemo);
    help->addAction(tr("&Tour"), this, [this] { TourCard::start(this); });
    help->addSeparator();
    help->addAction(tr("&About famscope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::retitle() {
    const auto snapshot = document_->snapshot();
    const QString title = snapshot ? tr("%1 — famscope").arg(snapshot->target) : tr("famscope");
    setWindowTitle(editing_ ? editing_->decorateTitle(title) : title);
}

void MainWindow::exportCurrentTable(bool json) {
    if (QAbstractItemView* view = currentTable(); view && view->model())
        exportModel(this, *view->model(), json);
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About famscope"),
        tr("<h3>famscope %1</h3><p>Inspector for famfs file systems on shared memory (CXL) "
           "devdax devices and images. Everything is opened read-only until Edit ▸ Write mode is "
           "turned on.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace famscope::ui
