// Damaged media in the window: a truncated image opens read-only with a banner naming the
// damage; its "Run fsck" button shows and runs the fsck panel; write mode is refused and says
// why. An intact image shows no banner.
#include "EditTestSupport.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/fsck/FsckPanel.h"
#include "ui/panels/DamageBanner.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>

using namespace famscope;
using namespace famscope::ui;
using namespace edittest;

namespace {
constexpr uint64_t kImageSize = uint64_t{64} << 20;
constexpr qint64 kCutSize = qint64{32} << 20; // the log (2..10 MiB) stays whole

DamageBanner* banner(const MainWindow& w) {
    auto* b = w.findChild<DamageBanner*>();
    if (!b)
        qFatal("the window has no damage banner");
    return b;
}
} // namespace

class TestDamageBanner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("damage-banner"); }

    void intactMediaHasNoBanner() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, kImageSize);
        MainWindow w;
        QVERIFY(waitLoaded(w, [&] { w.openPath(t.path); }));
        QVERIFY(banner(w)->isHidden());
    }

    void truncatedImageOpensWithBanner() {
        QTemporaryDir dir;
        const TestImage t = makeImage(dir, kImageSize);
        QVERIFY(QFile(t.path).resize(kCutSize));
        const QByteArray before = metadataBytes(t.path);
        MainWindow w;
        useImageIdentity(w, t);
        QVERIFY(waitLoaded(w, [&] { w.openPath(t.path); }));
        QVERIFY(uitest::part<QLabel>(w, QStringLiteral("errorBanner"))->isHidden());
        QVERIFY(!banner(w)->isHidden());
        const QString text = banner(w)->text();
        QVERIFY2(text.contains(QLatin1String("truncated")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(kCutSize)), qPrintable(text));
        QVERIFY2(text.contains(QString::number(kImageSize)), qPrintable(text));

        // The button shows the fsck tab and runs the check.
        QVERIFY(!uitest::part<FsckPanel>(w)->isVisibleTo(&w));
        uitest::part<FsckPanel>(w)->waitForFinished(); // the check every load starts
        QVERIFY(uitest::part<FsckPanel>(w)->hasReport());
        uitest::part<QPushButton>(*banner(w), QStringLiteral("damageRunFsck"))->click();
        QVERIFY(uitest::part<FsckPanel>(w)->isVisibleTo(&w));
        QVERIFY(!uitest::part<FsckPanel>(w)->hasReport()); // the button started a new check
        uitest::part<FsckPanel>(w)->waitForFinished();
        QVERIFY(uitest::part<FsckPanel>(w)->hasReport());

        // Write mode stays off, with the reason, and nothing is written.
        QVERIFY(!uitest::part<EditController>(w)->setWriteMode(true));
        QVERIFY(!uitest::part<EditController>(w)->writeMode()->isOn());
        QVERIFY(uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))->isVisibleTo(&w));
        QVERIFY2(uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))
                     ->text()
                     .contains(QLatin1String("truncated")),
                 qPrintable(uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))->text()));
        QCOMPARE(metadataBytes(t.path), before);

        // Opening an intact target again hides the banner.
        QTemporaryDir dir2;
        const TestImage intact = makeImage(dir2, kImageSize);
        QVERIFY(waitLoaded(w, [&] { w.openPath(intact.path); }));
        QVERIFY(banner(w)->isHidden());
    }
};

QTEST_MAIN(TestDamageBanner)
#include "tst_damage_banner.moc"
