// The main window end to end, offscreen: the demo opens, a golden image loads through the
// threaded loader, one selection drives the namespace tree, the log table, the extent table
// and the hex view, the hex view shows the image's own bytes at the offsets the structure
// overlay names, errors read exactly like the CLI's, and --screenshot writes a PNG.
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/fs/Resolver.h"
#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/StatusSummary.h"
#include "ui/models/ExtentModel.h"
#include "ui/models/LogModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/NamespaceModel.h"
#include "ui/panels/DebouncedFilter.h"
#include "ui/panels/FileDetailsPanel.h"
#include "ui/panels/HexPanel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/NamespacePanel.h"
#include "ui/panels/SuperblockPanel.h"
#include "ui/views/HexView.h"
#include "ui/views/StripeDiagram.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>

using namespace famscope;
using namespace famscope::ui;

namespace {

QByteArray imageBytes(const QString& image, uint64_t offset, qint64 len) {
    QFile f(golden::imagePath(image));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(qint64(offset)))
        return {};
    return f.read(len);
}

bool waitLoaded(MainWindow& w) {
    QSignalSpy loaded(uitest::part<Document>(w), &Document::loaded);
    QSignalSpy failed(uitest::part<Document>(w), &Document::loadFailed);
    return loaded.wait(20000) && failed.isEmpty();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // Settings (recent files, window state) go to a test location, never the user's.
        uitest::useOwnSettings("mainwindow");
    }
    void demoOpensWithEveryViewFilled();
    void selectionFollowsAcrossViews();
    void logSelectionDrivesTheTree();
    void superblockFieldShowsItsBytes();
    void hexOverlayNamesEntryFields();
    void errorTextIsTheCliText();
    void newerLoadWins();
    void cancelledLoadReportsCancel();
    void debouncedFilter();
    void goToOffsetParsing();
    void stripeDiagramPlacesChunks();
    void screenshotWritesPng();
    void recentFilesDropAndSavedState();
    void languageOption();
};

void TestMainWindow::demoOpensWithEveryViewFilled() {
    MainWindow w;
    w.openDemo();
    QVERIFY(waitLoaded(w));
    auto snapshot = uitest::part<Document>(w)->snapshot();
    QVERIFY(snapshot);
    QVERIFY(uitest::part<QLabel>(w, QStringLiteral("errorBanner"))->isHidden());
    QCOMPARE(uitest::part<LogPanel>(w)->model()->rowCount(),
             qsizetype(snapshot->fs().entries.size()));
    QVERIFY(uitest::part<NamespacePanel>(w)->model()->rowCount() > 0);
    QVERIFY(uitest::part<SuperblockPanel>(w)->view()->model()->rowCount() > 0);
    QVERIFY(uitest::part<HexView>(*uitest::part<HexPanel>(w))->mediaSize() > 0);
    // The deliberate corruption: replay stops at a torn entry, which the log marks.
    QVERIFY(snapshot->ns.stoppedAt.has_value());
    QVERIFY(uitest::part<LogPanel>(w)
                ->model()
                ->index(int(*snapshot->ns.stoppedAt), 0)
                .data(BadRole)
                .toBool());
    QVERIFY(
        uitest::part<QLabel>(w, QStringLiteral("statusTarget"))->text().contains(snapshot->target));
    QVERIFY(uitest::part<QLabel>(w, QStringLiteral("statusLog"))
                ->text()
                .contains(QString::number(snapshot->fs().logCapacity())));
    bool interleaved = false;
    for (const auto& f : snapshot->ns.files)
        interleaved |= f.map.interleaved;
    QVERIFY(interleaved);
    for (const QString& view : MainWindow::viewNames())
        QVERIFY(w.selectView(view));
    QVERIFY(!w.selectView(QStringLiteral("nonsense")));
}

