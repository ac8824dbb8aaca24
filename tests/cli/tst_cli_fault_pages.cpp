// `resolve --explain`, `getmap --json` fault_pages and `ls --pages` on a real image: the CLI
// prints what the core computes (fs::explain, fs::faultPages), and the numbers agree with the
// file's map as the manifest records it.
#include "CliRun.h"
#include "GoldenImages.h"

#include "core/fs/FaultPages.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/Media.h"

#include <QJsonArray>
#include <QTest>

using namespace famscope;
using cli::Run;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

Run runCli(const QStringList& args) {
    return cli::famscope(args);
}

QString image(const char* name) {
    return golden::imagePath(QLatin1String(name));
}

// The file as the core sees it, for comparing the CLI's numbers with the core's.
fs::FsFile coreFile(const char* imageName, const std::string& path) {
    auto media = media::openMedia(image(imageName).toStdString(), media::Access::ReadOnly);
    if (!media)
        qFatal("%s", media.error().c_str());
    auto loaded = fs::loadFileSystem(**media);
    if (!loaded)
        qFatal("%s", loaded.error().c_str());
    const fs::Namespace ns = fs::replay(*loaded, fs::ReplayMode::Mount);
    const fs::FsFile* f = ns.findFile(path);
    if (!f)
        qFatal("no %s in %s", path.c_str(), imageName);
    return *f;
}

// strips[k].offset of an interleaved file, from the manifest.
uint64_t manifestStrip(const char* imageName, const QString& path, int k) {
    const QJsonArray files = golden::manifestImage(QLatin1String(imageName))
                                 .value(QLatin1String("namespace"))
                                 .toObject()
                                 .value(QLatin1String("replay"))
                                 .toObject()
                                 .value(QLatin1String("files"))
                                 .toArray();
    for (const auto& v : files)
        if (v.toObject().value(QLatin1String("path")).toString() == path)
            return golden::number(v.toObject()
                                      .value(QLatin1String("interleave"))
                                      .toObject()
                                      .value(QLatin1String("strips"))
                                      .toArray()
                                      .at(k)
                                      .toArray()
                                      .at(0));
    qFatal("no %s in the manifest", qPrintable(path));
}

} // namespace

class TestCliFaultPages : public QObject {
    Q_OBJECT

private slots:
    // 8 strips of 2 MiB chunks, offset 15 MiB: chunk 7, 1 MiB into it, stripe 0, strip 7.
    void explainText() {
        const Run r =
            runCli({QStringLiteral("resolve"), QStringLiteral("--explain"), image("a04-striped"),
                    QStringLiteral("pattern_s8x2m_64m"), QStringLiteral("15M")});
        QCOMPARE(r.exitCode, 0);
        const fs::FsFile f = coreFile("a04-striped", "pattern_s8x2m_64m");
        const auto e = fs::explain(f.map, f.size, 15 * kMiB);
        qsizetype at = 0;
        for (const auto& s : e.steps) { // every step, in order
            const qsizetype found = r.out.indexOf(QByteArray::fromStdString(s.text), at);
            QVERIFY2(found >= 0, s.text.c_str());
            at = found;
        }
        const uint64_t device =
            manifestStrip("a04-striped", QStringLiteral("pattern_s8x2m_64m"), 7) + kMiB;
        QVERIFY(r.out.contains("chunk = 15728640 (0xf00000) / chunk size 2097152 (0x200000) = 7"));
        QVERIFY(r.out.contains("result: device 0 offset 0x" +
                               QByteArray::number(qulonglong(device), 16) +
                               ", mapped 1048576 bytes"));
        QVERIFY(r.out.contains("fault: maps a 2 MiB page"));
        QVERIFY(r.out.contains("(strip 7)")); // the runs follow the explanation
    }

