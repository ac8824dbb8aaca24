// Write mode in the main window, offscreen: read-only by default; turning it on shows the
// write bar and marks the title; each refusal (the in-memory demo, a mounted image, another
// host's file system, a write lock held by another writer) shows core's reason, leaves write
// mode off and the image byte-for-byte untouched.
#include "EditTestSupport.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/edit/EditSession.h"

#include <QAction>
#include <QLabel>
#include <QStandardPaths>

using namespace famscope;
using namespace famscope::ui;
using namespace edittest;

namespace {

constexpr uint64_t kImageSize = uint64_t{64} << 20;

// Tries write mode on `t` and checks it is refused with `reason` and changes nothing.
void expectRefused(const TestImage& t, const QString& reason) {
    MainWindow w;
    useImageIdentity(w, t);
    QVERIFY(waitLoaded(w, [&] { w.openPath(t.path); }));
    const QByteArray before = metadataBytes(t.path);
    QVERIFY(!uitest::part<EditController>(w)->setWriteMode(true));
    QVERIFY(!uitest::part<EditController>(w)->writeMode()->isOn());
    QVERIFY(!uitest::part<QAction>(w, QStringLiteral("writeModeAction"))->isChecked());
    QVERIFY(!uitest::part<QWidget>(w, QStringLiteral("writeModeBar"))->isVisibleTo(&w));
    QVERIFY(uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))->isVisibleTo(&w));
    QVERIFY2(uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))->text().contains(reason),
             qPrintable(uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))->text()));
    QVERIFY(!uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))
                 ->text()
                 .contains(QLatin1String("--force")));
    QVERIFY(!w.windowTitle().contains(QLatin1String("WRITE")));
    w.resize(1400, 900);
    saveScreenshot(&w, QStringLiteral("write-refused"));
    QCOMPARE(metadataBytes(t.path), before);
}

} // namespace

class TestEditWriteMode : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("edit-writemode"); }

    void readOnlyByDefaultAndWriteModeIsMarked() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, kImageSize);
        MainWindow w;
        useImageIdentity(w, t);
        QVERIFY(waitLoaded(w, [&] { w.openPath(t.path); }));
        QVERIFY(!uitest::part<EditController>(w)->writeMode()->isOn());
        QVERIFY(!uitest::part<QWidget>(w, QStringLiteral("writeModeBar"))->isVisibleTo(&w));
        const QString readOnlyTitle = w.windowTitle();

        uitest::part<QAction>(w, QStringLiteral("writeModeAction"))
            ->trigger(); // as the menu item / status button does
        QVERIFY(uitest::part<EditController>(w)->writeMode()->isOn());
        QVERIFY(uitest::part<QAction>(w, QStringLiteral("writeModeAction"))->isChecked());
        QVERIFY(uitest::part<QWidget>(w, QStringLiteral("writeModeBar"))->isVisibleTo(&w));
        const auto labels =
            uitest::part<QWidget>(w, QStringLiteral("writeModeBar"))->findChildren<QLabel*>();
        QVERIFY(!labels.isEmpty());
        QVERIFY(labels.first()->text().contains(t.path));
        QCOMPARE(w.windowTitle(), QStringLiteral("[WRITE MODE] ") + readOnlyTitle);
        w.resize(1400, 900);
        saveScreenshot(&w, QStringLiteral("write-mode"));

        // Another writer is now locked out while the window holds the session.
        auto other = edit::EditSession::open(
            t.path.toStdString(), uitest::part<EditController>(w)->writeMode()->options());
        QVERIFY(!other);
        QVERIFY(QString::fromStdString(other.error()).contains(QLatin1String("write lock")));

        uitest::part<QAction>(w, QStringLiteral("writeModeAction"))->trigger();
        QVERIFY(!uitest::part<EditController>(w)->writeMode()->isOn());
        QVERIFY(!uitest::part<QWidget>(w, QStringLiteral("writeModeBar"))->isVisibleTo(&w));
        QCOMPARE(w.windowTitle(), readOnlyTitle);
        QVERIFY(edit::EditSession::open(t.path.toStdString(),
                                        uitest::part<EditController>(w)->writeMode()->options()));
    }

    void demoIsRefused() {
        MainWindow w;
        QVERIFY(waitLoaded(w, [&] { w.openDemo(); }));
        QVERIFY(!uitest::part<EditController>(w)->setWriteMode(true));
        QVERIFY(!uitest::part<EditController>(w)->writeMode()->isOn());
        QVERIFY(uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))
                    ->text()
                    .contains(QLatin1String("demo")));
    }

    void lockedByAnotherWriterIsRefused() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, kImageSize);
        edit::SessionOptions o;
        o.systemUuidPath = t.systemUuid.toStdString();
        o.mountInfoPath = t.mountInfo.toStdString();
        auto holder = edit::EditSession::open(t.path.toStdString(), o);
        QVERIFY2(holder, holder ? "" : holder.error().c_str());
        expectRefused(t, QStringLiteral("is being written by another famscope process"));
    }

    void mountedImageIsRefused() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, kImageSize);
        QFile mountInfo(t.mountInfo);
        QVERIFY(mountInfo.open(QIODevice::WriteOnly));
        mountInfo.write("36 25 0:32 / /mnt/famfs rw,relatime shared:1 - famfs " + t.path.toUtf8() +
                        " rw\n");
        mountInfo.close();
        expectRefused(t, QStringLiteral("is mounted at /mnt/famfs (famfs)"));
    }

    void anotherHostsFileSystemIsRefused() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, kImageSize);
        QFile identity(t.systemUuid);
        QVERIFY(identity.open(QIODevice::WriteOnly | QIODevice::Truncate));
        identity.write("6b1f6a4e-6f0e-4d2c-9a55-0c1d2e3f4a5b\n");
        identity.close();
        expectRefused(t, QStringLiteral("the file system belongs to host"));
    }
};

QTEST_MAIN(TestEditWriteMode)
#include "tst_edit_writemode.moc"