void TestMainWindow::selectionFollowsAcrossViews() {
    const QString image = QStringLiteral("a04-striped");
    MainWindow w;
    w.openPath(golden::imagePath(image));
    QVERIFY(waitLoaded(w));
    auto snapshot = uitest::part<Document>(w)->snapshot();
    const fs::FsFile* file = nullptr;
    for (const auto& f : snapshot->ns.files)
        if (f.map.interleaved && f.map.strips.size() >= 3) {
            file = &f;
            break;
        }
    QVERIFY(file);
    const QString path = QString::fromStdString(file->path);

    // Choose the file in the namespace tree, as a click would.
    NamespacePanel* ns = uitest::part<NamespacePanel>(w);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(ns->view()->model());
    QVERIFY(proxy);
    ns->view()->setCurrentIndex(proxy->mapFromSource(ns->model()->indexForPath(path)));
    QCOMPARE(uitest::part<SelectionModel>(w)->currentPath(), path);

    // The extent table follows.
    const auto* details = uitest::part<FileDetailsPanel>(w);
    ExtentModel* extents = uitest::part<ExtentModel>(*details);
    QCOMPARE(extents->rowCount(), qsizetype(file->map.strips.size()));
    for (int j = 0; j < extents->rowCount(); ++j)
        QCOMPARE(extents->index(j, ExtentModel::DeviceOffset).data(RawRole).toULongLong(),
                 file->map.strips[size_t(j)].offset);
    QVERIFY(uitest::part<QLabel>(*details, QStringLiteral("fileTitle"))->text().contains(path));

    // The log table follows to the entry that created it.
    QTableView* log = uitest::part<LogPanel>(w)->view();
    QCOMPARE(log->currentIndex().data(PathRole).toString(), path);
    QCOMPARE(log->currentIndex().siblingAtColumn(LogModel::Index).data(RawRole).toULongLong(),
             file->entryIndex);

    // The hex view follows to the file's first byte, and shows the image's bytes there.
    const auto run = fs::resolve(file->map, file->size, 0, file->size);
    QVERIFY(run);
    HexView* hex = uitest::part<HexView>(*uitest::part<HexPanel>(w));
    QCOMPARE(hex->cursorOffset(), run->deviceOffset);
    QCOMPARE(hex->highlight().first, run->deviceOffset);
    QCOMPARE(hex->bytesAt(run->deviceOffset, 64), imageBytes(image, run->deviceOffset, 64));

    // Picking the second strip in the extent table moves the hex view there.
    uitest::part<QTableView>(*details, QStringLiteral("extentTable"))
        ->setCurrentIndex(extents->index(1, 0));
    QCOMPARE(hex->cursorOffset(), file->map.strips[1].offset);
    QCOMPARE(hex->highlight().second, file->map.strips[1].len);
}

void TestMainWindow::logSelectionDrivesTheTree() {
    MainWindow w;
    w.openPath(golden::imagePath(QStringLiteral("a03-dirs")));
    QVERIFY(waitLoaded(w));
    auto snapshot = uitest::part<Document>(w)->snapshot();
    const fs::FsFile& file = snapshot->ns.files.front();
    LogPanel* log = uitest::part<LogPanel>(w);
    log->showEntry(file.entryIndex);
    const QString path = QString::fromStdString(file.path);
    QCOMPARE(uitest::part<SelectionModel>(w)->currentPath(), path);
    QCOMPARE(uitest::part<NamespacePanel>(w)->view()->currentIndex().data(PathRole).toString(),
             path);
    QCOMPARE(uitest::part<ExtentModel>(*uitest::part<FileDetailsPanel>(w))->rowCount(),
             qsizetype(file.map.pieces().size()));
    // The hex view shows the log entry (the log table was the last to move it).
    QCOMPARE(uitest::part<HexView>(*uitest::part<HexPanel>(w))->highlight().first,
             snapshot->entryOffset(file.entryIndex));
}

