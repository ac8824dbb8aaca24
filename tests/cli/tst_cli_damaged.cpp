// Damaged media opens read-only with what can be read: a truncated image (cut after the log,
// and cut inside the log) and a superblock of an unknown version. Every read command prints
// one warning line first and ends with the status of the damage (5, 4); writes stay refused.
// The damaged images are made from a golden image, so only the intended damage is present.
#include "CliRun.h"
#include "GoldenImages.h"
#include "TempDir.h"

#include "core/format/Constants.h"
#include "core/format/Superblock.h"
#include "core/report/ExitStatus.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <functional>

namespace famfs = famscope::famfs;

using cli::Run;

namespace {

Run run(const QStringList& args) {
    return cli::famscope(args);
}

QString describe(const QStringList& args, const Run& r) {
    return args.join(QLatin1Char(' ')) + QStringLiteral(": exit %1, stderr: ").arg(r.exitCode) +
           QString::fromUtf8(r.err);
}

QByteArray readHead(const QString& path, qint64 bytes) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the golden image");
    return f.read(bytes);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write the damaged image");
}

// The file's extents on device 0 that end past `cut`, from `info --json` of the intact image.
int filesBeyond(const QJsonArray& files, uint64_t cut) {
    int n = 0;
    for (const auto& v : files) {
        bool beyond = false;
        const QJsonObject f = v.toObject();
        const QJsonArray pieces = f.contains(QStringLiteral("extents"))
                                      ? f.value(QStringLiteral("extents")).toArray()
                                      : f.value(QStringLiteral("interleave"))
                                            .toObject()
                                            .value(QStringLiteral("strips"))
                                            .toArray();
        for (const auto& p : pieces) {
            const QJsonObject e = p.toObject();
            const auto end = uint64_t(e.value(QStringLiteral("offset")).toInteger()) +
                             uint64_t(e.value(QStringLiteral("len")).toInteger());
            beyond = beyond || (e.value(QStringLiteral("devindex")).toInteger() == 0 && end > cut);
        }
        n += beyond ? 1 : 0;
    }
    return n;
}

// The extents or strips of a file object or a FILE log entry (none for other entries).
QJsonArray piecesOf(const QJsonObject& o) {
    if (o.contains(QStringLiteral("extents")))
        return o.value(QStringLiteral("extents")).toArray();
    return o.value(QStringLiteral("interleave"))
        .toObject()
        .value(QStringLiteral("strips"))
        .toArray();
}

} // namespace

class TestCliDamaged : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString golden_, truncated_, cutInLog_, cutInHeader_, cutBeforeLog_, version49_, omf29_, omf30_,
        notFamfs_;
    QJsonObject intact_; // info --json of the golden image
    // 1 MiB into the first file's data (famfs allocates data from 16 MiB on).
    static constexpr qint64 kCut = (16 << 20) + (1 << 20);
    static constexpr qint64 kEntriesInCut = 2;

private slots:
    void initTestCase() {
        golden_ = golden::imagePath(QStringLiteral("a02-files"));
        const Run r = run({QStringLiteral("info"), QStringLiteral("--json"), golden_});
        QCOMPARE(r.exitCode, 0);
        intact_ = r.json();
        QVERIFY(intact_.value(QStringLiteral("log"))
                    .toObject()
                    .value(QStringLiteral("next_index"))
                    .toInteger() > kEntriesInCut);

        truncated_ = tempPath(dir_, QStringLiteral("truncated.img"));
        writeFile(truncated_, readHead(golden_, kCut));
        cutInLog_ = tempPath(dir_, QStringLiteral("cut-in-log.img"));
        writeFile(cutInLog_, readHead(golden_, qint64(famfs::kLogOffset + famfs::kLogHeaderSize +
                                                      kEntriesInCut * famfs::kLogEntrySize + 100)));
        cutInHeader_ = tempPath(dir_, QStringLiteral("cut-in-header.img"));
        writeFile(cutInHeader_, readHead(golden_, qint64(famfs::kLogOffset + 20)));
        cutBeforeLog_ = tempPath(dir_, QStringLiteral("cut-before-log.img"));
        writeFile(cutBeforeLog_, readHead(golden_, 4096));
        version49_ = patchedSuperblock(QStringLiteral("version49.img"),
                                       [](famfs::Superblock& sb) { sb.version = 49; });
        omf29_ = patchedSuperblock(QStringLiteral("omf29.img"),
                                   [](famfs::Superblock& sb) { sb.omfMinor = 9; });
        notFamfs_ = tempPath(dir_, QStringLiteral("zeros.img"));
        writeFile(notFamfs_, QByteArray(1 << 20, '\0'));
        omf30_ = patchedSuperblock(QStringLiteral("omf30.img"), [](famfs::Superblock& sb) {
            sb.omfMajor = 3;
            sb.omfMinor = 0;
        });
    }

