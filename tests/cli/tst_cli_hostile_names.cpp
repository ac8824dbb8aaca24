// Hostile images through the real executable: sizes that run past the extents, and names and
// a device path holding terminal escapes, control bytes and bytes that are not UTF-8. Text
// output must show them escaped (never raw), JSON must keep every byte, and every command
// must reach such a file by its escaped name or its raw bytes.
#include "core/fs/Resolver.h"

#include "CliRun.h"
#include "GoldenImages.h"
#include "HostileImage.h"
#include "TempImage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace famscope;
using famscope::famfs::kAllocUnit;
using hostile::kMiB;

namespace {

// Names no famfs tool would refuse: every one is a valid famfs path of raw bytes.
const std::string kTitle = "title\x1b]0;owned\x07";   // sets the terminal title
const std::string kClear = "clear\x1b[2J\x1b[H";      // clears the screen
const std::string kNewline = "a\nb";                  // forges a second ls line
const std::string kNotUtf8 = "\xff\xfe";              // not UTF-8
const std::string kBackslash = "back\\slash";         // the escape character itself
const std::string kUtf8 = "caf\xc3\xa9";              // valid UTF-8: shown as it is
const std::string kDevicePath = "/dev/dax\x1b[2J0.0"; // from the superblock

// famscope with argv bytes exactly as given (QProcess can only pass valid UTF-8).
cli::Run runRaw(const std::vector<std::string>& args) {
    QTemporaryDir dir;
    const QByteArray outPath = tempPath(dir, QStringLiteral("out")).toLocal8Bit();
    const QByteArray errPath = tempPath(dir, QStringLiteral("err")).toLocal8Bit();
    const QByteArray binary = golden::famscopeBinary().toLocal8Bit();
    std::vector<char*> argv{const_cast<char*>(binary.constData())};
    for (const std::string& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int out = ::open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (out < 0 || err < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(126);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        qFatal("cannot run famscope");
    cli::Run r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    QFile out(QString::fromLocal8Bit(outPath)), err(QString::fromLocal8Bit(errPath));
    if (out.open(QIODevice::ReadOnly))
        r.out = out.readAll();
    if (err.open(QIODevice::ReadOnly))
        r.err = err.readAll();
    return r;
}

// Text a terminal can show without acting on it: valid UTF-8, no control byte but \n and \t.
QString unsafeByteIn(const QByteArray& text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return QStringLiteral("control byte 0x%1 at %2").arg(c, 0, 16).arg(i);
    }
    if (QString::fromUtf8(text).toUtf8() != text)
        return QStringLiteral("bytes that are not UTF-8");
    return {};
}

QStringList jsonPaths(const QJsonArray& items) {
    QStringList paths;
    for (const auto& v : items)
        paths << v.toObject().value(QLatin1String("path")).toString();
    return paths;
}

struct HostileNames {
    QTemporaryDir dir;
    QString img;
    HostileNames() {
        img = hostile::write(
            dir, hostile::image({{kTitle}, {kClear}, {kNewline}, {kNotUtf8}, {kBackslash}, {kUtf8}},
                                kDevicePath));
    }
};

} // namespace

class TestCliHostileNames : public QObject {
    Q_OBJECT

private slots:
    // A size of 2^64 - 1 over one 2 MiB extent once "verified" 2^64 - 1 bytes: the slice
    // arithmetic wrapped to an empty walk.
    void verifyFailsOnASizePastTheExtents() {
        QTemporaryDir dir;
        const uint64_t huge = UINT64_MAX;
        const uint64_t twice = 2 * kAllocUnit;
        const QString img = hostile::write(
            dir, hostile::image({{"size_huge", huge}, {"size_twice", twice}, {"exact", kAllocUnit}},
                                "/dev/dax0.0"));
        const struct {
            const char* name;
            uint64_t size;
        } cases[] = {{"size_huge", huge}, {"size_twice", twice}};
        for (const auto& c : cases) {
            const QString name = QString::fromLatin1(c.name);
            const cli::Run r = cli::famscope({"verify", img, name, "-S", "1"});
            QVERIFY2(r.exitCode == 9, r.out + r.err);
            const QByteArray unbacked = QByteArray::number(c.size - kAllocUnit);
            QVERIFY2(r.out.contains("Verify fail: " + name.toLatin1() + ": " + unbacked + " of " +
                                    QByteArray::number(c.size) + " bytes have no backing"),
                     r.out.constData());
            const cli::Run j = cli::famscope({"verify", img, name, "-S", "1", "--json"});
            QCOMPARE(j.exitCode, 9);
            QCOMPARE(j.json().value("ok").toBool(), false);
            // Exact 64-bit numbers: QJsonValue cannot hold 2^64 - 2 MiB, so read the text.
            QVERIFY2(j.out.contains("\"unbacked_bytes\": " + unbacked), j.out.constData());
            QCOMPARE(j.json().value("bytes_verified").toInteger(), qint64(kAllocUnit));
        }
        // The control: the same extent under its true size passes.
        const cli::Run ok = cli::famscope({"verify", img, "exact", "-S", "1"});
        QVERIFY2(ok.exitCode == 0, ok.out + ok.err);
    }