void TestMainWindow::superblockFieldShowsItsBytes() {
    const QString image = QStringLiteral("a03-dirs");
    MainWindow w;
    w.openPath(golden::imagePath(image));
    QVERIFY(waitLoaded(w));
    QTableView* table = uitest::part<SuperblockPanel>(w)->view();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        table->setCurrentIndex(index);
        const auto offset = index.data(DeviceOffsetRole).toULongLong();
        const auto size = index.data(ByteLengthRole).toULongLong();
        HexView* hex = uitest::part<HexView>(*uitest::part<HexPanel>(w));
        QCOMPARE(hex->cursorOffset(), offset);
        QCOMPARE(hex->highlight(), std::make_pair(uint64_t(offset), uint64_t(size)));
        QCOMPARE(hex->bytesAt(offset, size), imageBytes(image, offset, qint64(size)));
        // The overlay names the same field the table row does.
        QVERIFY2(hex->regionAt(offset).name.endsWith(QLatin1Char('.') +
                                                     index.siblingAtColumn(1).data().toString()),
                 qPrintable(hex->regionAt(offset).name));
    }
    QVERIFY(uitest::part<QLabel>(*uitest::part<HexPanel>(w), QStringLiteral("hexField"))
                ->text()
                .contains(QStringLiteral("famfs_log_next_index")));
}

void TestMainWindow::hexOverlayNamesEntryFields() {
    auto snapshot = uitest::loadImage(QStringLiteral("a04-striped"));
    HexView hex;
    hex.setSnapshot(snapshot);
    const uint64_t entry3 = snapshot->entryOffset(3);
    for (const auto& f : famfs::fileEntryFields()) {
        const OverlayRegion r = hex.regionAt(entry3 + f.offset);
        QCOMPARE(r.offset, entry3 + f.offset);
        QCOMPARE(r.size, uint64_t(f.size));
        QCOMPARE(r.name, QStringLiteral("entry 3.") + QLatin1String(f.name));
    }
    // Past the last entry in use, nothing is named.
    QCOMPARE(hex.regionAt(snapshot->entryOffset(snapshot->fs().entries.size())).size, 0ULL);
    hex.goToOffset(entry3);
    QCOMPARE(hex.topOffset() <= entry3, true);
    QCOMPARE(hex.cursorOffset(), entry3);
}

void TestMainWindow::errorTextIsTheCliText() {
    QTemporaryDir dir;
    QFile small(dir.filePath(QStringLiteral("small.img")));
    QVERIFY(small.open(QIODevice::WriteOnly));
    small.write(QByteArray(4096, '\0'));
    small.close();
    for (const QString& target : {dir.filePath(QStringLiteral("missing.img")), small.fileName()}) {
        QProcess cli;
        cli.start(golden::famscopeBinary(), {QStringLiteral("info"), target});
        QVERIFY(cli.waitForFinished(20000));
        const QString cliError = QString::fromLocal8Bit(cli.readAllStandardError()).trimmed();
        QVERIFY(!cliError.isEmpty());
        MainWindow w;
        QSignalSpy failed(uitest::part<Document>(w), &Document::loadFailed);
        w.openPath(target);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().toString(), cliError);
        QCOMPARE(uitest::part<QLabel>(w, QStringLiteral("errorBanner"))->text(), cliError);
        QVERIFY(!uitest::part<QLabel>(w, QStringLiteral("errorBanner"))->isHidden());
    }
}

void TestMainWindow::newerLoadWins() {
    MainWindow w;
    w.openDemo(); // superseded before it can finish
    w.openPath(golden::imagePath(QStringLiteral("a03-dirs")));
    QVERIFY(waitLoaded(w));
    QCOMPARE(uitest::part<Document>(w)->snapshot()->target,
             golden::imagePath(QStringLiteral("a03-dirs")));
    QTest::qWait(200); // a late result of the first job must not replace it
    QCOMPARE(uitest::part<Document>(w)->snapshot()->target,
             golden::imagePath(QStringLiteral("a03-dirs")));
}

