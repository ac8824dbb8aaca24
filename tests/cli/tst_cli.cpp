// The famscope CLI as a user runs it: exit statuses, text and JSON on good and bad input,
// without a display, and never writing to the target.
#include "CliRun.h"
#include "GoldenImages.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace {

using cli::famscope;
using cli::Run;

QString image(const char* name) {
    return golden::imagePath(QLatin1String(name));
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpWorksWithoutDisplay() {
        const Run r = famscope({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("resolve TARGET FILE OFFSET"));
        for (const char* cmd : {"info", "log", "ls", "getmap", "resolve", "devices", "demo"}) {
            const Run h = famscope({QLatin1String(cmd), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains("--json"), cmd);
        }
    }

    void usageErrors() {
        QCOMPARE(famscope({}).exitCode, 1);
        QCOMPARE(famscope({QStringLiteral("frobnicate")}).exitCode, 1);
        QCOMPARE(famscope({QStringLiteral("info")}).exitCode, 1);
        QCOMPARE(famscope({QStringLiteral("info"), QStringLiteral("--bogus"), image("a02-files")})
                     .exitCode,
                 1);
        const Run r = famscope({QStringLiteral("resolve"), image("a02-files"),
                                QStringLiteral("four_k"), QStringLiteral("banana")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("OFFSET must be a number"));
        QVERIFY(r.err.contains("banana"));
        QCOMPARE(famscope({QStringLiteral("ls"), QStringLiteral("--semantics"), QStringLiteral("x"),
                           image("a02-files")})
                     .exitCode,
                 1);
    }

    void infoJsonMatchesManifest_data() {
        QTest::addColumn<QString>("name");
        for (const QString& n : golden::imageNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    void infoJsonMatchesManifest() {
        QFETCH(QString, name);
        const QJsonObject want = golden::manifestImage(name);
        const bool killed = !want.value(QLatin1String("superblock"))
                                 .toObject()
                                 .value(QLatin1String("magic_valid"))
                                 .toBool();
        QStringList args{QStringLiteral("info"), QStringLiteral("--json"), golden::imagePath(name)};
        if (killed) {
            const Run refused = famscope(args);
            QCOMPARE(refused.exitCode, 3);
            QVERIFY(refused.err.contains("no famfs superblock"));
            args << QStringLiteral("--force");
        }
        const Run r = famscope(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject got = r.json();
        const QJsonObject sb = got.value(QLatin1String("superblock")).toObject();
        const QJsonObject wsb = want.value(QLatin1String("superblock")).toObject();
        for (const char* key : {"uuid", "dev_uuid", "system_uuid"})
            QCOMPARE(sb.value(QLatin1String(key)).toString(),
                     wsb.value(QLatin1String(key)).toString());
        QCOMPARE(golden::number(sb.value(QLatin1String("magic"))),
                 golden::number(wsb.value(QLatin1String("magic"))));
        QCOMPARE(sb.value(QLatin1String("crc_valid")).toBool(),
                 wsb.value(QLatin1String("crc_valid")).toBool());
        QCOMPARE(golden::number(sb.value(QLatin1String("device_size"))),
                 golden::number(wsb.value(QLatin1String("dd_size"))));
        QCOMPARE(sb.value(QLatin1String("device_path")).toString(),
                 wsb.value(QLatin1String("dd_daxdev")).toString());
        const QJsonObject log = got.value(QLatin1String("log")).toObject();
        const QJsonObject wlog = want.value(QLatin1String("log_header")).toObject();
        QCOMPARE(golden::number(log.value(QLatin1String("next_index"))),
                 golden::number(wlog.value(QLatin1String("next_index"))));
        QCOMPARE(log.value(QLatin1String("crc_valid")).toBool(),
                 wlog.value(QLatin1String("crc_valid")).toBool());
        const QJsonArray entries = got.value(QLatin1String("entries")).toArray();
        const QJsonArray wentries = want.value(QLatin1String("log_entries")).toArray();
        QCOMPARE(entries.size(), wentries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject e = entries.at(i).toObject();
            const QJsonObject we = wentries.at(i).toObject();
            QCOMPARE(e.value(QLatin1String("type")).toString(),
                     we.value(QLatin1String("type")).toString());
            QCOMPARE(e.value(QLatin1String("path")).toString(),
                     we.value(QLatin1String("path")).toString());
            QCOMPARE(e.value(QLatin1String("crc_valid")).toBool(),
                     we.value(QLatin1String("crc_valid")).toBool());
        }
        // The replayed namespace: the mount view, or what famfs would show if it accepted it.
        QJsonObject replay = want.value(QLatin1String("namespace"))
                                 .toObject()
                                 .value(QLatin1String("replay"))
                                 .toObject();
        if (replay.contains(QLatin1String("best_effort_if_accepted")))
            replay = replay.value(QLatin1String("best_effort_if_accepted")).toObject();
        for (const char* kind : {"files", "dirs"}) {
            QStringList gotPaths;
            for (const auto& v : got.value(QLatin1String(kind)).toArray())
                gotPaths << v.toObject().value(QLatin1String("path")).toString();
            QStringList wantPaths;
            for (const auto& v : replay.value(QLatin1String(kind)).toArray())
                wantPaths << v.toObject().value(QLatin1String("path")).toString();
            gotPaths.sort();
            wantPaths.sort();
            QCOMPARE(gotPaths, wantPaths);
        }
    }

    void infoTextSummary() {
        const Run r = famscope({QStringLiteral("info"), image("a06-log-full")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("15420 of 15420 slots used (100.0%)"));
        QVERIFY(r.out.contains("266 files, 15154 directories"));
    }

    void logRange() {
        const Run r =
            famscope({QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--from"),
                      QStringLiteral("3"), QStringLiteral("--to"), QStringLiteral("5"),
                      image("a08-bad-log-entry-crc")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray entries = r.json().value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("index")).toInt(), 3);
        QVERIFY(!entries.at(1).toObject().value(QLatin1String("crc_valid")).toBool());
        const Run text = famscope({QStringLiteral("log"), image("a08-bad-log-entry-crc")});
        QVERIFY(text.out.contains("BAD: CRC"));
    }

    void lsListsDirectories() {
        const Run root = famscope({QStringLiteral("ls"), image("a03-dirs")});
        QCOMPARE(root.exitCode, 0);
        QVERIFY(root.out.contains("home/\n"));
        QVERIFY(root.out.contains("private/\n"));
        const Run sub = famscope({QStringLiteral("ls"), QStringLiteral("-l"), image("a03-dirs"),
                                  QStringLiteral("/home/user1/")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.contains("drwxr-x---  1000     0") || sub.out.contains("drwxr-x---"),
                 sub.out.constData());
        QVERIFY(sub.out.contains("data/"));
        const Run json = famscope({QStringLiteral("ls"), QStringLiteral("--json"),
                                   image("a03-dirs"), QStringLiteral("private")});
        const QJsonArray children = json.json().value(QLatin1String("children")).toArray();
        QCOMPARE(children.size(), 1);
        QCOMPARE(children.at(0).toObject().value(QLatin1String("path")).toString(),
                 QStringLiteral("private/secret"));
        QCOMPARE(children.at(0).toObject().value(QLatin1String("mode")).toInt(), 0600);
        const Run missing =
            famscope({QStringLiteral("ls"), image("a03-dirs"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 6);
        QVERIFY(missing.err.contains("nope: no such file or directory"));
    }

    void getmapAndResolveInterleaved() {
        // pattern_s8x2m_64m: 8 strips x 2 MiB chunks. File offset 15 MiB is chunk 7 = stripe 0,
        // strip 7, 1 MiB into it; 16 MiB is chunk 8 = stripe 1, strip 0, strip offset 2 MiB.
        // The strip offsets come from the manifest.
        const QJsonObject want = golden::manifestImage(QStringLiteral("a04-striped"));
        QJsonArray strips;
        for (const auto& v : want.value(QLatin1String("log_entries")).toArray())
            if (v.toObject().value(QLatin1String("path")).toString() ==
                QLatin1String("pattern_s8x2m_64m"))
                strips = v.toObject()
                             .value(QLatin1String("interleave"))
                             .toObject()
                             .value(QLatin1String("strips"))
                             .toArray();
        QCOMPARE(strips.size(), 8);
        const Run map = famscope({QStringLiteral("getmap"), QStringLiteral("--json"),
                                  image("a04-striped"), QStringLiteral("pattern_s8x2m_64m")});
        QCOMPARE(map.exitCode, 0);
        const QJsonObject ie = map.json().value(QLatin1String("interleave")).toObject();
        QCOMPARE(ie.value(QLatin1String("nstrips")).toInt(), 8);
        QCOMPARE(golden::number(ie.value(QLatin1String("strips"))
                                    .toArray()
                                    .at(3)
                                    .toObject()
                                    .value(QLatin1String("offset"))),
                 golden::number(strips.at(3).toArray().at(0)));

        const Run r = famscope({QStringLiteral("resolve"), QStringLiteral("--json"),
                                image("a04-striped"), QStringLiteral("pattern_s8x2m_64m"),
                                QStringLiteral("15M"), QStringLiteral("2M")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray runs = r.json().value(QLatin1String("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        const QJsonObject first = runs.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("extent")).toInt(), 7);
        QCOMPARE(golden::number(first.value(QLatin1String("device_offset"))),
                 golden::number(strips.at(7).toArray().at(0)) + (1u << 20));
        QCOMPARE(golden::number(first.value(QLatin1String("length"))), uint64_t{1} << 20);
        const QJsonObject second = runs.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("extent")).toInt(), 0);
        QCOMPARE(golden::number(second.value(QLatin1String("device_offset"))),
                 golden::number(strips.at(0).toArray().at(0)) + (2u << 20));

        const Run eof = famscope({QStringLiteral("resolve"), image("a04-striped"),
                                  QStringLiteral("pattern_s8x2m_64m"), QStringLiteral("64M")});
        QCOMPARE(eof.exitCode, 6);
        const Run dir =
            famscope({QStringLiteral("getmap"), image("a03-dirs"), QStringLiteral("home")});
        QCOMPARE(dir.exitCode, 6);
        QVERIFY(dir.err.contains("is a directory"));
    }

    void resolveSimpleTailSlack() {
        // one_byte: 1 byte in a 2 MiB extent. The kernel maps the slack up to the extent end.
        const Run r =
            famscope({QStringLiteral("resolve"), QStringLiteral("--json"), image("a02-files"),
                      QStringLiteral("one_byte"), QStringLiteral("0x1fffff")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(golden::number(r.json()
                                    .value(QLatin1String("runs"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QLatin1String("device_offset"))),
                 uint64_t{0xa00000 + 0x1fffff});
        QCOMPARE(famscope({QStringLiteral("resolve"), image("a02-files"),
                           QStringLiteral("one_byte"), QStringLiteral("2M")})
                     .exitCode,
                 6);
    }

    void badTargets() {
        QTemporaryDir dir;
        const QString empty = tempPath(dir, QStringLiteral("empty.img"));
        writeFile(empty, {});
        const QString tiny = tempPath(dir, QStringLiteral("tiny.img"));
        writeFile(tiny, QByteArray(100, 'x'));
        const QString zeroed = tempPath(dir, QStringLiteral("zero.img"));
        writeFile(zeroed, QByteArray(4 << 20, '\0'));
        QByteArray noise(4 << 20, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 2654435761u) >> 13);
        const QString random = tempPath(dir, QStringLiteral("random.img"));
        writeFile(random, noise);
        // A real image cut to 16 MiB: superblock and log intact, the claimed 4 GiB missing.
        QFile src(image("a02-files"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QString truncated = tempPath(dir, QStringLiteral("truncated.img"));
        writeFile(truncated, src.read(16 << 20));

        struct Case {
            QString path;
            int exit;
            const char* message;
        };
        const Case cases[] = {
            {dir.filePath(QStringLiteral("missing.img")), 2, "No such file or directory"},
            {dir.path(), 2, "is a directory"},
            {QStringLiteral("/dev/null"), 2, "not a regular file or a devdax device"},
            {empty, 3, "too small"},
            {tiny, 3, "too small"},
            {zeroed, 3, "no famfs superblock"},
            {random, 3, "no famfs superblock"},
            {truncated, 5, "claims a 4294967296-byte device"},
        };
        for (const Case& c : cases) {
            for (const char* cmd : {"info", "log", "ls"}) {
                const Run r = famscope({QLatin1String(cmd), c.path});
                QVERIFY2(r.exitCode == c.exit,
                         qPrintable(QStringLiteral("%1 %2: exit %3, stderr %4")
                                        .arg(QLatin1String(cmd), c.path)
                                        .arg(r.exitCode)
                                        .arg(QString::fromUtf8(r.err))));
                QVERIFY2(r.err.contains(c.message), r.err.constData());
                QCOMPARE(r.err.count('\n'), 1); // one line
                // A truncated image is shown read-only after its warning (tst_cli_damaged).
                QCOMPARE(r.out.isEmpty(), c.exit != 5);
            }
        }
        // --force decodes a truncated image as far as it goes.
        const Run forced = famscope({QStringLiteral("info"), QStringLiteral("--force"), truncated});
        QCOMPARE(forced.exitCode, 0);
    }

    void permissionDenied() {
        if (geteuid() != 0)
            QSKIP("needs root to run famscope as another user (setpriv)");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is not installed");
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ExeOther |
                                              QFileDevice::ReadOther);
        const QString secret = tempPath(dir, QStringLiteral("secret.img"));
        writeFile(secret, QByteArray(4096, '\0'));
        QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run r =
            famscope({QStringLiteral("info"), secret},
                     setpriv + QStringLiteral(" --reuid=65534 --regid=65534 --clear-groups"));
        if (!r.err.startsWith("famscope:")) // the binary itself is not reachable by 'nobody'
            QSKIP(qPrintable(QStringLiteral("cannot run famscope as nobody: ") +
                             QString::fromUtf8(r.err)));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Permission denied"), r.err.constData());
    }

    void devicesAndDemo() {
        const Run devices = famscope({QStringLiteral("devices"), QStringLiteral("--json")});
        QCOMPARE(devices.exitCode, 0);
        QVERIFY(devices.json().value(QLatin1String("regions")).isArray());
        // `famscope demo` is the CLI summary; `famscope --demo` opens the desktop app.
        const Run demo = famscope({QStringLiteral("demo")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains("What `famfs fsck` would print"));
        QVERIFY(demo.out.contains("replay stopped at entry"));
        const Run json = famscope({QStringLiteral("demo"), QStringLiteral("--json")});
        QVERIFY(json.json().value(QLatin1String("files")).toArray().size() >= 8);
    }

    void commandsNeverWrite() {
        const QString path = image("a10-crosslinked");
        const QFileInfo before(path);
        const QDateTime mtime = before.lastModified();
        for (const QStringList& args :
             {QStringList{QStringLiteral("info"), path}, QStringList{QStringLiteral("log"), path},
              QStringList{QStringLiteral("ls"), QStringLiteral("-l"), path},
              QStringList{QStringLiteral("getmap"), path, QStringLiteral("data/ten_m_zero")},
              QStringList{QStringLiteral("resolve"), path, QStringLiteral("data/ten_m_zero"),
                          QStringLiteral("0")}})
            QCOMPARE(famscope(args).exitCode, 0);
        QCOMPARE(QFileInfo(path).lastModified(), mtime);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