    // backedBytes must agree with the resolver byte for byte: the last backed byte maps, the
    // first unbacked one does not, on interleaved maps with strips of unequal length.
    void backedBytesAgreesWithTheResolver() {
        const uint64_t chunk = kAllocUnit;
        const std::vector<std::vector<uint64_t>> stripLengths = {
            {4 * chunk, 4 * chunk, 2 * chunk}, {4 * chunk, chunk + 4096, 4 * chunk}, {chunk / 2}};
        for (const auto& lengths : stripLengths) {
            fs::FileMap map;
            map.interleaved = true;
            map.chunkSize = chunk;
            uint64_t at = hostile::kDataStart;
            for (const uint64_t len : lengths) {
                map.strips.push_back({0, at, len});
                at += len;
            }
            map.declaredCount = map.strips.size();
            const uint64_t size = 64 * chunk;
            const uint64_t backed = fs::backedBytes(map, size);
            QVERIFY(backed > 0 && backed < size);
            QVERIFY(fs::resolve(map, size, backed - 1, 1).has_value());
            QVERIFY(!fs::resolve(map, size, backed, 1).has_value());
            QVERIFY(bool(fs::resolveRange(map, size, 0, backed)));
        }
        fs::FileMap simple;
        simple.extents.push_back({0, hostile::kDataStart, chunk});
        QCOMPARE(fs::backedBytes(simple, UINT64_MAX), chunk);
        QCOMPARE(fs::backedBytes(simple, 100), uint64_t{100});
    }

    // Every text printer shows names and the device path escaped; ls shows one line per
    // entry, and what it prints can be typed back.
    void textOutputNeverCarriesRawControlBytes() {
        const HostileNames h;
        const cli::Run ls = cli::famscope({"ls", h.img});
        QCOMPARE(ls.exitCode, 0);
        QCOMPARE(ls.out, QByteArray("a\\x0ab\nback\\\\slash\ncaf\xc3\xa9\n"
                                    "clear\\x1b[2J\\x1b[H\ntitle\\x1b]0;owned\\x07\n\\xff\\xfe\n"));
        const cli::Run info = cli::famscope({"info", h.img});
        QVERIFY2(info.out.contains("/dev/dax\\x1b[2J0.0"), info.out.constData());

        std::vector<QStringList> runs = {
            {"ls", h.img, "-l"}, {"log", h.img}, {"info", h.img}, {"fsck", h.img}};
        const QStringList shown =
            ls.out.isEmpty() ? QStringList() : QString::fromUtf8(ls.out).split('\n');
        for (const QString& name : shown) {
            if (name.isEmpty())
                continue;
            runs.push_back({"getmap", h.img, name});
            runs.push_back({"resolve", h.img, name, "0"});
            runs.push_back({"verify", h.img, name, "-S", "1"});
            runs.push_back({"ls", h.img, name});
        }
        for (const QStringList& args : runs) {
            const cli::Run r = cli::famscope(args);
            const QString problem = unsafeByteIn(r.out) + unsafeByteIn(r.err);
            QVERIFY2(problem.isEmpty(), qPrintable(args.join(' ') + ": " + problem));
            // Each name is reached by what ls printed (fsck exits 1 for its warnings).
            if (args.first() != QLatin1String("fsck"))
                QVERIFY2(r.exitCode == 0, qPrintable(args.join(' ') + ": " + r.err));
        }
    }