void TestMainWindow::cancelledLoadReportsCancel() {
    QPromise<LoadResult> promise;
    promise.start();
    promise.future().cancel();
    loadSnapshot(promise, LoadRequest{QString(), true});
    promise.finish();
    // A cancelled promise refuses results: nothing was loaded, and Document reports cancel.
    QCOMPARE(promise.future().resultCount(), 0);
    Document doc;
    QSignalSpy cancelled(&doc, &Document::loadCancelled);
    doc.setLoadResult(LoadResult{nullptr, QString(), true});
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!doc.snapshot());
}

void TestMainWindow::debouncedFilter() {
    MainWindow w;
    uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({QString(), true}));
    LogPanel* log = uitest::part<LogPanel>(w);
    const int all = log->view()->model()->rowCount();
    log->filterEdit()->setText(QStringLiteral("MKDIR"));
    QCOMPARE(log->view()->model()->rowCount(),
             all); // not yet: the filter waits for typing to pause
    QTRY_VERIFY_WITH_TIMEOUT(log->view()->model()->rowCount() < all, 5000);
    int mkdirs = 0;
    for (const auto& e : uitest::part<Document>(w)->snapshot()->fs().entries)
        mkdirs += e.mkdir() ? 1 : 0;
    QCOMPARE(log->view()->model()->rowCount(), mkdirs);
}

void TestMainWindow::goToOffsetParsing() {
    QCOMPARE(HexPanel::parseOffset(QStringLiteral("0x200000")), std::optional<uint64_t>(0x200000));
    QCOMPARE(HexPanel::parseOffset(QStringLiteral(" 4096 ")), std::optional<uint64_t>(4096));
    QCOMPARE(HexPanel::parseOffset(QStringLiteral("2M")), std::optional<uint64_t>(2 << 20));
    QCOMPARE(HexPanel::parseOffset(QStringLiteral("4k")), std::optional<uint64_t>(4096));
    QCOMPARE(HexPanel::parseOffset(QStringLiteral("zz")), std::nullopt);
    QCOMPARE(HexPanel::parseOffset(QStringLiteral("99999999999999999999g")), std::nullopt);
    MainWindow w;
    uitest::part<Document>(w)->setLoadResult(loadSnapshotNow({QString(), true}));
    uitest::part<QLineEdit>(*uitest::part<HexPanel>(w), QStringLiteral("goToOffset"))
        ->setText(QStringLiteral("0x200010"));
    QTest::keyClick(
        uitest::part<QLineEdit>(*uitest::part<HexPanel>(w), QStringLiteral("goToOffset")),
        Qt::Key_Return);
    QCOMPARE(uitest::part<HexView>(*uitest::part<HexPanel>(w))->cursorOffset(), 0x200010ULL);
    QVERIFY(uitest::part<QLabel>(*uitest::part<HexPanel>(w), QStringLiteral("hexField"))
                ->text()
                .contains(QStringLiteral("log.famfs_log_last_index")));
}

void TestMainWindow::stripeDiagramPlacesChunks() {
    // File chunk k lives in strip k mod n, as chunk k div n of that strip.
    QCOMPARE(StripeDiagram::stripOfChunk(0, 3), std::make_pair(uint64_t(0), uint64_t(0)));
    QCOMPARE(StripeDiagram::stripOfChunk(4, 3), std::make_pair(uint64_t(1), uint64_t(1)));
    QCOMPARE(StripeDiagram::stripOfChunk(8, 4), std::make_pair(uint64_t(0), uint64_t(2)));
    // Cross-check with the resolver: chunk k's first byte is in strip k mod n.
    auto snapshot = uitest::loadImage(QStringLiteral("a04-striped"));
    for (const auto& f : snapshot->ns.files) {
        if (!f.map.interleaved || f.map.chunkSize == 0)
            continue;
        const uint64_t n = f.map.strips.size();
        for (uint64_t k = 0; k * f.map.chunkSize < f.size && k < 32; ++k) {
            const auto run = fs::resolve(f.map, f.size, k * f.map.chunkSize, 1);
            QVERIFY(run);
            const auto [strip, pos] = StripeDiagram::stripOfChunk(k, n);
            QCOMPARE(uint64_t(run->extentIndex), strip);
            QCOMPARE(run->deviceOffset, f.map.strips[strip].offset + pos * f.map.chunkSize);
        }
    }
}