    void explainJson() {
        const Run r = runCli({QStringLiteral("resolve"), QStringLiteral("--explain"),
                              QStringLiteral("--json"), image("a04-striped"),
                              QStringLiteral("pattern_s8x2m_64m"), QStringLiteral("15M")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject ex = r.json().value(QLatin1String("explain")).toObject();
        const QJsonArray steps = ex.value(QLatin1String("steps")).toArray();
        const fs::FsFile f = coreFile("a04-striped", "pattern_s8x2m_64m");
        const auto e = fs::explain(f.map, f.size, 15 * kMiB);
        QCOMPARE(steps.size(), qsizetype(e.steps.size()));
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps.at(i).toObject();
            QCOMPARE(s.value(QLatin1String("kind")).toString().toStdString(),
                     e.steps[size_t(i)].kind);
            for (const auto& [name, v] : e.steps[size_t(i)].values)
                QCOMPARE(golden::number(s.value(QLatin1String("values"))
                                            .toObject()
                                            .value(QString::fromStdString(name))),
                         v);
        }
        QCOMPARE(golden::number(ex.value(QLatin1String("device_offset"))),
                 manifestStrip("a04-striped", QStringLiteral("pattern_s8x2m_64m"), 7) + kMiB);
        QCOMPARE(golden::number(ex.value(QLatin1String("mapped_length"))), kMiB);
        QCOMPARE(ex.value(QLatin1String("fault_page")).toString(), QStringLiteral("2M"));
        QVERIFY(r.json().value(QLatin1String("runs")).isArray());
    }

    // Past the end of an interleaved file: the explanation says why, the exit status is 6.
    void explainUnmapped() {
        const Run r =
            runCli({QStringLiteral("resolve"), QStringLiteral("--explain"), image("a04-striped"),
                    QStringLiteral("pattern_s8x2m_64m"), QStringLiteral("64M")});
        QCOMPARE(r.exitCode, 6);
        QVERIFY(r.out.contains("no mapping: it is at or beyond the end of the interleaved file"));
        QVERIFY(r.out.contains("fault: maps nothing (SIGBUS)"));
    }

    // s3x2m_3333333: the first 2 MiB window is a 2 MiB page, the second runs past the size.
    void getmapJson() {
        const Run r = runCli({QStringLiteral("getmap"), QStringLiteral("--json"),
                              image("a04-striped"), QStringLiteral("s3x2m_3333333")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject fp = r.json().value(QLatin1String("fault_pages")).toObject();
        const fs::FsFile f = coreFile("a04-striped", "s3x2m_3333333");
        const auto want = fs::faultPages(f.map, f.size);
        QVERIFY(want.ok());
        QCOMPARE(golden::number(fp.value(QLatin1String("bytes_2m"))), want->bytes2M);
        QCOMPARE(golden::number(fp.value(QLatin1String("bytes_4k"))), want->bytes4K);
        QCOMPARE(want->bytes2M, 2 * kMiB);
        QCOMPARE(want->bytes4K, uint64_t{3334144} - 2 * kMiB); // size rounded up to 4 KiB
        QCOMPARE(fp.value(QLatin1String("percent_2m")).toInt(), 62);
        const QJsonArray ranges = fp.value(QLatin1String("ranges")).toArray();
        QCOMPARE(ranges.size(), qsizetype(2));
        QCOMPARE(ranges.at(1).toObject().value(QLatin1String("blocker")).toString(),
                 QStringLiteral("past_eof"));
    }

    void lsPages() {
        const Run plain =
            runCli({QStringLiteral("ls"), QStringLiteral("-l"), image("a04-striped")});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.out.contains("[2M")); // unchanged without --pages
        const Run r = runCli({QStringLiteral("ls"), QStringLiteral("-l"), QStringLiteral("--pages"),
                              image("a04-striped")});
        QCOMPARE(r.exitCode, 0);
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.contains("pattern_s8x2m_64m"))
                QVERIFY2(line.endsWith(")  [2M 100%]"), line.constData());
            if (line.contains("plain_simple")) // 100000 bytes: no whole 2 MiB window
                QVERIFY2(line.endsWith("  [2M 0%]"), line.constData());
        }
        const Run json =
            runCli({QStringLiteral("ls"), QStringLiteral("--json"), QStringLiteral("--pages"),
                    image("a04-striped"), QStringLiteral("pattern_s8x2m_64m")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject child =
            json.json().value(QLatin1String("children")).toArray().at(0).toObject();
        QCOMPARE(child.value(QLatin1String("fault_pages"))
                     .toObject()
                     .value(QLatin1String("percent_2m"))
                     .toInt(),
                 100);
    }

    // The benchmark on a famfs file prints the page mix the layout predicts below its table.
    void benchShowsPrediction() {
        const Run r = runCli(
            {QStringLiteral("bench"),
             QStringLiteral("famfs:") + image("a04-striped") + QStringLiteral(":s3x2m_3333333"),
             QStringLiteral("--warmups"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 0);
        const fs::FsFile f = coreFile("a04-striped", "s3x2m_3333333");
        const auto want = fs::faultPages(f.map, f.size);
        QVERIFY(want.ok());
        QVERIFY2(r.out.contains("predicted on a famfs mount (2 MiB-aligned devdax): 2M pages for " +
                                QByteArray::number(qulonglong(want->bytes2M)) +
                                " bytes (62.9%), 4K pages for " +
                                QByteArray::number(qulonglong(want->bytes4K)) + " bytes (37.1%)"),
                 r.out.constData());
    }

    // In --json the prediction is predicted_fault_pages, beside the measured results[].
    void benchJsonShowsPrediction() {
        const Run r = runCli(
            {QStringLiteral("bench"),
             QStringLiteral("famfs:") + image("a04-striped") + QStringLiteral(":s3x2m_3333333"),
             QStringLiteral("--warmups"), QStringLiteral("0"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QVERIFY(!j.value(QLatin1String("results")).toArray().isEmpty());
        const QJsonObject fp = j.value(QLatin1String("predicted_fault_pages")).toObject();
        const fs::FsFile f = coreFile("a04-striped", "s3x2m_3333333");
        const auto want = fs::faultPages(f.map, f.size);
        QVERIFY(want.ok());
        QCOMPARE(golden::number(fp.value(QLatin1String("bytes_2m"))), want->bytes2M);
        QCOMPARE(golden::number(fp.value(QLatin1String("bytes_4k"))), want->bytes4K);
        QCOMPARE(golden::number(fp.value(QLatin1String("bytes_unmapped"))), want->bytesNone);
        QCOMPARE(fp.value(QLatin1String("percent_2m")).toInt(), int(want->percent2M()));
        QCOMPARE(fp.value(QLatin1String("ranges")).toArray().size(),
                 qsizetype(want->ranges.size()));
    }
};

QTEST_GUILESS_MAIN(TestCliFaultPages)
#include "tst_cli_fault_pages.moc"