    // JSON keeps every byte: valid UTF-8 as itself, control characters as JSON escapes, bytes
    // that are not UTF-8 as the text \xNN and a backslash as \\.
    void jsonKeepsEveryByte() {
        const HostileNames h;
        const cli::Run ls = cli::famscope({"ls", h.img, "--json"});
        QCOMPARE(ls.exitCode, 0);
        QVERIFY(QString::fromUtf8(ls.out).toUtf8() == ls.out);
        QStringList paths = jsonPaths(ls.json().value("children").toArray());
        paths.sort();
        QStringList expected = {QString::fromUtf8(kTitle.c_str()),
                                QString::fromUtf8(kClear.c_str()),
                                QStringLiteral("a\nb"),
                                QStringLiteral("\\xff\\xfe"),
                                QStringLiteral("back\\\\slash"),
                                QStringLiteral("caf\u00e9")};
        expected.sort();
        QCOMPARE(paths, expected);
        const cli::Run info = cli::famscope({"info", h.img, "--json"});
        QCOMPARE(info.json().value("superblock").toObject().value("device_path").toString(),
                 QString::fromUtf8(kDevicePath.c_str()));
    }

    // The raw bytes work as arguments as well as their escaped form.
    void rawBytesReachTheFile() {
        const HostileNames h;
        const std::string img = h.img.toStdString();
        for (const std::string& name : {kNotUtf8, kNewline, kTitle}) {
            const cli::Run getmap = runRaw({"getmap", img, name});
            QVERIFY2(getmap.exitCode == 0, getmap.err.constData());
            const cli::Run verify = runRaw({"verify", img, name, "-S", "1"});
            QVERIFY2(verify.exitCode == 0, verify.err.constData());
            const cli::Run resolve = runRaw({"resolve", img, name, "0"});
            QVERIFY2(resolve.exitCode == 0, resolve.err.constData());
        }
        // "\\" is one backslash, so "back\\slash" names the file and "back\slash" does not
        // (a backslash before anything but x and \ is kept: it names "back\slash" too).
        QCOMPARE(cli::famscope({"getmap", h.img, "back\\\\slash"}).exitCode, 0);
        QCOMPARE(cli::famscope({"getmap", h.img, "back\\\\\\\\slash"}).exitCode, 6);
    }

    // mkdir writes the bytes given, raw or escaped, never U+FFFD's EF BF BD.
    void mkdirWritesTheBytesGiven() {
        const TempImage im(64 * kMiB);
        const std::string img = im.img;
        const std::vector<std::string> common = {"--system-uuid-file", im.suuid, "--no-backup"};
        auto mkdir = [&](const std::string& name) {
            std::vector<std::string> args = {"mkdir", img, name};
            args.insert(args.end(), common.begin(), common.end());
            return runRaw(args);
        };
        const cli::Run raw = mkdir("\xff\xfe");
        QVERIFY2(raw.exitCode == 0, raw.err.constData());
        QVERIFY2(raw.out.contains("created directory \\xff\\xfe "), raw.out.constData());
        const cli::Run escaped = mkdir("\\xfd\\xFC");
        QVERIFY2(escaped.exitCode == 0, escaped.err.constData());
        // The same bytes again, in the other notation: they exist.
        QCOMPARE(mkdir("\\xff\\xfe").exitCode, 8);
        QCOMPARE(mkdir("\xfd\xfc").exitCode, 8);
        const cli::Run log = cli::famscope({"log", QString::fromStdString(img), "--json"});
        QStringList paths = jsonPaths(log.json().value("entries").toArray());
        QCOMPARE(paths, QStringList({"\\xff\\xfe", "\\xfd\\xfc"}));
    }

    // fsck warns about control characters in names, and only about those.
    void fsckWarnsAboutControlCharacters() {
        const HostileNames h;
        const cli::Run r = cli::famscope({"fsck", h.img, "--json"});
        QStringList flagged;
        for (const auto& v : r.json().value("findings").toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value("code").toString() == QLatin1String("PATH_CONTROL_CHAR")) {
                QCOMPARE(f.value("severity").toString(), QStringLiteral("warning"));
                flagged << f.value("location").toObject().value("path").toString();
            }
        }
        flagged.sort();
        QStringList expected = {QString::fromUtf8(kTitle.c_str()),
                                QString::fromUtf8(kClear.c_str()), QStringLiteral("a\nb")};
        expected.sort();
        QCOMPARE(flagged, expected);

        // The text escapes each name once: a location already escaped in core would show
        // "title\\x1b" here, a backslash that is not in the name.
        const cli::Run text = cli::famscope({"fsck", h.img});
        QVERIFY2(text.out.contains("entry 0 \"title\\x1b]0;owned\\x07\""), text.out.constData());
        QVERIFY2(text.out.contains("\"a\\x0ab\""), text.out.constData());
        QVERIFY2(!text.out.contains("\\\\x"), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHostileNames)
#include "tst_cli_hostile_names.moc"