private:
    // True for a piece on device 0 that ends past the cut.
    static bool pastCut(const QJsonObject& e) {
        const uint64_t end = uint64_t(e.value(QStringLiteral("offset")).toInteger()) +
                             uint64_t(e.value(QStringLiteral("len")).toInteger());
        return e.value(QStringLiteral("devindex")).toInteger() == 0 && end > uint64_t(kCut);
    }

    // The golden image with a superblock field changed and the CRC fixed, so that the changed
    // field is the only damage. The first 32 MiB hold the metadata and the first files; the
    // rest is a hole, so the media keeps the size the superblock claims.
    QString patchedSuperblock(const QString& name,
                              const std::function<void(famfs::Superblock&)>& patch) {
        const QString path = tempPath(dir_, name);
        QByteArray head = readHead(golden_, 32 << 20);
        auto sb = famfs::Superblock::decode(std::span<const uint8_t, famfs::kSuperblockSize>(
            reinterpret_cast<const uint8_t*>(head.constData()), famfs::kSuperblockSize));
        patch(sb);
        sb.seal();
        const auto bytes = sb.encode();
        head.replace(
            0, qsizetype(bytes.size()),
            QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())));
        writeFile(path, head);
        QFile f(path);
        if (!f.resize(qint64(sb.ddSize)))
            qFatal("cannot extend the patched image");
        return path;
    }

