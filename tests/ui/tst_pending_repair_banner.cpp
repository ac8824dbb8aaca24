// An interrupted repair in the window: the banner names it, write mode is refused while it is
// pending, "Finish repair" finishes it (fsck is clean after, the intent file is gone, the
// banner hides), "Undo (restore backup)" gives back the original metadata byte for byte, and a
// damaged intent file is shown with both buttons off. An intact image shows no banner.
#include "EditTestSupport.h"
#include "InterruptedRepair.h"
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "core/repair/PendingRepair.h"
#include "ui/fsck/FsckPanel.h"
#include "ui/repair/PendingRepairBanner.h"

#include <QLabel>
#include <QPushButton>

using namespace famscope;
using namespace famscope::ui;
using namespace edittest;

namespace {

PendingRepairBanner* banner(const MainWindow& w) {
    auto* b = w.findChild<PendingRepairBanner*>();
    if (!b)
        qFatal("the window has no pending-repair banner");
    return b;
}

QPushButton* button(const MainWindow& w, const char* name) {
    return uitest::part<QPushButton>(*banner(w), QLatin1String(name));
}

bool openImage(MainWindow& w, const TempImage& t) {
    auto& o = uitest::part<EditController>(w)->writeMode()->options();
    o.systemUuidPath = t.suuid;
    o.mountInfoPath = t.mountinfo;
    return waitLoaded(w, [&] { w.openPath(QString::fromStdString(t.img)); });
}

// Clicks `name` and waits for the reload it asks for.
bool clickAndReload(MainWindow& w, const char* name) {
    return waitLoaded(w, [&] { button(w, name)->click(); });
}

uint64_t errorsAndWarnings(MainWindow& w) {
    auto* fsck = uitest::part<FsckPanel>(w);
    fsck->waitForFinished();
    if (!fsck->hasReport())
        qFatal("no fsck report");
    return fsck->report().counts.errors + fsck->report().counts.warnings;
}

bool hasCode(MainWindow& w, const char* code) {
    auto* fsck = uitest::part<FsckPanel>(w);
    fsck->waitForFinished();
    return fsck->report().has(code);
}

} // namespace

class TestPendingRepairBanner : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("pending-repair-banner"); }

    void intactImageHasNoBanner() {
        TempImage t;
        interrupted::populateAndDamage(t);
        MainWindow w;
        QVERIFY(openImage(w, t));
        QVERIFY(banner(w)->isHidden());
    }

    void finishRepair() {
        TempImage t;
        interrupted::populateAndDamage(t);
        const InterruptedRepair ir = interruptRepair(t, 1);
        MainWindow w;
        QVERIFY(openImage(w, t));
        QVERIFY(!banner(w)->isHidden());
        const QString text = banner(w)->text();
        QVERIFY2(text.contains(QLatin1String("interrupted repair is pending")), qPrintable(text));
        QVERIFY2(text.contains(QString::fromStdString(ir.backup)), qPrintable(text));
        QVERIFY(hasCode(w, "REPAIR_PENDING"));

        // Write mode is refused, with the reason, and nothing is written.
        const auto before = interrupted::metadata(t.img);
        QVERIFY(!uitest::part<EditController>(w)->setWriteMode(true));
        const QString refusal = uitest::part<QLabel>(w, QStringLiteral("writeRefusal"))->text();
        QVERIFY2(refusal.contains(QLatin1String("interrupted repair is pending")),
                 qPrintable(refusal));
        QVERIFY(interrupted::metadata(t.img) == before);

        QVERIFY(clickAndReload(w, "pendingRepairFinish"));
        QVERIFY(!repair::findPendingRepair(ir.intent));
        QVERIFY(banner(w)->isHidden());
        QCOMPARE(errorsAndWarnings(w), uint64_t{0});
        // Repaired with --recover: the files behind the damaged entry are back.
        const auto ns = readNamespace(QString::fromStdString(t.img));
        QVERIFY(ns && ns->findFile("c") && ns->findFile("e") && ns->findFile("d/a"));
        // Write mode works again.
        QVERIFY(uitest::part<EditController>(w)->setWriteMode(true));
    }

    void undoRestoresTheBackup() {
        TempImage t;
        interrupted::populateAndDamage(t);
        const InterruptedRepair ir = interruptRepair(t, 2);
        MainWindow w;
        QVERIFY(openImage(w, t));
        QVERIFY(!banner(w)->isHidden());
        QVERIFY(clickAndReload(w, "pendingRepairUndo"));
        QVERIFY(interrupted::metadata(t.img) == ir.original);
        QVERIFY(!repair::findPendingRepair(ir.intent));
        QVERIFY(banner(w)->isHidden());
        QVERIFY(hasCode(w, "ENTRY_CRC")); // the damage the repair was for, as it was
    }

    void refusedFinishKeepsTheBanner() {
        TempImage t;
        interrupted::populateAndDamage(t);
        const InterruptedRepair ir = interruptRepair(t, 1);
        MainWindow w;
        QVERIFY(openImage(w, t));
        QFile mounts(QString::fromStdString(t.mountinfo));
        QVERIFY(mounts.open(QIODevice::WriteOnly));
        mounts.write(("36 25 0:32 / /mnt/famfs rw - famfs " + t.img + " rw\n").c_str());
        mounts.close();
        QVERIFY(!banner(w)->finishRepair());
        QVERIFY2(banner(w)->text().contains(QLatin1String("mounted")),
                 qPrintable(banner(w)->text()));
        QVERIFY(repair::findPendingRepair(ir.intent));
        QVERIFY(!banner(w)->isHidden());
    }

    void damagedIntent() {
        TempImage t;
        interrupted::populateAndDamage(t);
        const InterruptedRepair ir = interruptRepair(t, 1);
        damageIntentFile(ir.intent);
        MainWindow w;
        QVERIFY(openImage(w, t));
        QVERIFY(!banner(w)->isHidden());
        QVERIFY2(banner(w)->text().contains(QLatin1String("cannot be read")),
                 qPrintable(banner(w)->text()));
        QVERIFY(!button(w, "pendingRepairFinish")->isEnabled());
        QVERIFY(!button(w, "pendingRepairUndo")->isEnabled());
        QVERIFY(hasCode(w, "REPAIR_INTENT_UNREADABLE"));
        QVERIFY(!uitest::part<EditController>(w)->setWriteMode(true));
    }
};

QTEST_MAIN(TestPendingRepairBanner)
#include "tst_pending_repair_banner.moc"
