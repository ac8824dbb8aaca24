// Hostile and mistaken input through the real famscope binary: FIFOs and devices where files
// are expected (nothing may block or read without limit), cp -r over symbolic-link loops and
// trees that do not fit (nothing written unless the whole copy fits), and the messages and
// exit statuses of mistyped commands, bad values and unusable targets.
#include "CliRun.h"
#include "GoldenImages.h"
#include "TempDir.h"

#include "core/fs/LoadedFs.h"
#include "core/media/Media.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using cli::Run;
namespace media = famscope::media;
namespace fs = famscope::fs;

namespace {

Run runFamscope(const QStringList& args, const QString& wrapper = {}, int timeoutMs = 300000) {
    return cli::famscope(args, wrapper, timeoutMs);
}

constexpr int kHangLimitMs = 20000; // far above any of these runs; a blocked run fails

struct Image {
    QTemporaryDir dir;
    QString img, suuid, mountinfo;
    explicit Image(const QString& size = QStringLiteral("1G")) {
        img = tempPath(dir, QStringLiteral("fs.img"));
        suuid = tempPath(dir, QStringLiteral("system_uuid"));
        QFile u(suuid);
        if (!u.open(QIODevice::WriteOnly))
            qFatal("cannot write the system UUID file");
        u.write("5a3e1f0c-7d2b-4c1e-9f60-a1b2c3d4e5f6\n");
        u.close();
        const Run r = runFamscope({QStringLiteral("mkfs"), img, QStringLiteral("--size"), size,
                                   QStringLiteral("--system-uuid-file"), suuid});
        if (r.exitCode != 0)
            qFatal("mkfs failed: %s", r.err.constData());
    }
    QStringList write(const QStringList& args) const {
        return args + QStringList{QStringLiteral("--system-uuid-file"), suuid,
                                  QStringLiteral("--no-backup")};
    }
    uint64_t nextIndex() const {
        auto m = media::openMedia(img.toStdString(), media::Access::ReadOnly);
        auto fs = fs::loadFileSystem(**m);
        return fs->log.nextIndex;
    }
};

QString makeFifo(const QTemporaryDir& dir, const QString& name) {
    const QString path = tempPath(dir, name);
    if (::mkfifo(path.toLocal8Bit().constData(), 0600) != 0)
        qFatal("mkfifo %s failed", qPrintable(path));
    return path;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString describe(const QStringList& args, const Run& r) {
    return args.join(QLatin1Char(' ')) + QStringLiteral(": exit %1, stderr: ").arg(r.exitCode) +
           QString::fromUtf8(r.err);
}

// Runs and checks exit status, a word of stderr, and that it finished quickly.
void expect(const QStringList& args, int exit, const char* inErr) {
    QElapsedTimer t;
    t.start();
    const Run r = runFamscope(args, {}, kHangLimitMs);
    QVERIFY2(r.exitCode == exit, qPrintable(describe(args, r)));
    QVERIFY2(r.err.contains(inErr), qPrintable(describe(args, r)));
    QVERIFY2(t.elapsed() < 10000, qPrintable(describe(args, r)));
}

} // namespace

class TestCliHostile : public QObject {
    Q_OBJECT

private slots:
    // Item: nothing waits on a FIFO or reads /dev/zero without end.
    void fifosAndDevicesAsInputFiles() {
        Image im;
        const QString fifo = makeFifo(im.dir, QStringLiteral("fifo"));
        expect({QStringLiteral("restore"), fifo, im.img}, 7, "FIFO, not a regular file");
        expect({QStringLiteral("restore"), QStringLiteral("/dev/zero"), im.img}, 7,
               "character device");
        // The failed restore did not keep the write lock: a write succeeds at once.
        expect(im.write({QStringLiteral("mkdir"), im.img, QStringLiteral("d")}), 0, "");
        for (const QString& bad : {fifo, QStringLiteral("/dev/zero")}) {
            expect({QStringLiteral("fsck"), im.img, QStringLiteral("--system-uuid-file"), bad}, 16,
                   "not a regular file");
            expect({QStringLiteral("mkdir"), im.img, QStringLiteral("e"),
                    QStringLiteral("--no-backup"), QStringLiteral("--system-uuid-file"), bad},
                   7, "not a regular file");
            expect({QStringLiteral("mkfs"), tempPath(im.dir, QStringLiteral("new.img")),
                    QStringLiteral("--size"), QStringLiteral("1G"),
                    QStringLiteral("--system-uuid-file"), bad},
                   7, "not a regular file");
        }
        // A UUID file far larger than any UUID is refused, not read to its end.
        const QString big = tempPath(im.dir, QStringLiteral("big_uuid"));
        writeFile(big, QByteArray(1 << 20, 'a'));
        expect({QStringLiteral("fsck"), im.img, QStringLiteral("--system-uuid-file"), big}, 16,
               "larger than 4096 bytes");
        QCOMPARE(im.nextIndex(), uint64_t{1}); // only the one mkdir above was written
    }

