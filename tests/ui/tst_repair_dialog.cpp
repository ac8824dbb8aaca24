// Edit ▸ Repair…, driven offscreen through the main window on an image with a torn log entry
// and on one with a duplicate path: the checklist lists exactly the core plan, the preview is
// the plan applied in memory, Repair writes it (fsck is clean after, the fsck tab reruns on the
// repaired media), and Undo repair gives back the original metadata byte for byte. Cross-linked
// files are kept unless the user picks one to keep.
//
// FAMSCOPE_REPAIR_SCREENSHOT=FILE: the screenshot test also writes the dialog's image there
// (docs/screenshots/update.sh uses it).
#include "EditTestSupport.h"
#include "UiTestSupport.h"

#include "core/edit/Creat.h"
#include "core/edit/EditSession.h"
#include "core/format/LogEntry.h"
#include "core/fs/AllocationMap.h"
#include "core/fsck/Fsck.h"
#include "core/repair/RepairPreview.h"
#include "ui/fsck/FsckPanel.h"
#include "ui/repair/RepairDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <span>

using namespace famscope;
using namespace famscope::ui;
using namespace edittest;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

uint64_t slotOffset(uint64_t i) {
    return famfs::kLogOffset + famfs::kLogHeaderSize + i * famfs::kLogEntrySize;
}

fs::LoadedFs load(const QString& path) {
    auto m = media::openMedia(path.toStdString(), media::Access::ReadOnly);
    if (!m)
        qFatal("cannot open %s", qPrintable(path));
    auto fs = fs::loadFileSystem(**m);
    if (!fs)
        qFatal("cannot load %s", qPrintable(path));
    return std::move(*fs);
}

void writeBytes(const QString& path, uint64_t offset, std::span<const uint8_t> bytes) {
    auto m = media::openMedia(path.toStdString(), media::Access::ReadWrite);
    if (!m || !(*m)->write(offset, bytes) || !(*m)->flush(offset, bytes.size()))
        qFatal("cannot write %s", qPrintable(path));
}

// Files "a", "b", "c" with seeded data, written by core (slots 0, 1, 2).
void populate(const QTemporaryDir& dir, const TestImage& t) {
    edit::SessionOptions o;
    o.systemUuidPath = t.systemUuid.toStdString();
    o.mountInfoPath = t.mountInfo.toStdString();
    o.backupPath = tempPath(dir, QStringLiteral("populate.backup")).toStdString();
    auto s = edit::EditSession::open(t.path.toStdString(), o);
    if (!s)
        qFatal("session: %s", s.error().c_str());
    uint64_t seed = 5;
    for (const char* path : {"a", "b", "c"}) {
        edit::CreatOptions co;
        co.size = 2 * kMiB + 100;
        co.dataSeed = seed++;
        if (auto r = edit::createFile(**s, path, co); !r)
            qFatal("creat: %s", r.error().c_str());
    }
}

// Appends a FILE entry as famfs does (seqnum, CRC, counters), whatever it says.
void appendFile(const QString& img, const std::string& path, uint64_t offset, uint64_t len) {
    famfs::FileMeta f;
    f.size = len;
    f.flags = famfs::kFlagAllHostsRw;
    f.mode = 0644;
    famfs::setPathText(f.relpath, path);
    f.count = 1;
    f.setExtent(0, {0, offset, len});
    famfs::LogEntry e = famfs::LogEntry::makeFile(f);
    famfs::LogHeader h = load(img).log;
    e.seqnum = h.nextIndex;
    e.seal();
    writeBytes(img, slotOffset(h.nextIndex), e.encode());
    ++h.nextIndex;
    ++h.nextSeqnum;
    writeBytes(img, famfs::kLogOffset, h.encode());
}

uint64_t freeOffset(const fs::LoadedFs& fs, uint64_t units) {
    const fs::AllocationMap m = fs::buildAllocationMap(fs);
    for (const fs::OwnerRun& r : m.freeRuns())
        if (r.auCount >= units)
            return r.firstAu * m.allocUnit;
    qFatal("no free units");
}

std::set<std::string> errorCodes(const QString& img, const TestImage& t) {
    std::set<std::string> out;
    for (const fsck::Finding& f :
         fsck::runFsck(load(img), {t.systemUuid.toStdString(), false}).findings)
        if (f.severity != fsck::Severity::Info)
            out.insert(f.code);
    return out;
}

} // namespace

class TestRepairDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("repair-dialog"); }
    void tornEntry();
    void duplicatePath();
    void crossLinkedChoice();
    void screenshot();

