// The option syntax every famscope command accepts (CommandLine.h, famscope(1) "OPTIONS"):
// values given as "--opt VALUE", "--opt=VALUE", "-opt VALUE" and "-o=VALUE" are the same
// thing; "--" ends the options; short options are not bundled; the last of two values counts;
// unknown options, missing and unexpected values are usage errors that name what was wrong.
// The messages are the ones famscope has always printed (scripts and users see them).
#include "CliRun.h"
#include "GoldenImages.h"

#include <QTest>

using cli::famscope;
using cli::Run;

namespace {

QString image() {
    return golden::imagePath(QStringLiteral("a02-files"));
}

QStringList args(std::initializer_list<const char*> words) {
    QStringList out;
    for (const char* w : words)
        out << QString::fromUtf8(w);
    return out;
}

// The message of a usage error of `command`, as every command words it.
QByteArray usageError(const char* command, const char* why) {
    return QByteArray("famscope ") + command + ": " + why + " (see famscope " + command +
           " --help)\n";
}

} // namespace

class TestCliOptions : public QObject {
    Q_OBJECT

private slots:
    void valueSpellingsAreEquivalent_data() {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("--opt value") << args({"--from", "2", "--to", "3"});
        QTest::newRow("--opt=value") << args({"--from=2", "--to=3"});
        QTest::newRow("-opt value") << args({"-from", "2", "-to", "3"});
        QTest::newRow("-opt=value") << args({"-from=2", "-to=3"});
        QTest::newRow("after the target") << args({"IMAGE", "--from", "2", "--to=3"});
        QTest::newRow("last value counts") << args({"--from", "0", "--from=2", "--to", "3"});
    }

    void valueSpellingsAreEquivalent() {
        QFETCH(QStringList, options);
        QStringList call{QStringLiteral("log")};
        for (const QString& o : options)
            call << (o == QLatin1String("IMAGE") ? image() : o);
        if (!options.contains(QStringLiteral("IMAGE")))
            call << image();
        const Run r = famscope(call);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        const Run canonical =
            famscope({QStringLiteral("log"), QStringLiteral("--from"), QStringLiteral("2"),
                      QStringLiteral("--to"), QStringLiteral("3"), image()});
        QCOMPARE(r.out, canonical.out);
        // The options took effect: two entries, not the whole log.
        QCOMPARE(r.out.count('\n'), 2);
        QVERIFY(famscope({QStringLiteral("log"), image()}).out.count('\n') > 2);
    }

    void shortOptions() {
        // -s4K is not "-s 4K": one-letter options take their value after a blank or '='.
        const Run attached = famscope({QStringLiteral("creat"), QStringLiteral("-s4K"),
                                       QStringLiteral("--plan"), image(), QStringLiteral("/x")});
        QCOMPARE(attached.exitCode, 1);
        QCOMPARE(attached.err, usageError("creat", "Unknown option 's4K'."));
        const Run spaced =
            famscope({QStringLiteral("creat"), QStringLiteral("-s"), QStringLiteral("4K"),
                      QStringLiteral("--plan"), image(), QStringLiteral("/x")});
        QCOMPARE(spaced.exitCode, 0);
        const Run assigned = famscope({QStringLiteral("creat"), QStringLiteral("-s=4K"),
                                       QStringLiteral("--plan"), image(), QStringLiteral("/x")});
        QCOMPARE(assigned.out, spaced.out);
        // Flags are not bundled: -lp is one (unknown) option, not -l -p.
        const Run bundled = famscope({QStringLiteral("ls"), QStringLiteral("-lp"), image()});
        QCOMPARE(bundled.exitCode, 1);
        QCOMPARE(bundled.err, usageError("ls", "Unknown option 'lp'."));
        // -l and --l are the same flag.
        const Run single = famscope({QStringLiteral("ls"), QStringLiteral("-l"), image()});
        QCOMPARE(single.exitCode, 0);
        QCOMPARE(famscope({QStringLiteral("ls"), QStringLiteral("--l"), image()}).out, single.out);
        QVERIFY(single.out != famscope({QStringLiteral("ls"), image()}).out);
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("call");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("err");
        QTest::newRow("missing value") << args({"log", "IMAGE", "--from"}) << 1
                                       << usageError("log", "Missing value after '--from'.");
        QTest::newRow("missing value wins over unknown")
            << args({"log", "--bogus", "--from"}) << 1
            << usageError("log", "Missing value after '--from'.");
        QTest::newRow("value for a flag") << args({"log", "--json=1", "IMAGE"}) << 1
                                          << usageError("log", "Unexpected value after '--json'.");
        QTest::newRow("value for -h")
            << args({"log", "-h=x"}) << 1 << usageError("log", "Unexpected value after '-h'.");
        QTest::newRow("unknown option") << args({"log", "--bogus", "IMAGE"}) << 1
                                        << usageError("log", "Unknown option 'bogus'.");
        QTest::newRow("unknown options") << args({"log", "--bogus", "-zap", "-q", "IMAGE"}) << 1
                                         << usageError("log", "Unknown options: bogus, zap, q.");
        QTest::newRow("empty option name")
            << args({"log", "--=x", "IMAGE"}) << 1 << usageError("log", "Unknown option ''.");
        QTest::newRow("three dashes")
            << args({"log", "---x", "IMAGE"}) << 1 << usageError("log", "Unknown option '-x'.");
        QTest::newRow("error before --help") << args({"info", "--help", "--bogus"}) << 1
                                             << usageError("info", "Unknown option 'bogus'.");
        QTest::newRow("no target") << args({"info"}) << 1 << usageError("info", "expected TARGET");
        QTest::newRow("two targets")
            << args({"info", "IMAGE", "IMAGE"}) << 1 << usageError("info", "expected TARGET");
        // The next argument is the value, whatever it looks like.
        QTest::newRow("value that looks like an option")
            << args({"log", "--from", "--json", "IMAGE"}) << 1
            << QByteArray("famscope log: --from needs a number, not '--json'\n");
        // fsck keeps e2fsck's statuses: 16 for usage, 1 with --famfs-compat.
        QTest::newRow("fsck usage") << args({"fsck", "--bogus", "IMAGE"}) << 16
                                    << usageError("fsck", "Unknown option 'bogus'.");
        QTest::newRow("fsck compat usage") << args({"fsck", "--famfs-compat", "--bogus", "IMAGE"})
                                           << 1 << usageError("fsck", "Unknown option 'bogus'.");
    }

