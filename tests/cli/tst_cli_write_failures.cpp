// The write commands when things go wrong, through the real famscope binary:
// * a full host disk (an image on a 64 MiB tmpfs in a private mount namespace): every write
//   command fails with a message and exit 8, never a SIGBUS, and the old state survives;
// * kill -9 at random instants during mkfs --force, creat, mkdir and cp: the target holds the
//   old state, the new state, or (mkfs only) media plainly not famfs;
// * mkfs with a size too small for famfs leaves no file; a backup that cannot be written is
//   exit 8 in mkfs as in the other write commands.
#include "CliRun.h"
#include "GoldenImages.h"

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

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace famscope;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
const QString kSystemUuid = QStringLiteral("5a3e1f0c-7d2b-4c1e-9f60-a1b2c3d4e5f6");

using cli::Run;

// What a target holds, as far as these tests care.
struct FsState {
    bool magic = false;             // the famfs superblock magic is at offset 0
    bool usable = false;            // superblock and log header valid, counters agree, fsck-clean
    std::string uuid;               // of the file system, when usable
    std::vector<std::string> paths; // log entries in order, when usable
    QString why;                    // why not usable
};

FsState readState(const QString& img) {
    FsState s;
    auto m = media::openMedia(img.toStdString(), media::Access::ReadOnly);
    if (!m) {
        s.why = QString::fromStdString(m.error());
        return s;
    }
    auto fs = fs::loadFileSystem(**m);
    if (!fs) {
        s.why = QString::fromStdString(fs.error());
        return s;
    }
    s.magic = fs->sb.magicValid();
    if (!s.magic || !fs->sb.crcValid()) {
        s.why = QStringLiteral("superblock magic or CRC is wrong");
        return s;
    }
    if (!fs->logHeaderRead || !fs->log.magicValid() || !fs->log.crcValid() ||
        fs->log.nextIndex != fs->log.nextSeqnum) {
        s.why = QStringLiteral("valid superblock over a damaged log header");
        return s;
    }
    const fs::AllocationMap am = fs::buildAllocationMap(*fs);
    const fs::Namespace ns = fs::replay(*fs, fs::ReplayMode::Mount);
    if (am.badEntries != 0 || am.collisions != 0 || ns.stoppedAt || ns.refused) {
        s.why = QStringLiteral("fsck finds bad entries or collisions");
        return s;
    }
    s.usable = true;
    s.uuid = fs->sb.uuid.toString();
    for (const auto& e : fs->entries)
        s.paths.push_back(e.path());
    return s;
}

struct Workspace {
    QTemporaryDir dir;
    QString suuid;
    Workspace() {
        suuid = tempPath(dir, QStringLiteral("system_uuid"));
        QFile u(suuid);
        if (!u.open(QIODevice::WriteOnly) || u.write((kSystemUuid + '\n').toUtf8()) <= 0)
            qFatal("cannot write the system UUID file");
    }
    QString path(const QString& name) const { return tempPath(dir, name); }
    // Write options: this host owns the file system; no backup unless a test asks.
    QStringList write(const QStringList& args, bool backup = false) const {
        QStringList all = args + QStringList{QStringLiteral("--system-uuid-file"), suuid};
        if (!backup)
            all << QStringLiteral("--no-backup");
        return all;
    }
    Run mkfs(const QString& img, uint64_t size) const {
        return cli::famscope(
            write({QStringLiteral("mkfs"), img, QStringLiteral("--size"), QString::number(size)}));
    }
};

// Writes `size` bytes of a pattern that differs in every 4 KiB block.
bool writeHostFile(const QString& path, qint64 size) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(4096, '\0');
    for (qint64 off = 0; off < size; off += block.size()) {
        block.fill(char(1 + (off / 4096) % 251));
        if (f.write(block.constData(), std::min<qint64>(block.size(), size - off)) < 0)
            return false;
    }
    return true;
}

// Fills the file system holding `path` until it has no room left for another 4 KiB block.
void fillFileSystem(const QString& path) {
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(fd >= 0);
    static char block[1 << 20];
    std::memset(block, 0x5a, sizeof block);
    for (size_t chunk : {sizeof block, size_t{4096}})
        while (::write(fd, block, chunk) == static_cast<ssize_t>(chunk)) {
        }
    ::close(fd);
}