private:
    // The image opened in a window, its Repair dialog opened from the Edit menu.
    RepairDialog* openDialog(MainWindow& w, const TestImage& t) {
        useImageIdentity(w, t);
        if (!waitLoaded(w, [&] { w.openPath(t.path); }))
            return nullptr;
        auto* action = w.findChild<QAction*>(QStringLiteral("repairAction"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        return w.findChild<RepairDialog*>(QStringLiteral("repairDialog"));
    }

    // The checklist lists the core plan of the same options, row for row.
    static void checklistIsThePlan(RepairDialog* d, const TestImage& t,
                                   const repair::RepairOptions& options) {
        const fs::LoadedFs fs = load(t.path);
        repair::RepairOptions o = options;
        o.fsckOptions.systemUuidFile = t.systemUuid.toStdString();
        const repair::RepairPlan plan = repair::planRepair(fs, fsck::runFsck(fs, o.fsckOptions), o);
        auto* list = d->findChild<QTreeWidget*>(QStringLiteral("repairChecklist"));
        QVERIFY(list);
        QVERIFY(!plan.actions.empty());
        QCOMPARE(list->topLevelItemCount(), int(plan.actions.size()));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = list->topLevelItem(i);
            const repair::RepairAction& a = plan.actions[size_t(i)];
            QCOMPARE(item->text(RepairDialog::ActionColumn),
                     QString::fromLatin1(repair::actionName(a.kind)));
            QCOMPARE(item->text(RepairDialog::CodeColumn), QString::fromStdString(a.code));
            QCOMPARE(item->text(RepairDialog::TextColumn), QString::fromStdString(a.text));
            QStringList slotTexts;
            for (uint64_t s : a.entryIndexes)
                slotTexts << QString::number(s);
            if (a.slotRange)
                slotTexts.removeDuplicates(); // a range of one slot is shown as that slot
            const QString entries = item->text(RepairDialog::EntriesColumn);
            QCOMPARE(entries, slotTexts.isEmpty()
                                  ? QStringLiteral("-")
                                  : slotTexts.join(a.slotRange ? QStringLiteral("..")
                                                               : QStringLiteral(",")));
        }
        // The preview is the plan applied in memory.
        QCOMPARE(d->preview().unitsFreed, plan.unitsFreed);
        QCOMPARE(d->preview().recoveredFiles, plan.recoveredFiles);
    }

    // Repair, fsck clean and the fsck tab rerun on the repaired media, then Undo: byte for byte.
    static void repairThenUndo(MainWindow& w, RepairDialog* d, const TestImage& t) {
        const QByteArray original = metadataBytes(t.path);
        auto* confirm = d->findChild<QPushButton*>(QStringLiteral("repairConfirm"));
        auto* undo = d->findChild<QPushButton*>(QStringLiteral("repairUndo"));
        QVERIFY(confirm && confirm->isEnabled() && undo && !undo->isEnabled());
        QVERIFY(waitLoaded(w, [&] { confirm->click(); }));
        QVERIFY2(!d->backupFile().isEmpty(),
                 qPrintable(d->findChild<QLabel*>(QStringLiteral("repairStatus"))->text()));
        QVERIFY(metadataBytes(t.path) != original);
        const auto codes = errorCodes(t.path, t);
        QVERIFY2(codes.empty(), codes.begin()->c_str());
        auto* fsck = w.findChild<FsckPanel*>();
        QVERIFY(fsck);
        fsck->waitForFinished();
        QVERIFY(fsck->hasReport());
        for (const fsck::Finding& f : fsck->report().findings)
            QVERIFY2(f.severity == fsck::Severity::Info, f.code.c_str());
        QVERIFY(!confirm->isEnabled()); // nothing left to repair
        QVERIFY(undo->isEnabled());
        QVERIFY(w.findChild<QAction*>(QStringLiteral("repairAction"))->isEnabled());

        QVERIFY(waitLoaded(w, [&] { undo->click(); }));
        QCOMPARE(metadataBytes(t.path), original);
        QVERIFY(!undo->isEnabled());
        QVERIFY(confirm->isEnabled()); // the damage is back, and so is the plan
    }
};

void TestRepairDialog::tornEntry() {
    QTemporaryDir dir;
    const TestImage t = makeImage(dir, uint64_t{128} << 20);
    populate(dir, t);
    famfs::LogEntry e = load(t.path).entries.at(2);
    std::get<famfs::FileMeta>(e.body).size += 1; // CRC now wrong: a write that did not finish
    writeBytes(t.path, slotOffset(2), e.encode());

    MainWindow w;
    RepairDialog* d = openDialog(w, t);
    QVERIFY(d);
    checklistIsThePlan(d, t, {});
    QVERIFY(std::any_of(d->plan().actions.begin(), d->plan().actions.end(), [](const auto& a) {
        return a.kind == repair::ActionKind::EndLog && a.code == "ENTRY_CRC";
    }));
    // A mount already stops at the torn entry: nothing it shows goes away.
    QVERIFY(d->preview().droppedFiles.empty());
    QCOMPARE(d->preview().filesBefore, uint64_t{2});
    QCOMPARE(d->preview().filesAfter, uint64_t{2});
    repairThenUndo(w, d, t);
}