    void usageErrors() {
        QFETCH(QStringList, call);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, err);
        for (QString& a : call)
            if (a == QLatin1String("IMAGE"))
                a = image();
        const Run r = famscope(call);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err, err);
        QCOMPARE(r.out, QByteArray());
    }

    void helpIgnoresPositionalCount() {
        const Run r = famscope(args({"info", "--help", "a", "b", "c"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Usage: famscope info [options] TARGET\n"));
        QCOMPARE(famscope(args({"info", "-help"})).out, r.out);
        QCOMPARE(famscope(args({"info", "-h"})).out, r.out);
    }

    void doubleDashEndsOptions() {
        // After "--", "--json" is the TARGET (which does not exist), not the option.
        const Run r = famscope(args({"log", "--", "--json"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("famscope: --json: "), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        // A lone "-" and an empty argument are positional too.
        const Run dash = famscope(args({"log", "-"}));
        QCOMPARE(dash.exitCode, 2);
        QVERIFY2(dash.err.startsWith("famscope: -: "), dash.err.constData());
        QCOMPARE(famscope(args({"log", ""})).exitCode, 2);
    }

    void singleDashWordIsLongOption() {
        const Run r = famscope({QStringLiteral("ls"), image(), QStringLiteral("-json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, famscope({QStringLiteral("ls"), QStringLiteral("--json"), image()}).out);
        QVERIFY(r.out.startsWith('{'));
    }

    // The option table: names in one column, descriptions wrapped at a blank so that no line
    // passes column 80.
    void helpLayout() {
        const Run r = famscope(args({"creat", "--help"}));
        QCOMPARE(r.exitCode, 0);
        const qsizetype from = r.out.indexOf("\nOptions:\n");
        const qsizetype to = r.out.indexOf("\nArguments:\n");
        QVERIFY(from > 0 && to > from);
        for (const QByteArray& line : r.out.mid(from, to - from).split('\n'))
            QVERIFY2(line.size() <= 80, line.constData());
        QVERIFY(r.out.contains("\n  -B, --nbuckets <N>         Interleave: buckets the device is "
                               "cut into (<= 64,\n                             each >= 1 GiB).\n"));
        QVERIFY(r.out.contains("\n  -s, --size <SIZE>          File size (required; K/M/G "
                               "suffixes).\n"));
        QVERIFY(r.out.contains("\n  --json                     Print JSON instead of text.\n"));
        QVERIFY(r.out.contains("\nArguments:\n  TARGET PATH\n\nExit status:\n  0  success\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_cli_options.moc"