private slots:

    // Each read command prints its output, one warning line first on stderr, and the status.
    void readCommandsShowDamagedMedia_data() {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("hasFiles"); // false: the superblock alone, ls lists nothing
        QTest::newRow("truncated") << truncated_ << 5 << QStringLiteral("truncated") << true;
        QTest::newRow("cut inside the log")
            << cutInLog_ << 5 << QStringLiteral("truncated") << true;
        QTest::newRow("version 49")
            << version49_ << 4 << QStringLiteral("assumed layout OMF 2.2") << true;
        QTest::newRow("cut inside the log header")
            << cutInHeader_ << 5 << QStringLiteral("only the superblock is shown") << false;
        QTest::newRow("cut before the log")
            << cutBeforeLog_ << 5 << QStringLiteral("only the superblock is shown") << false;
        QTest::newRow("OMF 2.9") << omf29_ << 4 << QStringLiteral("assumed layout OMF 2.2") << true;
        QTest::newRow("OMF 3.0") << omf30_ << 4 << QStringLiteral("assumed layout OMF 2.2") << true;
    }
    void readCommandsShowDamagedMedia() {
        QFETCH(QString, image);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(bool, hasFiles);
        for (const QStringList& args :
             {QStringList{QStringLiteral("info"), image}, QStringList{QStringLiteral("ls"), image},
              QStringList{QStringLiteral("ls"), QStringLiteral("-l"), image},
              QStringList{QStringLiteral("log"), image}}) {
            const Run r = run(args);
            QVERIFY2(r.exitCode == status, qPrintable(describe(args, r)));
            QVERIFY2(!r.out.isEmpty() || (!hasFiles && args.first() == QStringLiteral("ls")),
                     qPrintable(describe(args, r)));
            // One warning line, first (ls may add its note on the replay after it).
            const QByteArray first = r.err.left(r.err.indexOf('\n'));
            QCOMPARE(r.err.count("warning: damaged media"), 1);
            QVERIFY2(first.contains("warning: damaged media"), r.err.constData());
            QVERIFY2(first.contains(reason.toUtf8()), r.err.constData());
        }
    }

    void jsonCarriesTheDamage() {
        const Run r = run({QStringLiteral("info"), QStringLiteral("--json"), truncated_});
        QCOMPARE(r.exitCode, 5);
        const QJsonObject d = r.json().value(QStringLiteral("damaged")).toObject();
        QVERIFY(!d.value(QStringLiteral("reasons")).toArray().isEmpty());
        QCOMPARE(d.value(QStringLiteral("exit_status")).toInt(), 5);
        QCOMPARE(d.value(QStringLiteral("truncated")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("media_size")).toInteger(), kCut);
        QCOMPARE(d.value(QStringLiteral("claimed_size")).toInteger(),
                 intact_.value(QStringLiteral("superblock"))
                     .toObject()
                     .value(QStringLiteral("device_size"))
                     .toInteger());
        QCOMPARE(d.value(QStringLiteral("entries_missing")).toInteger(), 0);
        // The whole log is there: every file is listed, those past the cut counted as missing.
        const QJsonArray files = intact_.value(QStringLiteral("files")).toArray();
        QCOMPARE(r.json().value(QStringLiteral("files")).toArray().size(), files.size());
        const int beyond = filesBeyond(files, uint64_t(kCut));
        QVERIFY(beyond > 0 && beyond < files.size()); // the cut falls among the files
        QCOMPARE(d.value(QStringLiteral("files_beyond_media")).toInteger(), beyond);
        // An undamaged image has no `damaged` key.
        QVERIFY(!intact_.contains(QStringLiteral("damaged")));
    }

    void missingFilesAndEntriesAreMarked() {
        const Run ls = run({QStringLiteral("ls"), QStringLiteral("-l"), truncated_});
        QCOMPARE(ls.out.count("MISSING"),
                 filesBeyond(intact_.value(QStringLiteral("files")).toArray(), uint64_t(kCut)));

        const qint64 claimed = intact_.value(QStringLiteral("log"))
                                   .toObject()
                                   .value(QStringLiteral("next_index"))
                                   .toInteger();
        const Run info = run({QStringLiteral("info"), QStringLiteral("--json"), cutInLog_});
        QCOMPARE(info.exitCode, 5);
        QCOMPARE(info.json().value(QStringLiteral("entries")).toArray().size(), kEntriesInCut);
        QCOMPARE(info.json()
                     .value(QStringLiteral("damaged"))
                     .toObject()
                     .value(QStringLiteral("entries_missing"))
                     .toInteger(),
                 claimed - kEntriesInCut);
        const Run log = run({QStringLiteral("log"), cutInLog_});
        QVERIFY2(log.out.contains(QStringLiteral("%1..%2  MISSING: %3 entries")
                                      .arg(kEntriesInCut)
                                      .arg(claimed - 1)
                                      .arg(claimed - kEntriesInCut)
                                      .toUtf8()),
                 log.out.constData());
    }

    // An unknown version is read with the newest layout: the same namespace as the original.
    void unknownVersionReadsTheWholeLog_data() {
        QTest::addColumn<QString>("image");
        QTest::newRow("version 49") << version49_;
        QTest::newRow("OMF 2.9") << omf29_;
        QTest::newRow("OMF 3.0") << omf30_;
    }
    void unknownVersionReadsTheWholeLog() {
        QFETCH(QString, image);
        const Run r = run({QStringLiteral("info"), QStringLiteral("--json"), image});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject d = r.json().value(QStringLiteral("damaged")).toObject();
        QCOMPARE(d.value(QStringLiteral("layout_assumed")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("truncated")).toBool(), false);
        QCOMPARE(r.json().value(QStringLiteral("files")), intact_.value(QStringLiteral("files")));
        QCOMPARE(r.json().value(QStringLiteral("dirs")), intact_.value(QStringLiteral("dirs")));
    }

    void writesStayRefused() {
        for (const auto& [image, status] : {std::pair{truncated_, 5}, std::pair{version49_, 4},
                                            std::pair{cutInHeader_, 5}, std::pair{omf30_, 4}}) {
            const QStringList args{QStringLiteral("mkdir"), image, QStringLiteral("newdir"),
                                   QStringLiteral("--no-backup")};
            const Run r = run(args);
            QVERIFY2(r.exitCode == status, qPrintable(describe(args, r)));
            QVERIFY2(!r.err.contains("warning"), r.err.constData()); // a refusal, not a warning
            QVERIFY2(r.err.contains(status == 5 ? "truncated" : "unknown famfs layout") ||
                         r.err.contains("ends before the log header"),
                     r.err.constData());
        }
    }

    // --screenshot and the CLI answer a target with the same status, the one
    // core/report/ExitStatus.h maps its outcome to: damaged media is drawn with its warning and
    // exits 5 (truncated) or 4 (unknown layout); a target that cannot be drawn exits 3 (not
    // famfs) or 2 (missing), as `famscope info` does.
    void screenshotExitsAsTheCli_data() {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("kind"); // famscope::ErrorKind
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("drawn");
        const auto inconsistent = int(famscope::ErrorKind::Inconsistent);
        const auto unsupported = int(famscope::ErrorKind::Unsupported);
        QTest::newRow("truncated") << truncated_ << inconsistent << 5 << true;
        QTest::newRow("cut inside the log header") << cutInHeader_ << inconsistent << 5 << true;
        QTest::newRow("version 49") << version49_ << unsupported << 4 << true;
        QTest::newRow("OMF 3.0") << omf30_ << unsupported << 4 << true;
        QTest::newRow("not famfs") << notFamfs_ << int(famscope::ErrorKind::NotFamfs) << 3 << false;
        QTest::newRow("missing") << tempPath(dir_, QStringLiteral("missing.img"))
                                 << int(famscope::ErrorKind::CannotOpen) << 2 << false;
    }
    void screenshotExitsAsTheCli() {
        QFETCH(QString, image);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, drawn);
        QCOMPARE(famscope::exitStatus(famscope::ErrorKind(kind)), status);
        const Run info = run({QStringLiteral("info"), image});
        QVERIFY2(info.exitCode == status, info.err.constData());
        const QString png = tempPath(dir_, QStringLiteral("shot.png"));
        QFile::remove(png);
        const Run r = run({QStringLiteral("--screenshot"), png, image});
        if (r.err.contains("desktop interface is not available"))
            QSKIP("the GUI library is not built");
        QVERIFY2(r.exitCode == status, r.err.constData());
        QCOMPARE(r.err.contains("warning: damaged media"), drawn);
        QCOMPARE(QFile(png).size() > 0, drawn);
    }

    // Cut before the end of the log header: the superblock alone, an empty namespace.
    void cutBeforeTheLogHeaderShowsTheSuperblock() {
        for (const QString& image : {cutInHeader_, cutBeforeLog_}) {
            const Run r = run({QStringLiteral("info"), QStringLiteral("--json"), image});
            QVERIFY2(r.exitCode == 5, r.err.constData());
            const QJsonObject info = r.json();
            QCOMPARE(info.value(QStringLiteral("superblock")),
                     intact_.value(QStringLiteral("superblock")));
            QVERIFY(info.value(QStringLiteral("log")).isNull());
            QVERIFY(info.value(QStringLiteral("files")).toArray().isEmpty());
            QVERIFY(info.value(QStringLiteral("dirs")).toArray().isEmpty());
            const QJsonObject d = info.value(QStringLiteral("damaged")).toObject();
            QCOMPARE(d.value(QStringLiteral("truncated")).toBool(), true);
            QCOMPARE(d.value(QStringLiteral("exit_status")).toInt(), 5);
            const Run ls = run({QStringLiteral("ls"), image, QStringLiteral("data")});
            QVERIFY2(ls.exitCode == 6, ls.err.constData()); // nothing is in the namespace
            QCOMPARE(ls.err.count("warning: damaged media"), 1);
        }
    }

    // A log header whose sizes do not match the newest layout keeps an unknown OMF refused.
    void unknownOmfWithOtherSizesStaysRefused() {
        const QString path = tempPath(dir_, QStringLiteral("omf30-352.img"));
        // A sparse copy (as patchedSuperblock makes them): a plain copy of the 4 GiB image
        // writes every byte and fails, unnoticed, on a disk with less room than that.
        writeFile(path, readHead(omf30_, 32 << 20));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(QFile(omf30_).size()));
        // last_index for 352-byte entries; the header CRC is left wrong, as it does not matter.
        const auto logLen = uint64_t(intact_.value(QStringLiteral("log"))
                                         .toObject()
                                         .value(QStringLiteral("len"))
                                         .toInteger());
        const uint64_t lastIndex = (logLen - famfs::kLogHeaderSize) / 352 - 1;
        char le[8];
        for (int i = 0; i < 8; ++i)
            le[i] = char(lastIndex >> (8 * i));
        QVERIFY(f.seek(qint64(famfs::kLogOffset + 16)));
        QCOMPARE(f.write(le, 8), qint64(8));
        f.close();
        const Run r = run({QStringLiteral("info"), path});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("unsupported famfs layout"), r.err.constData());
    }

    // getmap, resolve and verify --json carry the same `damaged` object as info.
    void everyJsonCarriesTheDamage() {
        // A file whose data is all before the cut, so that verify reads it.
        QString first;
        for (const QJsonValue& v : intact_.value(QStringLiteral("files")).toArray())
            if (first.isEmpty() && filesBeyond(QJsonArray{v}, uint64_t(kCut)) == 0)
                first = v.toObject().value(QStringLiteral("path")).toString();
        QVERIFY(!first.isEmpty());
        const QJsonObject expected =
            run({QStringLiteral("info"), QStringLiteral("--json"), truncated_})
                .json()
                .value(QStringLiteral("damaged"))
                .toObject();
        QVERIFY(!expected.isEmpty());
        for (const QStringList& args :
             {QStringList{QStringLiteral("getmap"), QStringLiteral("--json"), truncated_, first},
              QStringList{QStringLiteral("resolve"), QStringLiteral("--json"), truncated_, first,
                          QStringLiteral("0")},
              QStringList{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("-S"),
                          QStringLiteral("1"), truncated_, first}}) {
            const Run r = run(args);
            QVERIFY2(r.exitCode == 5 || r.exitCode == 9, qPrintable(describe(args, r)));
            QJsonObject d = r.json().value(QStringLiteral("damaged")).toObject();
            QVERIFY2(!d.isEmpty(), qPrintable(describe(args, r) + QString::fromUtf8(r.out)));
            QJsonObject want = expected;
            want.remove(QStringLiteral("files_beyond_media")); // info and ls count the files
            QCOMPARE(d, want);
        }
        // Undamaged media: no such key.
        const Run intact =
            run({QStringLiteral("getmap"), QStringLiteral("--json"), golden_, first});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY(!intact.json().contains(QStringLiteral("damaged")));
    }

    // Extents past the end of a truncated image are marked in every JSON map, and only those.
    void missingExtentsAreMarkedInJson() {
        int marked = 0, notMarked = 0;
        for (const QJsonValue& v : intact_.value(QStringLiteral("files")).toArray()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            const Run r =
                run({QStringLiteral("getmap"), QStringLiteral("--json"), truncated_, path});
            QCOMPARE(r.exitCode, 5);
            const QJsonObject map = r.json();
            const QJsonArray pieces = map.contains(QStringLiteral("extents"))
                                          ? map.value(QStringLiteral("extents")).toArray()
                                          : map.value(QStringLiteral("interleave"))
                                                .toObject()
                                                .value(QStringLiteral("strips"))
                                                .toArray();
            for (const QJsonValue& p : pieces) {
                const QJsonObject e = p.toObject();
                const uint64_t end = uint64_t(e.value(QStringLiteral("offset")).toInteger()) +
                                     uint64_t(e.value(QStringLiteral("len")).toInteger());
                const bool beyond =
                    e.value(QStringLiteral("devindex")).toInteger() == 0 && end > uint64_t(kCut);
                QCOMPARE(e.value(QStringLiteral("missing")).toBool(), beyond);
                QCOMPARE(e.contains(QStringLiteral("missing")), beyond);
                (beyond ? marked : notMarked)++;
            }
            // The text says it too.
            const Run text = run({QStringLiteral("getmap"), truncated_, path});
            QCOMPARE(text.out.contains("MISSING"), filesBeyond(QJsonArray{v}, uint64_t(kCut)) == 1);
        }
        QVERIFY(marked > 0 && notMarked > 0);
        // ls --json and the files of info --json mark the same extents (info's raw log
        // entries are checked in missingExtentsAreMarkedInLogEntriesAndGetmapLines).
        const Run ls = run({QStringLiteral("ls"), QStringLiteral("--json"), truncated_});
        const Run info = run({QStringLiteral("info"), QStringLiteral("--json"), truncated_});
        QCOMPARE(ls.out.count("\"missing\": true"), marked);
        int infoMarked = 0;
        for (const QJsonValue& f : info.json().value(QStringLiteral("files")).toArray())
            for (const QJsonValue& p : piecesOf(f.toObject()))
                infoMarked += p.toObject().value(QStringLiteral("missing")).toBool() ? 1 : 0;
        QCOMPARE(infoMarked, marked);
        qInfo("%d extents past the cut marked missing, %d before it not", marked, notMarked);
    }

    // The raw log entries of `log --json` and `info --json` mark the same extents as the
    // namespace does, and getmap's text marks each missing extent or strip line.
    void missingExtentsAreMarkedInLogEntriesAndGetmapLines() {
        const Run intactLog = run({QStringLiteral("log"), QStringLiteral("--json"), golden_});
        QCOMPARE(intactLog.exitCode, 0);
        const QJsonArray intactEntries =
            intactLog.json().value(QStringLiteral("entries")).toArray();
        int beyond = 0, before = 0;
        for (const QStringList& args :
             {QStringList{QStringLiteral("log"), QStringLiteral("--json"), truncated_},
              QStringList{QStringLiteral("info"), QStringLiteral("--json"), truncated_}}) {
            const Run r = run(args);
            QVERIFY2(r.exitCode == 5, qPrintable(describe(args, r)));
            const QJsonArray entries = r.json().value(QStringLiteral("entries")).toArray();
            QCOMPARE(entries.size(), intactEntries.size());
            beyond = before = 0;
            for (qsizetype i = 0; i < entries.size(); ++i) {
                const QJsonArray got = piecesOf(entries.at(i).toObject());
                const QJsonArray want = piecesOf(intactEntries.at(i).toObject());
                QCOMPARE(got.size(), want.size());
                for (qsizetype j = 0; j < got.size(); ++j) {
                    const bool past = pastCut(want.at(j).toObject());
                    QVERIFY(!want.at(j).toObject().contains(QStringLiteral("missing")));
                    QCOMPARE(got.at(j).toObject().value(QStringLiteral("missing")).toBool(), past);
                    QCOMPARE(got.at(j).toObject().contains(QStringLiteral("missing")), past);
                    (past ? beyond : before)++;
                }
            }
            QVERIFY(beyond > 0 && before > 0);
        }
        // getmap: one MISSING line per piece past the cut, none on the intact image.
        int lines = 0, piecesPast = 0;
        for (const QJsonValue& v : intact_.value(QStringLiteral("files")).toArray()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            const Run text = run({QStringLiteral("getmap"), truncated_, path});
            QCOMPARE(text.exitCode, 5);
            for (const QByteArray& line : text.out.split('\n'))
                lines += line.endsWith("\tMISSING") ? 1 : 0;
            for (const QJsonValue& p : piecesOf(v.toObject()))
                piecesPast += pastCut(p.toObject()) ? 1 : 0;
            QVERIFY(!run({QStringLiteral("getmap"), golden_, path}).out.contains("MISSING"));
        }
        QCOMPARE(lines, piecesPast);
        qInfo("log entries: %d extents past the cut marked missing, %d before it not; getmap: %d "
              "MISSING lines",
              beyond, before, lines);
    }

    // Not famfs stays not famfs.
    void notFamfsIsUnchanged() {
        const QString zeros = tempPath(dir_, QStringLiteral("zeros.img"));
        writeFile(zeros, QByteArray(4 << 20, '\0'));
        const Run r = run({QStringLiteral("info"), zeros});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("no famfs superblock"));
    }
};

QTEST_GUILESS_MAIN(TestCliDamaged)
#include "tst_cli_damaged.moc"