void TestRepairDialog::duplicatePath() {
    QTemporaryDir dir;
    const TestImage t = makeImage(dir, uint64_t{128} << 20);
    populate(dir, t);
    appendFile(t.path, "b", freeOffset(load(t.path), 2), 2 * kMiB); // slot 3: "b" again

    MainWindow w;
    RepairDialog* d = openDialog(w, t);
    QVERIFY(d);
    checklistIsThePlan(d, t, {});
    auto* list = d->findChild<QTreeWidget*>(QStringLiteral("repairChecklist"));
    const auto dup = list->findItems(QStringLiteral("PATH_DUPLICATE"), Qt::MatchExactly,
                                     RepairDialog::CodeColumn);
    QCOMPARE(dup.size(), 1);
    QCOMPARE(dup.front()->text(RepairDialog::EntriesColumn), QStringLiteral("3"));
    QCOMPARE(dup.front()->checkState(RepairDialog::ActionColumn), Qt::Checked);
    // The second "b" never was visible; its units go back to the allocator.
    QVERIFY(d->preview().droppedFiles.empty());
    QVERIFY(d->preview().unitsFreed > 0);
    QCOMPARE(d->preview().unitsBefore - d->preview().unitsAfter, d->preview().unitsFreed);
    repairThenUndo(w, d, t);
}

void TestRepairDialog::crossLinkedChoice() {
    QTemporaryDir dir;
    const TestImage t = makeImage(dir, uint64_t{128} << 20);
    populate(dir, t);
    const famfs::LogEntry c = load(t.path).entries.at(2);
    appendFile(t.path, "twin", c.file()->extent(0).offset, 2 * kMiB); // slot 3 claims c's units

    MainWindow w;
    RepairDialog* d = openDialog(w, t);
    QVERIFY(d);
    // Both kept: reported, nothing to write.
    auto* choice = d->findChild<QComboBox*>(QStringLiteral("crossLinkChoice"));
    QVERIFY(choice);
    QCOMPARE(choice->count(), 3);
    QVERIFY(choice->itemText(1).contains(QStringLiteral("\"c\" (entry 2)")));
    QVERIFY(choice->itemText(1).contains(QStringLiteral("\"twin\" (entry 3)")));
    QVERIFY(!d->plan().changesMedia());
    QVERIFY(!d->findChild<QPushButton*>(QStringLiteral("repairConfirm"))->isEnabled());

    // Keep "c": the twin is dropped, and the plan is the core's with --drop-entry 3.
    choice->setCurrentIndex(1);
    QTRY_VERIFY(d->plan().changesMedia());
    repair::RepairOptions dropTwin;
    dropTwin.dropEntries = {3};
    checklistIsThePlan(d, t, dropTwin);
    QCOMPARE(d->preview().droppedFiles, (std::vector<std::string>{"twin"}));
    repairThenUndo(w, d, t);
}

void TestRepairDialog::screenshot() {
    QTemporaryDir dir;
    const TestImage t = makeImage(dir, uint64_t{128} << 20, QStringLiteral("damaged.img"));
    populate(dir, t);
    // Slot 1 changed after it was written: with recover, "c" behind it becomes visible again.
    famfs::LogEntry e = load(t.path).entries.at(1);
    std::get<famfs::FileMeta>(e.body).mode = 0600;
    writeBytes(t.path, slotOffset(1), e.encode());
    appendFile(t.path, "a", freeOffset(load(t.path), 2), 2 * kMiB);

    MainWindow w;
    RepairDialog* d = openDialog(w, t);
    QVERIFY(d);
    d->findChild<QCheckBox*>(QStringLiteral("repairRecover"))->setChecked(true);
    QCOMPARE(d->preview().recoveredFiles, (std::vector<std::string>{"c"}));
    QVERIFY(d->preview().unitsRecovered > 0);
    QVERIFY(d->preview().unitsFreed > 0);
    d->resize(900, 720);
    const QImage shot = d->grab().toImage();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), d->size());
    const QString out = qEnvironmentVariable("FAMSCOPE_REPAIR_SCREENSHOT");
    if (!out.isEmpty())
        QVERIFY(shot.save(out));
}

QTEST_MAIN(TestRepairDialog)
#include "tst_repair_dialog.moc"