    // Item: cp -r never follows a directory link unasked, detects loops, skips dangling links,
    // and writes nothing unless the whole copy fits.
    void cpRecursiveSymlinks() {
        Image im;
        QTemporaryDir host;
        const QString root = tempPath(host, QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/sub")));
        writeFile(root + QStringLiteral("/sub/a.bin"), QByteArray(5000, 'a'));
        QVERIFY(QFile::link(QStringLiteral(".."), root + QStringLiteral("/sub/up")));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), root + QStringLiteral("/sub/dangling")));
        QVERIFY(QFile::link(QStringLiteral("a.bin"), root + QStringLiteral("/sub/alias")));

        Run r = runFamscope(im.write({QStringLiteral("cp"), QStringLiteral("-r"), im.img, root,
                                      QStringLiteral("t")}),
                            {}, kHangLimitMs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("sub/up: symbolic link to a directory, not followed"));
        QVERIFY(r.out.contains("sub/dangling: dangling symbolic link"));
        // t, t/sub, t/sub/a.bin, t/sub/alias (a link to a file is copied as the file)
        QCOMPARE(im.nextIndex(), uint64_t{4});

        r = runFamscope(im.write({QStringLiteral("cp"), QStringLiteral("-r"), QStringLiteral("-L"),
                                  im.img, root, QStringLiteral("u")}),
                        {}, kHangLimitMs);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("sub/up: symbolic link loop"));
        QCOMPARE(im.nextIndex(), uint64_t{8});

        // A top-level link to a directory needs -L too.
        const QString link = tempPath(host, QStringLiteral("link"));
        QVERIFY(QFile::link(root, link));
        r = runFamscope(im.write(
            {QStringLiteral("cp"), QStringLiteral("-r"), im.img, link, QStringLiteral("v")}));
        QCOMPARE(r.exitCode, 8);
        QVERIFY(r.err.contains("use -L"));
        QCOMPARE(im.nextIndex(), uint64_t{8});
    }

    void cpPlanCheckedBeforeTheFirstEntry() {
        Image im(QStringLiteral("64M")); // 8 MiB log + 2 MiB superblock region: 54 MiB free
        QTemporaryDir host;
        const QString root = tempPath(host, QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(root));
        for (int i = 0; i < 30; ++i) // 30 files of 2 MiB units: 60 MiB, more than is free
            writeFile(root + QStringLiteral("/f%1").arg(i, 2, 10, QLatin1Char('0')),
                      QByteArray(1000, 'x'));
        Run r = runFamscope(im.write(
            {QStringLiteral("cp"), QStringLiteral("-r"), im.img, root, QStringLiteral("t")}));
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains("the copy does not fit") && r.err.contains("nothing was copied"),
                 r.err.constData());
        QCOMPARE(im.nextIndex(), uint64_t{0});

        // Paths past 79 bytes deep in the tree: refused before anything is written.
        const QString deep = tempPath(host, QStringLiteral("deep"));
        QString p = deep;
        for (int i = 0; i < 12; ++i)
            p += QStringLiteral("/directory%1").arg(i);
        QVERIFY(QDir().mkpath(p));
        writeFile(p + QStringLiteral("/leaf"), QByteArray(10, 'x'));
        r = runFamscope(im.write(
            {QStringLiteral("cp"), QStringLiteral("-r"), im.img, deep, QStringLiteral("d")}));
        QCOMPARE(r.exitCode, 8);
        QVERIFY2(r.err.contains("79"), r.err.constData());
        QCOMPARE(im.nextIndex(), uint64_t{0});
    }

    void unknownCommands() {
        const QString img = golden::imagePath(QStringLiteral("a02-files"));
        Run r = runFamscope({QStringLiteral("infoo"), img});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("'infoo' is not a command"), r.err.constData());
        QVERIFY2(r.err.contains("did you mean 'info'?"), r.err.constData());
        r = runFamscope({QStringLiteral("veriffy")});
        QVERIFY2(r.err.contains("did you mean 'verify'?"), r.err.constData());
        r = runFamscope({QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("'bogus' is not a command") && !r.err.contains("did you mean") &&
                     !r.err.contains("display"),
                 r.err.constData());
    }

    void everyHelpNamesItsCommandAndExitStatuses() {
        for (const char* cmd :
             {"info", "log", "ls", "getmap", "resolve", "devices", "fsck", "demo", "verify", "mkfs",
              "mkdir", "creat", "cp", "restore", "bench", "heatmap"}) {
            const Run r = runFamscope({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith("Usage: famscope " + QByteArray(cmd) + ' '), cmd);
            QVERIFY2(!r.out.contains("executable_name"), cmd);
            QVERIFY2(r.out.contains("\nExit status:\n  0  success\n  1  usage error") ||
                         QByteArray(cmd) == "fsck",
                     cmd);
        }
        // The overview must not let "1 usage" stand for fsck, where 1 means warnings.
        const Run overview = runFamscope({QStringLiteral("--help")});
        QVERIFY2(
            overview.out.contains("fsck has e2fsck's statuses instead (1 = warnings, not a usage"),
            overview.out.constData());
        const Run fsck = runFamscope({QStringLiteral("fsck"), QStringLiteral("--help")});
        QVERIFY(fsck.out.contains("  1   warnings, no errors"));
        QVERIFY(fsck.out.contains("  16  usage error"));
        const Run verify = runFamscope({QStringLiteral("verify"), QStringLiteral("--help")});
        QVERIFY(verify.out.contains("  9  the data differs from the pattern"));
    }

    void badValuesAreNamed() {
        Image im;
        expect(im.write({QStringLiteral("creat"), im.img, QStringLiteral("f"), QStringLiteral("-s"),
                         QStringLiteral("-1")}),
               1, "--size must be a number of bytes");
        expect(im.write({QStringLiteral("creat"), im.img, QStringLiteral("f"), QStringLiteral("-s"),
                         QStringLiteral("-1")}),
               1, "not '-1'");
        expect(im.write({QStringLiteral("creat"), im.img, QStringLiteral("f")}), 1,
               "--size SIZE is required");
        expect(im.write({QStringLiteral("creat"), im.img, QStringLiteral("f"), QStringLiteral("-s"),
                         QStringLiteral("1M"), QStringLiteral("-m"), QStringLiteral("9z")}),
               1, "not '9z'");
        expect(im.write({QStringLiteral("creat"), im.img, QStringLiteral("f"), QStringLiteral("-s"),
                         QStringLiteral("3M"), QStringLiteral("-S"), QStringLiteral("7")}),
               0, "");
        expect({QStringLiteral("resolve"), im.img, QStringLiteral("f"), QStringLiteral("0"),
                QStringLiteral("0")},
               1, "LEN must be at least 1, not 0");
        expect({QStringLiteral("resolve"), im.img, QStringLiteral("f"), QStringLiteral("x1")}, 1,
               "OFFSET must be a number");
        expect({QStringLiteral("verify"), im.img, QStringLiteral("f"), QStringLiteral("-S"),
                QStringLiteral("seven")},
               1, "not 'seven'");
    }

    void writeCommandsOnUnusableTargets() {
        QTemporaryDir dir;
        const QString missing = tempPath(dir, QStringLiteral("missing.img"));
        const QString zeros = tempPath(dir, QStringLiteral("zeros.img"));
        writeFile(zeros, QByteArray(4 << 20, '\0'));
        const QStringList opts{QStringLiteral("--no-backup"), QStringLiteral("--system-uuid-file"),
                               tempPath(dir, QStringLiteral("suuid"))};
        for (const auto& [target, exit, word] : {std::tuple{missing, 2, "No such file"},
                                                 std::tuple{zeros, 3, "no famfs superblock"}}) {
            expect(QStringList{QStringLiteral("mkdir"), target, QStringLiteral("d")} + opts, exit,
                   word);
            expect(QStringList{QStringLiteral("creat"), target, QStringLiteral("f"),
                               QStringLiteral("-s"), QStringLiteral("1M")} +
                       opts,
                   exit, word);
            expect(QStringList{QStringLiteral("cp"), target, zeros, QStringLiteral("f")} + opts,
                   exit, word);
        }
        expect(QStringList{QStringLiteral("mkfs"), missing} + opts, 2, "give --size");
        // Something that exists but is no target (a directory, as a block device would be):
        // 2 as well, without a hint that --size would help.
        const Run onDir = runFamscope(QStringList{QStringLiteral("mkfs"), dir.path()} + opts);
        QVERIFY2(onDir.exitCode == 2, qPrintable(describe({QStringLiteral("mkfs")}, onDir)));
        QVERIFY2(!onDir.err.contains("--size"), onDir.err.constData());
        expect({QStringLiteral("restore"), zeros, missing}, 2, "No such file");
        QVERIFY(!QFile::exists(missing));
    }

    // A superblock that claims more than the media holds is a truncated image (5) wherever
    // the cut falls, also before the log header; without a superblock it is not famfs (3).
    void truncatedImages() {
        QFile src(golden::imagePath(QStringLiteral("a02-files")));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray head = src.read((2 << 20) + 8192);
        QTemporaryDir dir;
        const QString cut = tempPath(dir, QStringLiteral("cut.img"));
        for (qsizetype size :
             {qsizetype(199), qsizetype(200), qsizetype(4096), qsizetype(2 << 20) - 1,
              qsizetype(2 << 20) + 100, qsizetype(2 << 20) + 8192}) {
            writeFile(cut, head.left(size));
            for (const char* cmd : {"info", "log", "ls"}) {
                const Run r = runFamscope({QLatin1String(cmd), cut});
                const int want = size < 200 ? 3 : 5;
                QVERIFY2(r.exitCode == want, qPrintable(QStringLiteral("%1 bytes: ").arg(size) +
                                                        describe({QLatin1String(cmd)}, r)));
                QVERIFY(r.err.contains(size < 200 ? "too small" : "truncated"));
            }
            const Run w = runFamscope(
                {QStringLiteral("mkdir"), cut, QStringLiteral("d"), QStringLiteral("--no-backup")});
            QCOMPARE(w.exitCode, size < 200 ? 3 : 5);
        }
    }

    void heatmapIsQuietWithoutRuntimeDir() {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = cli::headlessEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.insert(QStringLiteral("TMPDIR"), dir.path());
        p.setProcessEnvironment(env);
        const QString out = tempPath(dir, QStringLiteral("h.svg"));
        p.start(golden::famscopeBinary(),
                {QStringLiteral("heatmap"), golden::imagePath(QStringLiteral("a02-files")),
                 QStringLiteral("--svg"), out});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        if (p.exitCode() == 2 && err.contains("desktop interface is not available"))
            QSKIP("the GUI library is not built");
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.isEmpty(), err.constData());
        QVERIFY(QFileInfo(out).size() > 0);
        // The private runtime directory was removed again: only the picture is left.
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("h.svg")});
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
