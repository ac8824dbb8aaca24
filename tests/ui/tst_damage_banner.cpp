// Damaged media in the window: a truncated image opens read-only with a banner naming the
// damage; its "Run fsck" button shows and runs the fsck panel; write mode is refused and says
// why. An intact image shows no banner.
#include "EditTestSupport.h"
#include "UiTestSupport.h"

#include "fsck/FsckPanel.h"
#include "panels/DamageBanner.h"

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
        QVERIFY(w.errorBanner()->isHidden());
        QVERIFY(!banner(w)->isHidden());
        const QString text = banner(w)->text();
        QVERIFY2(text.contains(QLatin1String("truncated")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(kCutSize)), qPrintable(text));
        QVERIFY2(text.contains(QString::number(kImageSize)), qPrintable(text));

        // The button shows the fsck tab and runs the check.
        QVERIFY(!w.fsckPanel()->isVisibleTo(&w));
        w.fsckPanel()->waitForFinished(); // the check every load starts
        QVERIFY(w.fsckPanel()->hasReport());
        banner(w)->runFsckButton()->click();
        QVERIFY(w.fsckPanel()->isVisibleTo(&w));
        QVERIFY(!w.fsckPanel()->hasReport()); // the button started a new check
        w.fsckPanel()->waitForFinished();
        QVERIFY(w.fsckPanel()->hasReport());

        // Write mode stays off, with the reason, and nothing is written.
        QVERIFY(!w.editing()->setWriteMode(true));
        QVERIFY(!w.editing()->writeMode()->isOn());
        QVERIFY(w.editing()->refusalLabel()->isVisibleTo(&w));
        QVERIFY2(w.editing()->refusalLabel()->text().contains(QLatin1String("truncated")),
                 qPrintable(w.editing()->refusalLabel()->text()));
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
