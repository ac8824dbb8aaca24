// A file system that spans two devices (an ADD_DAXDEV entry and a file on device 1): the hex
// view follows the resolver, the file details and verify onto device 1 once its media is
// opened, showing device 1's bytes (compared with the device 1 image itself), and until then
// says that device 1 is not open instead of showing device 0's bytes at that offset. Media of
// another size than the log gives device 1, and the target itself, are refused.
#include "TwoDeviceImage.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/panels/HexPanel.h"
#include "ui/resolve/ResolverPanel.h"
#include "ui/verify/VerifyJob.h"
#include "ui/verify/VerifyPanel.h"
#include "ui/views/HexView.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace famscope;
using namespace famscope::ui;

namespace {

QByteArray fileBytes(const QString& path, uint64_t offset, qint64 len) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(qint64(offset)))
        qFatal("cannot read %s", qPrintable(path));
    return f.read(len);
}

VerifyOutcome verifyInWindow(VerifyPanel& panel, const QString& seedList) {
    if (!panel.setSeedList(seedList).isEmpty())
        qFatal("bad seed list");
    QSignalSpy outcomes(uitest::part<VerifyJob>(panel), &VerifyJob::outcome);
    QSignalSpy finished(uitest::part<VerifyJob>(panel), &VerifyJob::finished);
    panel.start();
    if (!finished.wait(60000) || outcomes.size() != 1)
        qFatal("verify did not finish");
    return outcomes.first().at(0).value<VerifyOutcome>();
}

} // namespace

class TestSecondaryDevice : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("secondary-device"); }

    void hexViewFollowsOntoAnOpenedDevice() {
        TwoDeviceImage t;
        MainWindow w;
        QSignalSpy loaded(uitest::part<Document>(w), &Document::loaded);
        w.openPath(t.path());
        QVERIFY(loaded.wait(20000));
        HexPanel* panel = uitest::part<HexPanel>(w);
        HexView* hex = uitest::part<HexView>(*panel);
        auto* choice = uitest::part<QComboBox>(*panel, QStringLiteral("hexDevice"));
        QCOMPARE(choice->count(), 2); // device 0 and the device the ADD_DAXDEV entry adds
        QVERIFY(choice->itemText(1).contains(QStringLiteral("not open")));
        QWidget* notOpen = uitest::part<QWidget>(*panel, QStringLiteral("hexDeviceNotOpen"));

        // Picking an offset of the file on device 1, device 1 not open: no bytes, and it says so.
        constexpr uint64_t kFileOffset = 0x1234;
        const uint64_t deviceOffset = TwoDeviceImage::kOnDevice1Offset + kFileOffset;
        uitest::part<SelectionModel>(w)->setCurrentPath(QStringLiteral("on1"));
        uitest::part<ResolverPanel>(w)->showOffset(kFileOffset);
        QCOMPARE(hex->device(), 1u);
        QCOMPARE(hex->mediaSize(), 0u);
        QVERIFY(hex->bytesAt(deviceOffset, 16).isEmpty());
        QVERIFY(notOpen->isVisibleTo(panel));
        QVERIFY(uitest::part<QLabel>(*notOpen)->text().contains(
            QStringLiteral("Device 1 is not open")));

        // Verify refuses the file rather than read device 0 in its place.
        VerifyPanel* verify = uitest::part<VerifyPanel>(w);
        const QString seedList = QStringLiteral("on1 %1").arg(TwoDeviceImage::kSeed);
        const VerifyOutcome refused = verifyInWindow(*verify, seedList);
        QVERIFY2(refused.error.contains(QStringLiteral("device 1, which is not open")),
                 qPrintable(refused.error));

        // The target itself, and media of another size than the log gives, are refused.
        QVERIFY(panel->openDevice(1, t.path()).contains(QStringLiteral("device 0")));
        QVERIFY(!panel->openDevice(1, t.path() + QStringLiteral(".absent")).isEmpty());
        QCOMPARE(hex->mediaSize(), 0u);

        // Opened: the view goes to the offset the resolver picked and shows device 1's bytes.
        QCOMPARE(panel->openDevice(1, t.device1), QString());
        QVERIFY(!notOpen->isVisibleTo(panel));
        QCOMPARE(hex->device(), 1u);
        QCOMPARE(hex->mediaSize(), TwoDeviceImage::kDevice1Size);
        QCOMPARE(hex->cursorOffset(), deviceOffset);
        const QByteArray shown = hex->bytesAt(deviceOffset, 256);
        QCOMPARE(shown, t.device1Bytes(deviceOffset, 256));
        QVERIFY(shown != fileBytes(t.path(), deviceOffset, 256)); // not device 0's bytes
        QVERIFY(choice->currentText().contains(t.device1));

        // It follows further picks directly, and verify now compares the file on device 1.
        uitest::part<ResolverPanel>(w)->showOffset(2 * kFileOffset);
        QCOMPARE(hex->cursorOffset(), TwoDeviceImage::kOnDevice1Offset + 2 * kFileOffset);
        const VerifyOutcome verified = verifyInWindow(*verify, seedList);
        QVERIFY2(verified.ok(), qPrintable(verified.error));
        QCOMPARE(verified.bytesVerified, TwoDeviceImage::kFileSize);

        // Back to device 0: the file on device 0 shows device 0's bytes.
        uitest::part<SelectionModel>(w)->setCurrentPath(QStringLiteral("on0"));
        QCOMPARE(hex->device(), 0u);
        const uint64_t on0 = uint64_t{16} << 20;
        QCOMPARE(hex->cursorOffset(), on0);
        QCOMPARE(hex->bytesAt(on0, 64), fileBytes(t.path(), on0, 64));
    }

    // A mismatch found by verify on device 1 takes the hex view to that word of device 1.
    void verifyMismatchOnDeviceOneShowsItsBytes() {
        TwoDeviceImage t;
        const uint64_t badWord = TwoDeviceImage::kOnDevice1Offset + 0x4000;
        {
            QFile f(t.device1);
            QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(qint64(badWord)));
            QVERIFY(f.putChar('\x5a') && f.putChar('\xa5'));
        }
        MainWindow w;
        QSignalSpy loaded(uitest::part<Document>(w), &Document::loaded);
        w.openPath(t.path());
        QVERIFY(loaded.wait(20000));
        HexPanel* panel = uitest::part<HexPanel>(w);
        QCOMPARE(panel->openDevice(1, t.device1), QString());
        VerifyPanel* verify = uitest::part<VerifyPanel>(w);
        const VerifyOutcome r =
            verifyInWindow(*verify, QStringLiteral("on1 %1").arg(TwoDeviceImage::kSeed));
        QCOMPARE(r.mismatchOffset, std::optional<uint64_t>(0x4000));
        QCOMPARE(r.devindex, 1u);
        HexView* hex = uitest::part<HexView>(*panel);
        QCOMPARE(hex->device(), 1u);
        QCOMPARE(hex->cursorOffset(), badWord);
        QCOMPARE(hex->bytesAt(badWord, 4), t.device1Bytes(badWord, 4));
    }
};

QTEST_MAIN(TestSecondaryDevice)
#include "tst_secondary_device.moc"
