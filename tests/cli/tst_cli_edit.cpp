// The write commands through the real famscope binary: mkfs / creat --seed / verify / mkdir /
// cp / restore and their exit statuses; crash injection (a writer killed with SIGKILL at random
// instants, >= 100 times, each time the log must replay cleanly, fsck must find no bad entry
// and no collision, the entries present must be a prefix of those attempted, and every logged
// file must hold its complete data); and two writers at once (one refused, nothing corrupted).
#include "CliRun.h"
#include "GoldenImages.h"

#include "core/edit/EditSession.h"
#include "core/edit/Mkfs.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/Media.h"

#include "TempDir.h"
#include "TempSpace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace famscope;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

using cli::Run;

Run runFamscope(const QStringList& args) {
    return cli::famscope(args);
}

struct Image {
    QTemporaryDir dir;
    QString img, suuid;
    explicit Image(uint64_t size) {
        img = tempPath(dir, QStringLiteral("fs.img"));
        suuid = tempPath(dir, QStringLiteral("system_uuid"));
        QFile u(suuid);
        u.open(QIODevice::WriteOnly);
        u.write("5a3e1f0c-7d2b-4c1e-9f60-a1b2c3d4e5f6\n");
        u.close();
        const Run r =
            runFamscope({QStringLiteral("mkfs"), img, QStringLiteral("--size"),
                         QString::number(size), QStringLiteral("--system-uuid-file"), suuid});
        if (r.exitCode != 0)
            qFatal("mkfs failed: %s", r.err.constData());
    }
    QStringList write(const QStringList& args) const {
        return args + QStringList{QStringLiteral("--system-uuid-file"), suuid,
                                  QStringLiteral("--no-backup")};
    }
};

struct Check {
    bool clean = false;
    QString why;
    std::vector<std::string> paths; // entry paths in log order
};

// fsck-clean and mount-clean, with every logged file's data equal to its host source.
Check checkImage(const QString& img, const QString& sourceRoot, const QString& destPrefix) {
    Check c;
    auto m = media::openMedia(img.toStdString(), media::Access::ReadOnly);
    if (!m) {
        c.why = QString::fromStdString(m.error());
        return c;
    }
    auto fs = fs::loadFileSystem(**m);
    if (!fs || !fs->log.crcValid() || fs->log.nextIndex != fs->log.nextSeqnum) {
        c.why = QStringLiteral("log header damaged or counters differ");
        return c;
    }
    const fs::AllocationMap am = fs::buildAllocationMap(*fs);
    if (am.badEntries != 0 || am.collisions != 0) {
        c.why = QStringLiteral("fsck: %1 bad entries, %2 collisions")
                    .arg(am.badEntries)
                    .arg(am.collisions);
        return c;
    }
    const fs::Namespace ns = fs::replay(*fs, fs::ReplayMode::Mount);
    if (ns.stoppedAt || ns.refused || ns.stats.fErrs || ns.stats.dErrs) {
        c.why = QStringLiteral("replay did not complete cleanly");
        return c;
    }
    for (const auto& e : fs->entries)
        c.paths.push_back(e.path());
    for (const fs::FsFile& f : ns.files) {
        const QString rel = QString::fromStdString(f.path);
        if (!rel.startsWith(destPrefix))
            continue;
        QFile src(sourceRoot + rel.mid(destPrefix.size()));
        if (!src.open(QIODevice::ReadOnly)) {
            c.why = QStringLiteral("no source for ") + rel;
            return c;
        }
        const QByteArray want = src.readAll();
        auto runs = fs::resolveRange(f.map, f.size, 0, f.size);
        QByteArray got;
        for (const auto& r : *runs) {
            auto b = (*m)->read(r.deviceOffset, std::min(r.length, f.size - r.fileOffset));
            got.append(reinterpret_cast<const char*>(b->data()), qsizetype(b->size()));
        }
        if (got != want) {
            c.why = QStringLiteral("data of ") + rel + QStringLiteral(" incomplete");
            return c;
        }
    }
    c.clean = true;
    return c;
}

// The sizes of the files of makeSourceTree: big enough that copying takes a while.
constexpr int kTreeFiles = 16;
qsizetype treeFileBytes(int n) {
    return qsizetype(kMiB) + n * 131071;
}
uint64_t sourceTreeBytes() {
    uint64_t sum = 0;
    for (int n = 0; n < kTreeFiles; ++n)
        sum += uint64_t(treeFileBytes(n));
    return sum;
}
// Room for an image's superblock, log and backups, beside its files' data.
constexpr uint64_t kMetadataRoom = 32 * kMiB;

