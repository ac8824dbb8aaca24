// famscope repair through the real binary: the dry run (text and JSON), the refusal to write
// without a terminal unless --yes, restore undoing a repair byte for byte, and kill -9 at random
// instants during a repair that rewrites entries: once the repair intent left behind is
// finished (as the next `famscope repair` does), the metadata is the old or the repaired one,
// never a third state, and restore brings back the original byte for byte.
#include "CliRun.h"
#include "GoldenImages.h"
#include "SparseCopy.h"
#include "TempDir.h"

#include "core/edit/Backup.h"
#include "core/format/Constants.h"
#include "core/format/LogEntry.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"
#include "core/repair/RepairIntent.h"
#include "core/repair/RepairRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace famscope;
using cli::Run;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
const QString kSystemUuid = QStringLiteral("5a3e1f0c-7d2b-4c1e-9f60-a1b2c3d4e5f6");

std::vector<uint8_t> metadata(const QString& img) {
    auto m = media::openMedia(img.toStdString(), media::Access::ReadOnly);
    if (!m)
        qFatal("cannot open %s", qPrintable(img));
    return *(*m)->read(0, famfs::kLogOffset + 8 * kMiB);
}

void putMetadata(const QString& img, const std::vector<uint8_t>& bytes) {
    auto m = media::openMedia(img.toStdString(), media::Access::ReadWrite);
    if (!m || !(*m)->write(0, bytes) || !(*m)->flush(0, bytes.size()))
        qFatal("cannot write the metadata of %s", qPrintable(img));
}

uint64_t slotOffset(uint64_t i) {
    return famfs::kLogOffset + famfs::kLogHeaderSize + i * famfs::kLogEntrySize;
}

} // namespace

class TestCliRepair : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunPrintsThePlan();
    void refusesWithoutTerminalUnlessYes();
    void restoreUndoesTheRepair();
    void killedRepairLeavesOldOrRepaired();
    void nextRepairFinishesAnInterruptedOne();

private:
    QStringList opts(QStringList args) const {
        return args + QStringList{QStringLiteral("--system-uuid-file"), suuid_};
    }
    QString freshDamaged(const QString& name) const {
        const QString img = tempPath(dir_, name);
        QFile::remove(img);
        if (!copySparse(base_, img))
            qFatal("cannot copy the image");
        return img;
    }

    QTemporaryDir dir_;
    QString suuid_;
    QString base_; // slot 2 of 6 damaged: a repair --recover rewrites slots 2..4 of 5
};

void TestCliRepair::initTestCase() {
    suuid_ = tempPath(dir_, QStringLiteral("system_uuid"));
    QFile u(suuid_);
    QVERIFY(u.open(QIODevice::WriteOnly));
    u.write((kSystemUuid + QLatin1Char('\n')).toUtf8());
    u.close();
    base_ = tempPath(dir_, QStringLiteral("base.img"));
    const auto ok = [](const Run& r) {
        if (r.exitCode != 0)
            qFatal("famscope: %s", r.err.constData());
    };
    ok(cli::famscope(opts({QStringLiteral("mkfs"), base_, QStringLiteral("--size"),
                           QStringLiteral("512M"), QStringLiteral("--no-backup")})));
    ok(cli::famscope(opts(
        {QStringLiteral("mkdir"), base_, QStringLiteral("d"), QStringLiteral("--no-backup")})));
    for (int i = 0; i < 5; ++i)
        ok(cli::famscope(opts({QStringLiteral("creat"), base_, QStringLiteral("f%1").arg(i),
                               QStringLiteral("-s"), QStringLiteral("3M"), QStringLiteral("-S"),
                               QString::number(i + 1), QStringLiteral("--no-backup")})));
    // Slot 2 ("f1") changed after it was written: its CRC no longer matches.
    auto m = media::openMedia(base_.toStdString(), media::Access::ReadWrite);
    QVERIFY(m);
    auto byte = (*m)->read(slotOffset(2) + 30, 1);
    (*byte)[0] ^= 0x40;
    QVERIFY((*m)->write(slotOffset(2) + 30, *byte));
}

