// Where the CLI's output goes:
// * output that cannot be written (stdout on /dev/full, a pipe closed early with SIGPIPE
//   ignored) is an error with a message, never exit 0; a command that failed keeps its status;
// * long reports reach stdout a chunk at a time and arrive whole: every entry once, in order.
#include "core/report/LogOutput.h"
#include "core/report/TextSink.h"

#include "CliRun.h"
#include "GoldenImages.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace famscope;

namespace {

const QString kFull = QStringLiteral("/dev/full");

struct Ended {
    int exitCode = -1;
    QByteArray err;
};

// famscope with stdout on `outFile`, or on a pipe whose reader exits at once (SIGPIPE ignored
// in famscope, so that its writes fail with EPIPE instead of killing it).
Ended runWithStdout(const QStringList& args, const QString& outFile) {
    QProcess p;
    p.setProcessEnvironment(cli::headlessEnvironment());
    if (outFile.isEmpty()) {
        p.start(QStringLiteral("bash"),
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("trap '' PIPE; \"$@\" | true; exit ${PIPESTATUS[0]}"),
                            QStringLiteral("bash"), golden::famscopeBinary()} +
                    args);
    } else {
        p.setStandardOutputFile(outFile);
        p.start(golden::famscopeBinary(), args);
    }
    if (!p.waitForFinished(120000))
        qFatal("famscope %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardError()};
}

bool fullDeviceMissing() {
    return !QFileInfo(kFull).exists();
}

} // namespace

class TestCliOutput : public QObject {
    Q_OBJECT

private slots:
    void lostOutputIsAnError_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("saysLost");
        const QString a02 = golden::imagePath(QStringLiteral("a02-files"));
        const QString a06 = golden::imagePath(QStringLiteral("a06-log-full"));
        using L = QStringList;
        QTest::newRow("info") << L{"info", a02} << 10 << true;
        QTest::newRow("info --json, many chunks") << L{"info", "--json", a06} << 10 << true;
        QTest::newRow("log --json, many chunks") << L{"log", "--json", a06} << 10 << true;
        QTest::newRow("ls") << L{"ls", a02} << 10 << true;
        QTest::newRow("--help") << L{"--help"} << 10 << true;
        // fsck's own scheme: 8, its operational error.
        QTest::newRow("fsck") << L{"fsck", a02} << 8 << true;
        // famfs fsck does not check its output: its status stands, with the message.
        QTest::newRow("fsck --famfs-compat") << L{"fsck", "--famfs-compat", a02} << 0 << true;
        // A command that failed keeps its status: the output it lost is only its error.
        QTest::newRow("missing target") << L{"info", "/nonexistent/famscope-image"} << 2 << false;
    }
    void lostOutputIsAnError() {
        if (fullDeviceMissing())
            QSKIP("/dev/full does not exist here: nothing to write to that is always full");
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(bool, saysLost);
        const Ended r = runWithStdout(args, kFull);
        QVERIFY2(r.exitCode == status, r.err.constData());
        QCOMPARE(r.err.contains("the output could not be written: No space left on device"),
                 saysLost);
    }

    void closedPipeIsAnError() {
        // More than a pipe holds, so that a write meets the closed end.
        const Ended r = runWithStdout(
            {QStringLiteral("log"), golden::imagePath(QStringLiteral("a06-log-full"))}, {});
        QVERIFY2(r.exitCode == 10, qPrintable(QString::number(r.exitCode) + r.err));
        QVERIFY2(r.err.contains("famscope log: the output could not be written: Broken pipe"),
                 r.err.constData());
    }

    void writtenOutputIsSuccess() {
        const cli::Run r =
            cli::famscope({QStringLiteral("info"), golden::imagePath(QStringLiteral("a02-files"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
    }

    // 4.7 MB of JSON, handed on in five chunks: it parses, and lists every entry once.
    void longJsonArrivesWhole() {
        const cli::Run r = cli::famscope({QStringLiteral("log"), QStringLiteral("--json"),
                                          golden::imagePath(QStringLiteral("a06-log-full"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(size_t(r.out.size()) > 4 * report::kTextChunk);
        QVERIFY(r.out.endsWith("}\n"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray entries = doc.object().value(QLatin1String("entries")).toArray();
        const QJsonObject want = golden::manifestImage(QStringLiteral("a06-log-full"));
        QCOMPARE(entries.size(), want.value(QLatin1String("log_entries")).toArray().size());
        for (qsizetype i = 0; i < entries.size(); ++i)
            QCOMPARE(entries.at(i).toObject().value(QLatin1String("index")).toInteger(), i);
    }

    // The text log in chunks, in process: more than one chunk, each a whole number of lines
    // but the last, and together every line once.
    void longTextArrivesWhole() {
        fs::LoadedFs lfs;
        constexpr uint64_t kEntries = 20000; // about 2 MB of lines
        for (uint64_t i = 0; i < kEntries; ++i) {
            famfs::FileMeta f;
            f.size = 4096 * (i + 1);
            f.mode = 0644;
            famfs::setPathText(f.relpath, "dir" + std::to_string(i % 7) + "/file-" +
                                              std::to_string(i) + ".dat");
            f.count = 1;
            f.setExtent(0, {0, 0x400000 + 0x200000 * i, 0x200000});
            famfs::LogEntry e = famfs::LogEntry::makeFile(f);
            e.seqnum = i;
            e.seal();
            lfs.entries.push_back(std::move(e));
        }
        std::vector<std::string> chunks;
        report::logText(lfs, {}, 0, UINT64_MAX,
                        [&chunks](std::string_view text) { chunks.emplace_back(text); });
        QVERIFY(chunks.size() >= 2);
        std::string whole;
        for (const std::string& c : chunks)
            whole += c;
        std::string want;
        for (uint64_t i = 0; i < kEntries; ++i)
            want += report::logEntryLine(i, lfs.entries[i]);
        QCOMPARE(whole.size(), want.size());
        QVERIFY(whole == want);
        for (size_t k = 0; k + 1 < chunks.size(); ++k) {
            QVERIFY(chunks[k].size() >= report::kTextChunk);
            QVERIFY(chunks[k].ends_with('\n'));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