void TestMainWindow::screenshotWritesPng() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("shot.png"));
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    gui.setProcessEnvironment(env);
    gui.start(golden::famscopeBinary(),
              {QStringLiteral("--screenshot"), out, QStringLiteral("--size"),
               QStringLiteral("900x600"), QStringLiteral("--view"), QStringLiteral("log"),
               QStringLiteral("--demo")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    const QImage image(out);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(900, 600));
    // Not a blank grab: the window drew more than a handful of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 8);

    // A bad view name is an error, not a silent default.
    gui.start(golden::famscopeBinary(),
              {QStringLiteral("--screenshot"), out, QStringLiteral("--view"),
               QStringLiteral("nope"), QStringLiteral("--demo")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 1);
}

void TestMainWindow::recentFilesDropAndSavedState() {
    QSettings().clear();
    const QString a03 = golden::imagePath(QStringLiteral("a03-dirs"));
    const QString a08 = golden::imagePath(QStringLiteral("a08-bad-log-entry-crc"));
    int treeWidth = 0;
    {
        MainWindow w;
        w.resize(1366, 768); // room for every pane: a squeezed one is not restored exactly
        w.show();
        // Dropping a file on the window opens it.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(a03)});
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        // Straight to the window's handler: QApplication routes real drops through the
        // platform's drag manager, which an offscreen test does not have.
        static_cast<QObject*>(&w)->event(&drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(waitLoaded(w));
        QCOMPARE(uitest::part<Document>(w)->snapshot()->target, a03);
        w.openPath(a08);
        QVERIFY(waitLoaded(w));
        // Newest first, and listed in File > Open recent.
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(),
                 QStringList({a08, a03}));
        // The user widens the tree and shows the hex view: both are kept.
        auto* tree = w.findChild<QDockWidget*>(QStringLiteral("namespaceDock"));
        auto* hex = w.findChild<QDockWidget*>(QStringLiteral("hexDock"));
        QVERIFY(tree && hex);
        QVERIFY(hex->isHidden()); // the default layout leaves the room to the tabs
        treeWidth = tree->width() + 37;
        w.resizeDocks({tree}, {treeWidth}, Qt::Horizontal);
        hex->show();
        QApplication::processEvents();
        treeWidth = tree->width();
        w.close(); // saves window and dock state
    }
    MainWindow again;
    again.show();
    QApplication::processEvents();
    QCOMPARE(again.findChild<QDockWidget*>(QStringLiteral("namespaceDock"))->width(), treeWidth);
    QVERIFY(again.findChild<QDockWidget*>(QStringLiteral("hexDock"))->isVisible());
    QStringList recentActions;
    for (QAction* a : again.findChildren<QAction*>())
        if (a->text().endsWith(a03) || a->text().endsWith(a08))
            recentActions << a->text();
    QCOMPARE(recentActions.size(), 2);
}

void TestMainWindow::languageOption() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("de.png"));
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    gui.setProcessEnvironment(env);
    gui.start(golden::famscopeBinary(),
              {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--screenshot"), out,
               QStringLiteral("--demo")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 0);
    QVERIFY(!QImage(out).isNull());
    gui.start(golden::famscopeBinary(),
              {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--screenshot"), out,
               QStringLiteral("--demo")});
    QVERIFY(gui.waitForFinished(60000));
    QCOMPARE(gui.exitCode(), 1);
    QVERIFY(gui.readAllStandardError().contains("no translation for language 'xx'"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