void TestCliRepair::dryRunPrintsThePlan() {
    const QString img = freshDamaged(QStringLiteral("dry.img"));
    const auto before = metadata(img);
    Run r = cli::famscope(opts({QStringLiteral("repair"), img, QStringLiteral("--dry-run")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("end-log") && r.out.contains("ENTRY_CRC"), r.out.constData());
    QVERIFY(r.out.contains("dry run: nothing written"));
    r = cli::famscope(opts({QStringLiteral("repair"), img, QStringLiteral("--dry-run"),
                            QStringLiteral("--recover"), QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(QStringLiteral("entries_before")).toInt(), 6);
    QCOMPARE(j.value(QStringLiteral("entries_after")).toInt(), 5);
    QCOMPARE(j.value(QStringLiteral("first_rewritten_entry")).toInt(), 2);
    QCOMPARE(j.value(QStringLiteral("recovered_files")).toArray().size(), 3);
    QCOMPARE(j.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(metadata(img), before);
}

void TestCliRepair::refusesWithoutTerminalUnlessYes() {
    const QString img = freshDamaged(QStringLiteral("tty.img"));
    const auto before = metadata(img);
    Run r = cli::famscope(opts({QStringLiteral("repair"), img})); // stdin is not a terminal
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.err.contains("not a terminal"), r.err.constData());
    QCOMPARE(metadata(img), before);
    r = cli::famscope(opts({QStringLiteral("repair"), img, QStringLiteral("--yes")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("repaired; backup of the metadata region"));
    r = cli::famscope({QStringLiteral("fsck"), img, QStringLiteral("--system-uuid-file"), suuid_});
    QVERIFY2(r.exitCode == 0, r.out.constData()); // clean: no errors, no warnings
    r = cli::famscope(opts({QStringLiteral("repair"), img, QStringLiteral("--yes")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("nothing to repair"));
}

void TestCliRepair::restoreUndoesTheRepair() {
    const QString img = freshDamaged(QStringLiteral("restore.img"));
    const auto before = metadata(img);
    const QString backup = tempPath(dir_, QStringLiteral("restore.backup"));
    Run r = cli::famscope(opts({QStringLiteral("repair"), img, QStringLiteral("--recover"),
                                QStringLiteral("--yes"), QStringLiteral("--backup"), backup}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(metadata(img) != before);
    r = cli::famscope({QStringLiteral("restore"), backup, img});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(metadata(img), before);
}

void TestCliRepair::killedRepairLeavesOldOrRepaired() {
    const QString img = freshDamaged(QStringLiteral("kill.img"));
    const auto original = metadata(img);
    const QString doneBackup = tempPath(dir_, QStringLiteral("kill-full.backup"));
    QElapsedTimer t;
    t.start();
    Run r = cli::famscope(opts({QStringLiteral("repair"), img, QStringLiteral("--recover"),
                                QStringLiteral("--yes"), QStringLiteral("--backup"), doneBackup}));
    const qint64 fullUs = t.nsecsElapsed() / 1000;
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto repaired = metadata(img);
    int olds = 0, news = 0, thirds = 0, midWrite = 0, finished = 0;
    for (int trial = 0; trial < 100; ++trial) {
        putMetadata(img, original);
        const QString backup = tempPath(dir_, QStringLiteral("kill-%1.backup").arg(trial));
        QProcess p;
        p.setProcessEnvironment(cli::headlessEnvironment());
        p.start(golden::famscopeBinary(),
                opts({QStringLiteral("repair"), img, QStringLiteral("--recover"),
                      QStringLiteral("--yes"), QStringLiteral("--backup"), backup}));
        QVERIFY(p.waitForStarted());
        QThread::usleep(QRandomGenerator::global()->bounded(quint64(std::max<qint64>(fullUs, 1))));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(30000));
        const auto killed = metadata(img);
        // What the next `famscope repair` does first: finish the repair the intent records.
        const std::string intentPath = repair::intentPathFor(img.toStdString(), false);
        auto intent = repair::readIntent(intentPath);
        QVERIFY2(intent, intent ? "" : intent.error().c_str());
        if (*intent) {
            ++finished;
            auto m = media::openMedia(img.toStdString(), media::Access::ReadWrite);
            QVERIFY(m);
            const Status st = repair::finishIntent(**m, **intent, intentPath);
            QVERIFY2(st, st ? "" : st.error().c_str());
        }
        QVERIFY(!QFile::exists(QString::fromStdString(intentPath)));
        const auto now = metadata(img);
        if (killed != original && killed != repaired)
            ++midWrite;
        if (now == original) {
            ++olds;
            continue;
        }
        if (now == repaired)
            ++news;
        else
            ++thirds;
        // the backup is whole whenever the media changed: it is written and synced first
        auto m = media::openMedia(img.toStdString(), media::Access::ReadWrite);
        QVERIFY(m);
        auto restored = edit::restoreBackup(backup.toStdString(), **m, false);
        QVERIFY2(restored, restored ? "" : restored.error().c_str());
        m->reset();
        QVERIFY2(metadata(img) == original,
                 qPrintable(QStringLiteral("trial %1: restore is not byte for byte").arg(trial)));
    }
    qInfo("repair kills: %d old, %d repaired, %d third states; %d killed mid-write, %d intents "
          "finished",
          olds, news, thirds, midWrite, finished);
    QCOMPARE(thirds, 0);
}

// An intent left by a repair killed after its first store: the dry run says so, and the next
// `famscope repair` finishes it to the repaired metadata, says so, and has nothing left to do.
void TestCliRepair::nextRepairFinishesAnInterruptedOne() {
    const QString img = freshDamaged(QStringLiteral("finish.img"));
    const QString done = freshDamaged(QStringLiteral("finish-done.img"));
    Run r = cli::famscope(
        opts({QStringLiteral("repair"), done, QStringLiteral("--recover"), QStringLiteral("--yes"),
              QStringLiteral("--backup"), tempPath(dir_, QStringLiteral("finish-done.backup"))}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto repaired = metadata(done);
    {
        auto m = media::openMedia(img.toStdString(), media::Access::ReadWrite);
        QVERIFY(m);
        auto before = fs::loadFileSystem(**m);
        QVERIFY(before);
        repair::RepairOptions o;
        o.recover = true;
        o.fsckOptions.systemUuidFile = suuid_.toStdString();
        const auto plan = repair::planRepair(*before, fsck::runFsck(*before, o.fsckOptions), o);
        auto stores = repair::repairStores(**m, *before, plan);
        QVERIFY(stores);
        const std::string backup = tempPath(dir_, QStringLiteral("finish.backup")).toStdString();
        QVERIFY(edit::writeBackup(**m, famfs::kLogOffset + before->sb.logLen, backup));
        repair::RepairIntent intent{(*m)->size(), backup, *stores};
        QVERIFY(repair::writeIntent(intent, repair::intentPathFor(img.toStdString(), false)));
        intent.stores.resize(1); // the counters lowered to the unchanged prefix, then killed
        QVERIFY(repair::applyStores(**m, intent.stores));
    }
    QVERIFY(metadata(img) != repaired);
    r = cli::famscope(opts({QStringLiteral("repair"), img, QStringLiteral("--dry-run")}));
    QVERIFY2(r.err.contains("an interrupted repair is recorded"), r.err.constData());
    r = cli::famscope(opts(
        {QStringLiteral("repair"), img, QStringLiteral("--recover"), QStringLiteral("--yes")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("finished an interrupted repair"), r.err.constData());
    QVERIFY2(r.out.contains("nothing to repair"), r.out.constData());
    QVERIFY(metadata(img) == repaired);
    QVERIFY(!QFile::exists(img + QStringLiteral(".famscope-repair-intent")));
}

QTEST_GUILESS_MAIN(TestCliRepair)
#include "tst_cli_repair.moc"
