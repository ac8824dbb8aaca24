// An interrupted repair (its intent file left behind) is found by core for every reader:
// findPendingRepair says what is pending or that the intent cannot be read, fsck reports it as
// an error (REPAIR_PENDING, REPAIR_INTENT_UNREADABLE) even where the log itself is clean,
// writes other than repair and restore are refused, and finishPendingRepair finishes it with
// nothing else written.
#include "InterruptedRepair.h"

#include "core/edit/Restore.h"
#include "core/fsck/Fsck.h"
#include "core/repair/PendingRepair.h"
#include "core/report/PendingRepairOutput.h"

#include <QTest>

using namespace famscope;

namespace {

fs::LoadedFs load(const std::string& img) {
    auto m = interrupted::open(img, media::Access::ReadOnly);
    auto fs = fs::loadFileSystem(*m);
    if (!fs)
        qFatal("load: %s", fs.error().c_str());
    return std::move(*fs);
}

fsck::FsckReport check(const TempImage& t, const std::string& intentFile) {
    fsck::FsckOptions o;
    o.systemUuidFile = t.suuid;
    return fsck::runFsck(load(t.img), o, intentFile);
}

std::vector<std::string> errorCodes(const fsck::FsckReport& r) {
    std::vector<std::string> out;
    for (const fsck::Finding& f : r.findings)
        if (f.severity == fsck::Severity::Error)
            out.push_back(f.code);
    return out;
}

} // namespace

class TestPendingRepair : public QObject {
    Q_OBJECT
private slots:
    void noIntentNoFinding();
    void pendingIsFoundAndReported();
    void damagedIntentIsReported();
    void writesAreRefusedWhilePending();
    void finishingWritesOnlyTheIntent();
};

void TestPendingRepair::noIntentNoFinding() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const std::string intent = repair::intentPathFor(t.img, false);
    QVERIFY(!repair::findPendingRepair(intent));
    auto m = interrupted::open(t.img, media::Access::ReadOnly);
    QVERIFY(!repair::findPendingRepair(*m));
    QCOMPARE(repair::intentFileOf(*m), intent);
    const auto r = check(t, intent);
    QVERIFY(!r.has("REPAIR_PENDING"));
    QVERIFY(!r.has("REPAIR_INTENT_UNREADABLE"));
}

// One store in (the counters lowered), the log is clean but shorter: without the intent fsck
// would pass it; with it, fsck fails it with REPAIR_PENDING first.
void TestPendingRepair::pendingIsFoundAndReported() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const InterruptedRepair ir = interruptRepair(t, 1);
    QVERIFY(ir.stores >= 3);

    const auto p = repair::findPendingRepair(ir.intent);
    QVERIFY(p);
    QVERIFY(!p->damaged());
    QCOMPARE(p->stores, ir.stores);
    QCOMPARE(p->backupFile, ir.backup);
    QCOMPARE(p->intentFile, ir.intent);
    QVERIFY(std::abs(p->startedUnix - static_cast<int64_t>(::time(nullptr))) < 600);

    const auto clean = check(t, "");
    QCOMPARE(fsck::exitStatus(clean), int{fsck::FsckClean}); // the third state looks intact
    const auto r = check(t, ir.intent);
    QCOMPARE(errorCodes(r), std::vector<std::string>{"REPAIR_PENDING"});
    QCOMPARE(fsck::exitStatus(r), int{fsck::FsckErrors});
    const std::string& message = r.findings.front().message;
    QVERIFY2(message.find("famscope repair " + t.img) != std::string::npos, message.c_str());
    QVERIFY2(message.find("famscope restore " + ir.backup + " " + t.img) != std::string::npos,
             message.c_str());
    QVERIFY2(message.find(std::to_string(ir.stores) + " stores") != std::string::npos,
             message.c_str());

    // The JSON object names the same repair; without one there is no key.
    const auto written = [](const std::optional<repair::PendingRepair>& pending) {
        report::JsonWriter w;
        w.beginObject().field("a", 1);
        report::writeRepairPending(w, pending);
        w.endObject();
        return w.data();
    };
    const std::string json = written(p);
    QVERIFY2(json.find("\"repair_pending\": {") != std::string::npos, json.c_str());
    QVERIFY2(json.find("\"stores\": " + std::to_string(ir.stores)) != std::string::npos,
             json.c_str());
    QCOMPARE(written(std::nullopt), std::string("{\n  \"a\": 1\n}"));
}

