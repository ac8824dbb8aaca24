// Live watch: with a copy of a golden image open in the main window, another process (the
// famscope CLI) appends to the log; the window shows the new directory and file without being
// asked to reopen, says how many entries appeared, and keeps the selected file and the current
// tab. A log header that does not change causes no reload; the demo is never watched.
#include "CliRun.h"
#include "ImageCopy.h"
#include "TempDir.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/document/LogWatcher.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/LogModel.h"
#include "ui/models/NamespaceModel.h"
#include "ui/panels/LogPanel.h"
#include "ui/panels/NamespacePanel.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

using namespace famscope;
using namespace famscope::ui;

namespace {

const QString kImage = QStringLiteral("a02-files");

bool waitLoaded(MainWindow& w) {
    QSignalSpy loaded(uitest::part<Document>(w), &Document::loaded);
    return loaded.wait(20000);
}

} // namespace

class TestLogWatch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("log-watch"); }
    void appendByAnotherProcessAppears();
    void quietLogCausesNoReload();
    void demoIsNotWatched();
};

void TestLogWatch::appendByAnotherProcessAppears() {
    QTemporaryDir dir;
    const QString img = uitest::copyImage(kImage, tempPath(dir, QStringLiteral("shared.img")));
    // The CLI writes as the image's owner host.
    const QString uuidFile = tempPath(dir, QStringLiteral("system_uuid"));
    {
        QFile u(uuidFile);
        QVERIFY(u.open(QIODevice::WriteOnly));
        u.write(
            QByteArray::fromStdString(uitest::loadImage(kImage)->fs().sb.systemUuid.toString()) +
            '\n');
    }
    MainWindow w;
    uitest::part<LogWatcher>(w)->setInterval(100);
    w.openPath(img);
    QVERIFY(waitLoaded(w));
    QVERIFY(uitest::part<LogWatcher>(w)->isWatching());
    const uint64_t entriesBefore = uitest::part<Document>(w)->snapshot()->fs().log.nextIndex;
    const QString kept =
        QString::fromStdString(uitest::part<Document>(w)->snapshot()->ns.files.front().path);
    uitest::part<SelectionModel>(w)->setCurrentPath(kept);
    QVERIFY(w.selectView(QStringLiteral("log")));
    QVERIFY(!uitest::part<NamespacePanel>(w)
                 ->model()
                 ->indexForPath(QStringLiteral("watched"))
                 .isValid());

    QSignalSpy changed(uitest::part<LogWatcher>(w), &LogWatcher::logChanged);
    const QStringList writeOptions{QStringLiteral("--system-uuid-file"), uuidFile,
                                   QStringLiteral("--no-backup")};
    cli::Run r = cli::famscope(
        QStringList{QStringLiteral("mkdir"), img, QStringLiteral("watched")} + writeOptions);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        uitest::part<NamespacePanel>(w)->model()->indexForPath(QStringLiteral("watched")).isValid(),
        20000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toLongLong(), 1);
    QVERIFY(w.statusBar()->currentMessage().contains(QLatin1Char('1')));
    QCOMPARE(uitest::part<SelectionModel>(w)->currentPath(), kept);
    QCOMPARE(w.findChild<QTabWidget*>(QStringLiteral("viewTabs"))->currentWidget(),
             static_cast<QWidget*>(uitest::part<LogPanel>(w)));

    // Two entries at once (mkdir -p of two levels) are counted together.
    r = cli::famscope(QStringList{QStringLiteral("mkdir"), QStringLiteral("-p"), img,
                                  QStringLiteral("watched/a/b")} +
                      writeOptions);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QTRY_VERIFY_WITH_TIMEOUT(uitest::part<NamespacePanel>(w)
                                 ->model()
                                 ->indexForPath(QStringLiteral("watched/a/b"))
                                 .isValid(),
                             20000);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toLongLong(), 2);
    QCOMPARE(uitest::part<Document>(w)->snapshot()->fs().log.nextIndex, entriesBefore + 3);
    QCOMPARE(uitest::part<LogPanel>(w)->model()->rowCount(), int(entriesBefore + 3));
    QCOMPARE(uitest::part<SelectionModel>(w)->currentPath(), kept);
}

void TestLogWatch::quietLogCausesNoReload() {
    MainWindow w;
    uitest::part<LogWatcher>(w)->setInterval(50);
    w.openPath(golden::imagePath(kImage));
    QVERIFY(waitLoaded(w));
    QVERIFY(uitest::part<LogWatcher>(w)->isWatching());
    QSignalSpy started(uitest::part<Document>(w), &Document::loadStarted);
    QVERIFY(!uitest::part<LogWatcher>(w)->poll());
    QTest::qWait(300); // several polls
    QCOMPARE(started.size(), 0);
}

void TestLogWatch::demoIsNotWatched() {
    MainWindow w;
    w.openDemo();
    QVERIFY(waitLoaded(w));
    QVERIFY(!uitest::part<LogWatcher>(w)->isWatching());
    QVERIFY(!uitest::part<LogWatcher>(w)->poll());
}

QTEST_MAIN(TestLogWatch)
#include "tst_log_watch.moc"