// A host tree of kTreeFiles files.
void makeSourceTree(const QString& root) {
    QDir().mkpath(root + QStringLiteral("/sub/deeper"));
    QDir().mkpath(root + QStringLiteral("/other"));
    int n = 0;
    for (const QString& d : {QString(), QStringLiteral("/sub"), QStringLiteral("/sub/deeper"),
                             QStringLiteral("/other")})
        for (int i = 0; i < 4; ++i, ++n) {
            QFile f(root + d + QStringLiteral("/f%1.bin").arg(i));
            f.open(QIODevice::WriteOnly);
            QByteArray data(treeFileBytes(n), '\0');
            for (qsizetype k = 0; k < data.size(); k += 4096)
                data[k] = char(n + 1);
            f.write(data);
        }
}

} // namespace

class TestCliEdit : public QObject {
    Q_OBJECT

private slots:
    void writeCommandsAndExitStatuses() {
        Image im(256 * kMiB);
        Run r = runFamscope(im.write({QStringLiteral("creat"), im.img, QStringLiteral("f"),
                                      QStringLiteral("--size"), QStringLiteral("3M"),
                                      QStringLiteral("--seed"), QStringLiteral("42")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("randomized 3145728 bytes"));
        r = runFamscope({QStringLiteral("verify"), im.img, QStringLiteral("f"),
                         QStringLiteral("--seed"), QStringLiteral("42")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Success: verified 3145728 bytes in file f"));
        r = runFamscope({QStringLiteral("verify"), im.img, QStringLiteral("f"),
                         QStringLiteral("--seed"), QStringLiteral("43")});
        QCOMPARE(r.exitCode, 9);
        QVERIFY(r.out.contains("Verify fail: f at offset 0 of 3145728 bytes"));
        r = runFamscope(im.write({QStringLiteral("creat"), im.img, QStringLiteral("f"),
                                  QStringLiteral("--size"), QStringLiteral("1")}));
        QCOMPARE(r.exitCode, 8);
        QVERIFY(r.err.contains("already exists"));
        r = runFamscope(im.write(
            {QStringLiteral("mkdir"), im.img, QStringLiteral("a/b"), QStringLiteral("-p")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("created directory a/b"));
        r = runFamscope(
            im.write({QStringLiteral("creat"), im.img, QStringLiteral("x"),
                      QStringLiteral("--size"), QStringLiteral("8M"), QStringLiteral("--plan")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("nothing written"));
        r = runFamscope(
            {QStringLiteral("mkfs"), im.img, QStringLiteral("--system-uuid-file"), im.suuid});
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("already has a famfs superblock"));

        // A write with a backup, then restore.
        const QString backup = im.dir.filePath(QStringLiteral("bk"));
        r = runFamscope({QStringLiteral("mkdir"), im.img, QStringLiteral("c"),
                         QStringLiteral("--system-uuid-file"), im.suuid, QStringLiteral("--backup"),
                         backup});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("backup of the metadata region"));
        r = runFamscope({QStringLiteral("restore"), backup, im.img});
        QCOMPARE(r.exitCode, 0);
        auto m = media::openMedia(im.img.toStdString(), media::Access::ReadOnly);
        auto fs = fs::loadFileSystem(**m);
        QVERIFY(!fs::replay(*fs, fs::ReplayMode::Mount).findDir("c"));
        QVERIFY(fs::replay(*fs, fs::ReplayMode::Mount).findDir("a/b"));
    }

    void crashInjection() {
        // The source tree, the reference copy and at most one more copy per trial.
        constexpr int kTrials = 100;
        const uint64_t room = kMetadataRoom + (kTrials + 2) * sourceTreeBytes();
        SKIP_UNLESS_TEMP_SPACE(
            room, QStringLiteral("a source tree and %1 copies of it").arg(kTrials + 1));
        Image im(8ULL << 30);
        QTemporaryDir srcDir;
        const QString src = srcDir.filePath(QStringLiteral("tree"));
        makeSourceTree(src);

        // The uninterrupted run: what one trial attempts, and how long it takes.
        QElapsedTimer timer;
        timer.start();
        Run ref = runFamscope(im.write(
            {QStringLiteral("cp"), QStringLiteral("-r"), im.img, src, QStringLiteral("ref")}));
        const qint64 fullMs = timer.elapsed();
        SKIP_IF_TEMP_RAN_OUT(ref.err, sourceTreeBytes());
        QCOMPARE(ref.exitCode, 0);
        Check base = checkImage(im.img, src, QStringLiteral("ref"));
        QVERIFY2(base.clean, qPrintable(base.why));
        std::vector<std::string> attempted; // relative to the destination
        for (const auto& p : base.paths)
            attempted.push_back(p.substr(3)); // strip "ref"
        QVERIFY(attempted.size() >= 18);

        int partial = 0, none = 0, full = 0;
        size_t before = base.paths.size();
        auto* rng = QRandomGenerator::global();
        for (int trial = 0; trial < kTrials; ++trial) {
            const QString dest = QStringLiteral("t%1").arg(trial);
            QProcess p;
            p.setProcessEnvironment(cli::headlessEnvironment());
            p.start(golden::famscopeBinary(),
                    im.write({QStringLiteral("cp"), QStringLiteral("-r"), im.img, src, dest}));
            QVERIFY(p.waitForStarted());
            QThread::usleep(rng->bounded(quint64(fullMs * 1000)));
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(30000);
            // A copy that stopped on a full TMPDIR before the kill would pass for a kill that
            // landed before any entry.
            SKIP_IF_TEMP_RAN_OUT(p.readAllStandardError(), sourceTreeBytes());

            const Check c = checkImage(im.img, src, dest);
            QVERIFY2(c.clean, qPrintable(QStringLiteral("trial %1: ").arg(trial) + c.why));
            QVERIFY(c.paths.size() >= before);
            const size_t added = c.paths.size() - before;
            QVERIFY(added <= attempted.size());
            for (size_t i = 0; i < added; ++i)
                QCOMPARE(QString::fromStdString(c.paths[before + i]),
                         dest + QString::fromStdString(attempted[i]));
            (added == 0 ? none : added == attempted.size() ? full : partial)++;
            before = c.paths.size();
        }
        qInfo("crash trials: %d killed before any entry, %d mid-way, %d after the last", none,
              partial, full);
        QVERIFY2(partial >= 5, "too few kills landed while entries were being written");
        // The file system is still writable after all that.
        QCOMPARE(runFamscope(im.write({QStringLiteral("mkdir"), im.img, QStringLiteral("after")}))
                     .exitCode,
                 0);
    }

    void secondWriterIsRefused() {
        // The source tree and two copies of it in each of the rounds below.
        constexpr int kRounds = 5;
        SKIP_UNLESS_TEMP_SPACE(
            kMetadataRoom + (2 * kRounds + 1) * sourceTreeBytes(),
            QStringLiteral("a source tree and %1 copies of it").arg(2 * kRounds));
        Image im(8ULL << 30);
        {
            edit::SessionOptions so;
            so.systemUuidPath = im.suuid.toStdString();
            so.backup = false;
            auto held = edit::EditSession::open(im.img.toStdString(), so);
            QVERIFY2(held, held.error().c_str());
            const Run r =
                runFamscope(im.write({QStringLiteral("mkdir"), im.img, QStringLiteral("x")}));
            QCOMPARE(r.exitCode, 7);
            QVERIFY(r.err.contains("another famscope process"));
        }
        // Two real writers started together: each either completes or is refused by the lock.
        QTemporaryDir srcDir;
        const QString src = srcDir.filePath(QStringLiteral("tree"));
        makeSourceTree(src);
        for (int round = 0; round < kRounds; ++round) {
            QProcess a, b;
            a.setProcessEnvironment(cli::headlessEnvironment());
            b.setProcessEnvironment(cli::headlessEnvironment());
            const QString da = QStringLiteral("a%1").arg(round),
                          db = QStringLiteral("b%1").arg(round);
            a.start(golden::famscopeBinary(),
                    im.write({QStringLiteral("cp"), QStringLiteral("-r"), im.img, src, da}));
            b.start(golden::famscopeBinary(),
                    im.write({QStringLiteral("cp"), QStringLiteral("-r"), im.img, src, db}));
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            int ok = 0;
            for (QProcess* p : {&a, &b}) {
                if (p->exitCode() == 0) {
                    ++ok;
                    continue;
                }
                const QByteArray err = p->readAllStandardError();
                SKIP_IF_TEMP_RAN_OUT(err, sourceTreeBytes());
                QVERIFY2(p->exitCode() == 7 && err.contains("another famscope process"),
                         qPrintable(QStringLiteral("a writer failed for another reason than the "
                                                   "lock (exit %1): ")
                                        .arg(p->exitCode()) +
                                    QString::fromLocal8Bit(err)));
            }
            QVERIFY(ok >= 1);
            const Check ca = checkImage(im.img, src, da);
            QVERIFY2(ca.clean, qPrintable(ca.why));
            const Check cb = checkImage(im.img, src, db);
            QVERIFY2(cb.clean, qPrintable(cb.why));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