void TestPendingRepair::damagedIntentIsReported() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const InterruptedRepair ir = interruptRepair(t, 1);
    damageIntentFile(ir.intent);
    const auto p = repair::findPendingRepair(ir.intent);
    QVERIFY(p);
    QVERIFY(p->damaged());
    QVERIFY2(p->unreadable.find("CRC") != std::string::npos, p->unreadable.c_str());
    const auto r = check(t, ir.intent);
    QCOMPARE(errorCodes(r), std::vector<std::string>{"REPAIR_INTENT_UNREADABLE"});
    QCOMPARE(fsck::exitStatus(r), int{fsck::FsckErrors});
    QVERIFY(report::pendingRepairText(t.img, *p).find("cannot be read") != std::string::npos);

    // Not a file at all: a directory where the intent would be.
    QVERIFY(QFile::remove(QString::fromStdString(ir.intent)));
    QVERIFY(QDir().mkdir(QString::fromStdString(ir.intent)));
    const auto dir = repair::findPendingRepair(ir.intent);
    QVERIFY(dir && dir->damaged());
}

void TestPendingRepair::writesAreRefusedWhilePending() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const InterruptedRepair ir = interruptRepair(t, 1);
    for (const bool force : {false, true}) {
        edit::SessionOptions o = t.options();
        o.force = force;
        auto s = edit::EditSession::open(t.img, o);
        QVERIFY(!s);
        QVERIFY2(s.error().find("an interrupted repair is pending") != std::string::npos,
                 s.error().c_str());
    }
    QVERIFY(interrupted::metadata(t.img) != ir.original); // nothing else wrote
    // Undone by restore: refused now only for the damaged entry the repair was for.
    QVERIFY(edit::restoreMetadata(ir.backup, t.img, false, t.mountinfo));
    QVERIFY(interrupted::metadata(t.img) == ir.original);
    QVERIFY(!repair::findPendingRepair(ir.intent));
    auto s = edit::EditSession::open(t.img, t.options());
    QVERIFY(!s);
    QVERIFY2(s.error().find("interrupted repair") == std::string::npos, s.error().c_str());
}

// The window's Finish repair: the repaired metadata exactly as a full runRepair writes it, and
// not one action more (the plan of the finished log is not written).
void TestPendingRepair::finishingWritesOnlyTheIntent() {
    TempImage t;
    interrupted::populateAndDamage(t);
    const auto damaged = interrupted::metadata(t.img);
    repair::RunOptions o;
    o.systemUuidPath = t.suuid;
    o.mountInfoPath = t.mountinfo;
    o.backupPath = t.dir.filePath(QStringLiteral("full.backup")).toStdString();
    o.plan.recover = true;
    o.plan.fsckOptions.systemUuidFile = t.suuid;
    const auto full = repair::runRepair(t.img, o);
    QVERIFY2(full.ok() && full->written, full.error().c_str());
    const auto repaired = interrupted::metadata(t.img);

    for (size_t done = 0; done < 3; ++done) {
        QVERIFY(edit::restoreMetadata(o.backupPath, t.img, false, t.mountinfo));
        QVERIFY(interrupted::metadata(t.img) == damaged);
        const InterruptedRepair ir = interruptRepair(t, done, "i" + std::to_string(done));
        const auto out = repair::finishPendingRepair(t.img, o);
        QVERIFY2(out.ok(), out.error().c_str());
        QCOMPARE(out->finishedBackup, ir.backup);
        QVERIFY(!out->written);
        QVERIFY(out->backupFile.empty()); // no backup of its own: it planned nothing
        QVERIFY(interrupted::metadata(t.img) == repaired);
        QVERIFY(!repair::findPendingRepair(ir.intent));
        QCOMPARE(fsck::exitStatus(check(t, ir.intent)), int{fsck::FsckClean});
    }
    // Nothing pending: nothing to do, nothing written.
    const auto nothing = repair::finishPendingRepair(t.img, o);
    QVERIFY(nothing.ok());
    QVERIFY(nothing->finishedBackup.empty());
    QVERIFY(interrupted::metadata(t.img) == repaired);

    // A mounted target is refused with the intent kept.
    QVERIFY(edit::restoreMetadata(o.backupPath, t.img, false, t.mountinfo));
    const InterruptedRepair ir = interruptRepair(t, 1);
    QFile mounts(QString::fromStdString(t.mountinfo));
    QVERIFY(mounts.open(QIODevice::WriteOnly));
    mounts.write(("36 25 0:32 / /mnt/famfs rw - famfs " + t.img + " rw\n").c_str());
    mounts.close();
    const auto refused = repair::finishPendingRepair(t.img, o);
    QVERIFY(refused.errorKind() == ErrorKind::Refused);
    QVERIFY(repair::findPendingRepair(ir.intent));
}

QTEST_GUILESS_MAIN(TestPendingRepair)
#include "tst_pending_repair.moc"