// A copy of `from` that keeps holes where `from` has zero pages, as an image made by a tool
// that never touched them would have.
void copySparse(const QString& from, const QString& to) {
    QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), from, to}),
             0);
}

// Starts famscope, kills it with SIGKILL after a random part of `fullUs`, and waits for it.
void runAndKill(const QStringList& args, qint64 fullUs) {
    QProcess p;
    p.setProcessEnvironment(cli::headlessEnvironment());
    p.start(golden::famscopeBinary(), args);
    QVERIFY(p.waitForStarted());
    QThread::usleep(QRandomGenerator::global()->bounded(quint64(std::max<qint64>(fullUs, 1))));
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(30000));
}

qint64 timedRunUs(const QStringList& args, int expectedExit) {
    QElapsedTimer t;
    t.start();
    const Run r = cli::famscope(args);
    const qint64 us = t.nsecsElapsed() / 1000;
    if (r.exitCode != expectedExit)
        qWarning("famscope %s: exit %d: %s", qPrintable(args.join(' ')), r.exitCode,
                 r.err.constData());
    return r.exitCode == expectedExit ? us : -1;
}

bool isPrefix(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.size() <= b.size() && std::equal(a.begin(), a.end(), b.begin());
}

// Mounts a tmpfs of `size` bytes on `dir`, visible only to this process and its children.
// Returns why it cannot, or an empty string.
QString mountPrivateTmpfs(const QString& dir, const QByteArray& size) {
    if (::unshare(CLONE_NEWNS) != 0)
        return QStringLiteral("cannot make a private mount namespace (unshare: %1)")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return QStringLiteral("cannot make mounts private: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    const QByteArray options = "size=" + size;
    if (::mount("famscope-test", dir.toLocal8Bit().constData(), "tmpfs", 0, options.constData()) !=
        0)
        return QStringLiteral("cannot mount a tmpfs: %1")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

} // namespace

class TestCliWriteFailures : public QObject {
    Q_OBJECT

private slots:
    void mkfsTooSmallLeavesNoFile() {
        Workspace w;
        for (const char* size : {"0", "1", "10M"}) {
            const QString img = w.path(QStringLiteral("small-%1.img").arg(QLatin1String(size)));
            const Run r = cli::famscope(w.write(
                {QStringLiteral("mkfs"), img, QStringLiteral("--size"), QLatin1String(size)}));
            QCOMPARE(r.exitCode, 7);
            QVERIFY2(r.err.contains("cannot hold"), r.err.constData());
            QVERIFY2(!QFile::exists(img), size);
        }
    }

    // A backup that cannot be written stops every write command with exit 8, before any write.
    void backupFailureExits8() {
        Workspace w;
        const QString img = w.path(QStringLiteral("fs.img"));
        QCOMPARE(w.mkfs(img, 4ULL << 30).exitCode, 0);
        QCOMPARE(
            cli::famscope(w.write({QStringLiteral("mkdir"), img, QStringLiteral("d")})).exitCode,
            0);
        const FsState before = readState(img);
        QVERIFY2(before.usable, qPrintable(before.why));
        const QString nowhere = w.path(QStringLiteral("missing-dir/backup"));
        for (const QStringList& args :
             {QStringList{QStringLiteral("mkfs"), img, QStringLiteral("--force")},
              QStringList{QStringLiteral("mkdir"), img, QStringLiteral("e")},
              QStringList{QStringLiteral("creat"), img, QStringLiteral("f"), QStringLiteral("-s"),
                          QStringLiteral("4M")}}) {
            const Run r = cli::famscope(
                w.write(args + QStringList{QStringLiteral("--backup"), nowhere}, true));
            QVERIFY2(r.exitCode == 8, qPrintable(args.first() + ": " + r.err));
            QVERIFY2(r.err.contains("backup"), r.err.constData());
            const FsState after = readState(img);
            QVERIFY(after.usable);
            QCOMPARE(after.uuid, before.uuid);
            QCOMPARE(after.paths, before.paths);
        }
    }

    void fullHostDisk() {
        QTemporaryDir outer;
        const QString mnt = tempPath(outer, QStringLiteral("tmpfs"));
        QVERIFY(QDir().mkpath(mnt));
        const QString why = mountPrivateTmpfs(mnt, "64M");
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
        Workspace w; // system UUID file and host sources stay off the small file system
        const QString img = mnt + QStringLiteral("/fs.img");

        // 1. A sparse 4 GiB image fits; 100 MiB of file data does not.
        Run r = w.mkfs(img, 4ULL << 30);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            cli::famscope(w.write({QStringLiteral("mkdir"), img, QStringLiteral("d")})).exitCode,
            0);
        const FsState start = readState(img);
        QVERIFY2(start.usable, qPrintable(start.why));
        r = cli::famscope(
            w.write({QStringLiteral("creat"), img, QStringLiteral("big"), QStringLiteral("-s"),
                     QStringLiteral("100M"), QStringLiteral("-S"), QStringLiteral("1")}));
        QVERIFY2(r.exitCode == 8, qPrintable(QStringLiteral("creat: exit %1: ").arg(r.exitCode) +
                                             QString::fromLocal8Bit(r.err)));
        QVERIFY2(r.err.contains("No space left"), r.err.constData());
        QCOMPARE(readState(img).paths, start.paths);

        // 2. The host disk full to the last block.
        const QString hostSrc = w.path(QStringLiteral("src.bin"));
        QVERIFY(writeHostFile(hostSrc, 4 * qint64(kMiB)));
        fillFileSystem(mnt + QStringLiteral("/filler"));
        r = cli::famscope(w.write({QStringLiteral("cp"), img, hostSrc, QStringLiteral("copy")}));
        QVERIFY2(r.exitCode == 8, qPrintable(QStringLiteral("cp: exit %1: ").arg(r.exitCode) +
                                             QString::fromLocal8Bit(r.err)));
        QVERIFY2(!r.err.contains("cannot read"), r.err.constData()); // the source is fine
        QVERIFY2(r.err.contains("No space left"), r.err.constData());
        // mkfs reserved the whole log, so a log entry still fits on a full disk.
        r = cli::famscope(w.write({QStringLiteral("mkdir"), img, QStringLiteral("d2")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        std::vector<std::string> expected = start.paths;
        expected.push_back("d2");
        QCOMPARE(readState(img).paths, expected);

        // 3. mkfs of a new image on a full disk: an error, and no file left behind.
        const QString img2 = mnt + QStringLiteral("/new.img");
        r = w.mkfs(img2, 4ULL << 30);
        QVERIFY2(r.exitCode == 8, qPrintable(QStringLiteral("mkfs: exit %1: ").arg(r.exitCode) +
                                             QString::fromLocal8Bit(r.err)));
        QVERIFY2(r.err.contains("No space left"), r.err.constData());
        QVERIFY(!QFile::exists(img2));

        // 4. mkfs --force over an image whose log pages are holes (as another tool may leave
        // them): refused for lack of space before the old file system is touched.
        QVERIFY(QFile::remove(mnt + QStringLiteral("/filler")));
        const QString holes = mnt + QStringLiteral("/holes.img");
        copySparse(img, holes);
        const FsState old = readState(holes);
        QVERIFY2(old.usable, qPrintable(old.why));
        fillFileSystem(mnt + QStringLiteral("/filler"));
        r = cli::famscope(w.write({QStringLiteral("mkfs"), holes, QStringLiteral("--force")}));
        QVERIFY2(r.exitCode == 8,
                 qPrintable(QStringLiteral("mkfs --force: exit %1: ").arg(r.exitCode) +
                            QString::fromLocal8Bit(r.err)));
        const FsState after = readState(holes);
        QVERIFY2(after.usable, qPrintable(after.why));
        QCOMPARE(after.uuid, old.uuid);
        QCOMPARE(after.paths, old.paths);
        // 5. An output picture on the full disk: an error, and no empty or short file.
        const QString pic = mnt + QStringLiteral("/pic.png");
        r = cli::famscope(
            {QStringLiteral("heatmap"), QStringLiteral("--demo"), QStringLiteral("--png"), pic});
        QVERIFY2(r.exitCode == 8, qPrintable(QStringLiteral("heatmap: exit %1: ").arg(r.exitCode) +
                                             QString::fromLocal8Bit(r.err)));
        QVERIFY2(r.err.contains("No space left"), r.err.constData());
        QVERIFY(!QFile::exists(pic));
        QCOMPARE(QDir(mnt).entryList(QDir::Files | QDir::Hidden).size(), 3); // no temporaries
        QVERIFY(::umount2(mnt.toLocal8Bit().constData(), MNT_DETACH) == 0);
    }

    // Output files are refused when special, replaced whole when regular.
    void heatmapOutputs() {
        Workspace w;
        const QStringList draw{QStringLiteral("heatmap"), QStringLiteral("--demo")};
        Run r =
            cli::famscope(draw + QStringList{QStringLiteral("--svg"), QStringLiteral("/dev/full")});
        QCOMPARE(r.exitCode, 8); // an output that cannot be written, as for the write commands
        QVERIFY2(r.err.contains("/dev/full is a character device"), r.err.constData());

        const QString fifo = w.path(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        QElapsedTimer t;
        t.start();
        r = cli::famscope(draw + QStringList{QStringLiteral("--png"), fifo}, {}, 20000);
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains("is a FIFO"), r.err.constData());
        QVERIFY(t.elapsed() < 10000);

        // An existing file is replaced by the complete picture; nothing else is left behind.
        const QString svg = w.path(QStringLiteral("map.svg"));
        {
            QFile f(svg);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write("old") == 3);
            QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                     QFileDevice::ReadGroup));
        }
        const QStringList before =
            QDir(w.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        r = cli::famscope(draw + QStringList{QStringLiteral("--svg"), svg});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("<?xml") && bytes.trimmed().endsWith("</svg>"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::ReadGroup);
        QCOMPARE(
            QDir(w.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            before);
    }

    // mkfs --force killed at random instants: the old file system (same UUID, same entries),
    // the new one (the UUID asked for, an empty log), or no famfs magic at all.
    void killMkfs() {
        // One superblock region and a 64 MiB log, written again by every mkfs.
        SKIP_UNLESS_TEMP_SPACE(80 * kMiB, QStringLiteral("an image with a 64 MiB log"));
        Workspace w;
        const QString img = w.path(QStringLiteral("fs.img"));
        QCOMPARE(w.mkfs(img, 4ULL << 30).exitCode, 0);
        const auto mkfsArgs = [&](int trial) {
            return w.write({QStringLiteral("mkfs"), img, QStringLiteral("--force"),
                            QStringLiteral("-l"), QStringLiteral("64M"), QStringLiteral("--uuid"),
                            QStringLiteral("00000000-0000-4000-8000-%1")
                                .arg(trial + 1, 12, 10, QLatin1Char('0'))});
        };
        const qint64 fullUs = timedRunUs(mkfsArgs(-1), 0);
        QVERIFY(fullUs > 0);
        int oldState = 0, newState = 0, notFamfs = 0;
        for (int trial = 0; trial < 40; ++trial) {
            // An old file system with an entry, so that its log differs from a fresh one.
            if (!readState(img).usable)
                QCOMPARE(cli::famscope(mkfsArgs(1000 + trial)).exitCode, 0);
            QCOMPARE(cli::famscope(
                         w.write({QStringLiteral("mkdir"), img, QStringLiteral("d%1").arg(trial)}))
                         .exitCode,
                     0);
            const FsState before = readState(img);
            QVERIFY(before.usable);
            runAndKill(mkfsArgs(trial), fullUs);
            const FsState after = readState(img);
            const std::string asked = QStringLiteral("00000000-0000-4000-8000-%1")
                                          .arg(trial + 1, 12, 10, QLatin1Char('0'))
                                          .toStdString();
            if (after.usable && after.uuid == before.uuid && after.paths == before.paths)
                ++oldState;
            else if (after.usable && after.uuid == asked && after.paths.empty())
                ++newState;
            else if (!after.magic)
                ++notFamfs;
            else
                QFAIL(qPrintable(QStringLiteral("trial %1: neither old nor new: ").arg(trial) +
                                 after.why));
        }
        qInfo("mkfs kills: %d old, %d new, %d not famfs", oldState, newState, notFamfs);
    }

    // creat -S, mkdir -p and cp killed at random instants: the log is clean and holds the
    // entries before the command plus a prefix of what it writes; logged files hold their data.
    void killCreatMkdirCp() {
        // The 48 MiB source, and for creat (64 MiB) and cp (48 MiB) one whole run and at most
        // one more file per trial below, beside the metadata.
        SKIP_UNLESS_TEMP_SPACE((48 + 13 * 64 + 13 * 48 + 16) * kMiB,
                               QStringLiteral("13 files of 64 MiB and 13 copies of 48 MiB"));
        Workspace w;
        const QString img = w.path(QStringLiteral("fs.img"));
        QCOMPARE(w.mkfs(img, 8ULL << 30).exitCode, 0);
        const QString hostSrc = w.path(QStringLiteral("src.bin"));
        QVERIFY(writeHostFile(hostSrc, 48 * qint64(kMiB)));
        struct Kind {
            const char* name;
            QStringList (*args)(const QString& img, const QString& src, int trial);
            int entries; // what one uninterrupted run appends
        };
        const Kind kinds[] = {
            {"creat",
             [](const QString& target, const QString&, int t) {
                 return QStringList{QStringLiteral("creat"),      target,
                                    QStringLiteral("c%1").arg(t), QStringLiteral("-s"),
                                    QStringLiteral("64M"),        QStringLiteral("-S"),
                                    QString::number(t + 1)};
             },
             1},
            {"mkdir",
             [](const QString& target, const QString&, int t) {
                 return QStringList{QStringLiteral("mkdir"), target, QStringLiteral("-p"),
                                    QStringLiteral("m%1/a/b/c/d/e").arg(t)};
             },
             6},
            {"cp",
             [](const QString& target, const QString& src, int t) {
                 return QStringList{QStringLiteral("cp"), target, src,
                                    QStringLiteral("p%1").arg(t)};
             },
             1},
        };
        for (const Kind& k : kinds) {
            const qint64 fullUs = timedRunUs(w.write(k.args(img, hostSrc, 1000)), 0);
            QVERIFY(fullUs > 0);
            int none = 0, partial = 0, full = 0;
            for (int trial = 0; trial < 12; ++trial) {
                const FsState before = readState(img);
                QVERIFY(before.usable);
                runAndKill(w.write(k.args(img, hostSrc, trial)), fullUs);
                const FsState after = readState(img);
                QVERIFY2(after.usable,
                         qPrintable(
                             QStringLiteral("%1 trial %2: ").arg(QLatin1String(k.name)).arg(trial) +
                             after.why));
                QVERIFY(isPrefix(before.paths, after.paths));
                const size_t added = after.paths.size() - before.paths.size();
                QVERIFY(added <= size_t(k.entries));
                (added == 0 ? none : added == size_t(k.entries) ? full : partial)++;
                if (added == 0)
                    continue;
                const QString path = QString::fromStdString(after.paths[before.paths.size()]);
                if (QLatin1String(k.name) == QLatin1String("creat")) {
                    const Run v = cli::famscope({QStringLiteral("verify"), img, path,
                                                 QStringLiteral("-S"), QString::number(trial + 1)});
                    QVERIFY2(v.exitCode == 0, v.err.constData());
                } else if (QLatin1String(k.name) == QLatin1String("cp")) {
                    QVERIFY2(copiedDataMatches(img, path, hostSrc), qPrintable(path));
                }
            }
            qInfo("%s kills: %d before any entry, %d mid-way, %d complete", k.name, none, partial,
                  full);
        }
    }

private:
    static bool copiedDataMatches(const QString& img, const QString& path, const QString& src) {
        auto m = media::openMedia(img.toStdString(), media::Access::ReadOnly);
        auto fs = fs::loadFileSystem(**m);
        const fs::Namespace ns = fs::replay(*fs, fs::ReplayMode::Mount);
        const fs::FsFile* f = ns.findFile(path.toStdString());
        QFile in(src);
        if (!f || !in.open(QIODevice::ReadOnly))
            return false;
        const QByteArray want = in.readAll();
        auto runs = fs::resolveRange(f->map, f->size, 0, f->size);
        QByteArray got;
        for (const auto& r : *runs) {
            auto b = (*m)->read(r.deviceOffset, std::min(r.length, f->size - r.fileOffset));
            got.append(reinterpret_cast<const char*>(b->data()), qsizetype(b->size()));
        }
        return got == want;
    }
};

QTEST_GUILESS_MAIN(TestCliWriteFailures)
#include "tst_cli_write_failures.moc"
