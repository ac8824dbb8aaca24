// famscope bench through the real executable: the JSON shape, the flags, the mmap_bench
// lines, usage errors, and the refusal of write faults on images and famfs metadata.
#include "core/format/Constants.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"

#include "CliRun.h"
#include "GoldenImages.h"
#include "HostileImage.h"
#include "TempDir.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cstring>

using namespace famscope::famfs;

namespace {

using hostile::kDevSize;
using hostile::kMiB;
constexpr uint64_t kGoodOffset = hostile::kDataStart; // first data byte: 0xa00000

using cli::Run;

Run runFamscope(const QStringList& args) {
    return cli::famscope(args);
}

// Quick settings: the smallest run the engine accepts (9 repetitions, no warm-up).
QStringList quick(QStringList args) {
    return args << QStringLiteral("--warmups") << QStringLiteral("0");
}

// A small famfs image: "good" in the data area, and "evil" whose extent lies on the log.
QByteArray famfsImage() {
    return hostile::image({{"good"}, {"evil", kAllocUnit, kLogOffset}}, "/dev/dax0.0");
}

QByteArray sha(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

QJsonObject pool(const QJsonObject& json, qint64 pageSize) {
    for (const auto& v : json.value(QLatin1String("environment"))
                             .toObject()
                             .value(QLatin1String("hugetlb"))
                             .toArray())
        if (v.toObject().value(QLatin1String("page_size")).toInteger() == pageSize)
            return v.toObject();
    return {};
}

} // namespace

class TestCliBench : public QObject {
    Q_OBJECT

private slots:
    void jsonShape() {
        const Run r =
            runFamscope(quick({"bench", "memfd", "--size", "4M", "--threads", "2", "--latency",
                               "--populate", "--json", "--mmap-bench-lines"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j.value("target").toObject().value("kind").toString(), QStringLiteral("memfd"));
        QVERIFY(j.value("predicted_fault_pages").isNull()); // not a famfs file: null, not absent
        const QJsonObject config = j.value("config").toObject();
        QCOMPARE(config.value("access").toString(), QStringLiteral("read"));
        QCOMPARE(config.value("order").toString(), QStringLiteral("sequential"));
        QCOMPARE(config.value("reps").toInt(), 9);
        QCOMPARE(config.value("max_threads").toInt(), 2);
        const QJsonObject env = j.value("environment").toObject();
        QVERIFY(!env.value("kernel").toString().isEmpty());
        QVERIFY(env.value("thp").toObject().contains("shmem_enabled"));
        QVERIFY(j.value("bandwidth").toObject().value("fill_gib_per_s").toDouble() > 0);
        QVERIFY(j.value("bandwidth").toObject().value("read_gib_per_s").toDouble() > 0);

        const QJsonArray results = j.value("results").toArray();
        QCOMPARE(results.size(), 1);
        const QJsonObject r4k = results.at(0).toObject();
        QCOMPARE(r4k.value("requested_page_size").toInteger(), 4096);
        QCOMPARE(r4k.value("status").toString(), QStringLiteral("measured"));
        QCOMPARE(r4k.value("obtained_page_size").toInteger(), 4096);
        const QJsonArray series = r4k.value("series").toArray();
        QCOMPARE(series.size(), 2);
        for (const auto& v : series) {
            const QJsonObject s = v.toObject();
            QCOMPARE(s.value("pages").toInteger(), 1024);
            const double faults = s.value("faults").toObject().value("median").toDouble();
            QVERIFY2(faults >= 1000 && faults <= 1060, qPrintable(QString::number(faults)));
            QCOMPARE(s.value("repetitions").toArray().size(), 9);
            const QJsonObject ns = s.value("ns_per_fault").toObject();
            QVERIFY(ns.value("min").toDouble() <= ns.value("median").toDouble());
            QVERIFY(ns.value("median").toDouble() <= ns.value("max").toDouble());
            QVERIFY(s.value("page_check").toObject().value("obtained").toBool());
        }
        QCOMPARE(series.at(1).toObject().value("threads").toInt(), 2);
        QVERIFY(r4k.value("populate").toObject().value("method").toString().contains("POPULATE"));
        const QJsonObject lat = r4k.value("latency").toObject();
        QCOMPARE(lat.value("samples").toInteger(), 1024);
        QVERIFY(lat.value("p50_ns").toDouble() <= lat.value("p99_ns").toDouble());
        QVERIFY(lat.value("p99_ns").toDouble() <= lat.value("p999_ns").toDouble());
        QVERIFY(!lat.value("cdf").toArray().isEmpty());

        const QJsonArray lines = j.value("mmap_bench_lines").toArray();
        QCOMPARE(lines.size(), 3);
        QVERIFY(
            lines.at(0).toString().startsWith("MMAP_BENCH_BEGIN, file=memfd, size_bytes=4194304"));
        QVERIFY(lines.at(1).toString().startsWith("MMAP_READ_SEQ,  bs=4096, total_bytes=4194304, "
                                                  "elapsed="));
        QCOMPARE(lines.at(2).toString(), QStringLiteral("MMAP_BENCH_END, file=memfd"));
    }

    void writeAndRandomFlags() {
        const Run r = runFamscope(quick({"bench", "memfd", "--size", "2M", "--write", "--random",
                                         "--json", "--mmap-bench-lines"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        QCOMPARE(j.value("config").toObject().value("access").toString(), QStringLiteral("write"));
        QCOMPARE(j.value("config").toObject().value("order").toString(), QStringLiteral("random"));
        const QJsonArray lines = j.value("mmap_bench_lines").toArray();
        QVERIFY(lines.at(1).toString().startsWith("MMAP_RAND_WRITE_0s, bs=4096, ran_seconds="));
    }

    void textOutput() {
        const Run r = runFamscope(quick({"bench", "memfd", "--size", "2M", "--mmap-bench-lines"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("ns/fault"));
        QVERIFY(r.out.contains("bandwidth reference: fill "));
        QVERIFY(r.out.contains("\nMMAP_BENCH_END, file=memfd\n"));
    }

    void usageErrors() {
        QCOMPARE(runFamscope({"bench", "memfd", "--page-size", "3k"}).exitCode, 1);
        QCOMPARE(runFamscope({"bench", "memfd", "--reps", "3"}).exitCode, 1);
        QCOMPARE(runFamscope({"bench", "memfd", "--threads", "0"}).exitCode, 1);
        QCOMPARE(runFamscope({"bench", "memfd", "--offset", "2M"}).exitCode, 1);
        QCOMPARE(runFamscope({"bench", "famfs:nothing"}).exitCode, 1);
        QCOMPARE(runFamscope({"bench"}).exitCode, 1);
        const Run wrongSize = runFamscope({"bench", "memfd", "--page-size", "2m", "--size", "2M"});
        QCOMPARE(wrongSize.exitCode, 2);
        QVERIFY(wrongSize.err.contains("hugetlb or thp"));
        const Run missing = runFamscope({"bench", "/nonexistent/image"});
        QCOMPARE(missing.exitCode, 2);
    }

    // What the report says depends on the host's pool, read here independently of famscope:
    // a page size the kernel lacks (no pool directory), too few free pages, or enough.
    void hugetlbSkippedOrMeasured_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("pageSize");
        QTest::newRow("2m") << QStringLiteral("2m") << qint64(2 * kMiB);
        QTest::newRow("1g") << QStringLiteral("1g") << qint64(1024 * kMiB);
    }

    void hugetlbSkippedOrMeasured() {
        QFETCH(QString, name);
        QFETCH(qint64, pageSize);
        const Run r = runFamscope(quick({"bench", "hugetlb", "--page-size", name, "--size",
                                         QString::number(pageSize), "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject j = r.json();
        const QJsonObject result = j.value("results").toArray().at(0).toObject();
        const QString status = result.value("status").toString();
        const QString reason = result.value("skip_reason").toString();
        const QString dir =
            QStringLiteral("/sys/kernel/mm/hugepages/hugepages-%1kB").arg(pageSize / 1024);
        QFile freeFile(dir + QStringLiteral("/free_hugepages"));
        if (!freeFile.open(QIODevice::ReadOnly)) {
            QCOMPARE(status, QStringLiteral("skipped"));
            QVERIFY2(reason.contains(QStringLiteral("offers no")) &&
                         reason.contains(dir + QStringLiteral(" is missing")),
                     qPrintable(reason));
            QVERIFY(pool(j, pageSize).isEmpty());
        } else if (freeFile.readAll().trimmed().toLongLong() < 1) {
            QCOMPARE(status, QStringLiteral("skipped"));
            QVERIFY2(reason.contains(dir + QStringLiteral("/nr_hugepages")), qPrintable(reason));
            QVERIFY(!pool(j, pageSize).isEmpty());
        } else {
            QVERIFY2(status != QStringLiteral("skipped"), qPrintable(reason));
        }
    }

    void thpNeverReportedAsWhatItDidNotGet() {
        if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage")))
            QSKIP("this kernel has no transparent huge pages "
                  "(no /sys/kernel/mm/transparent_hugepage)");
        const Run r = runFamscope(quick({"bench", "thp", "--size", "8M", "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject res = r.json().value("results").toArray().at(0).toObject();
        const bool flagged = res.value("flagged").toBool();
        QCOMPARE(res.value("status").toString(),
                 flagged ? QStringLiteral("flagged") : QStringLiteral("measured"));
        QCOMPARE(res.value("obtained_page_size").toInteger() == 2 * qint64(kMiB), !flagged);
        if (flagged) {
            const qint64 got = res.value("obtained_page_size").toInteger();
            const QString label = res.value("label").toString();
            if (got != 2 * qint64(kMiB)) {
                QVERIFY(res.value("flag_reason").toString().contains("asked for 2 MiB"));
                QVERIFY(label.startsWith(QStringLiteral("2m->")));
                QVERIFY(label != QStringLiteral("2m->mixed"));
            } else {
                QCOMPARE(label, QStringLiteral("2m->mixed"));
            }
            const Run text = runFamscope(quick({"bench", "thp", "--size", "8M"}));
            QVERIFY(text.out.contains("FLAGGED"));
            QVERIFY(text.out.contains("2m->"));
        } else {
            QCOMPARE(res.value("label").toString(), QStringLiteral("2m"));
        }
    }

    void writeRefusedOnImagesAndMetadata() {
        const QString golden = golden::imagePath(QStringLiteral("a02-files"));
        const Run image = runFamscope({"bench", golden, "--write"});
        QCOMPARE(image.exitCode, 7);
        QVERIFY(image.err.contains("would change the image file"));

        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("small.img"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(famfsImage()), qint64(kDevSize));
        f.close();
        const QByteArray before = sha(path);
        const Run evil = runFamscope({"bench", "famfs:" + path + ":evil", "--write"});
        QCOMPARE(evil.exitCode, 7);
        QVERIFY2(evil.err.contains("superblock or log"), evil.err.constData());
        QCOMPARE(sha(path), before);

        // Reading the same file is harmless and allowed.
        QCOMPARE(runFamscope(quick({"bench", "famfs:" + path + ":evil"})).exitCode, 0);
    }

    void writeFaultsLandWhereTheResolverSays() {
        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("small.img"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(famfsImage()), qint64(kDevSize));
        f.close();
        const Run r = runFamscope(quick({"bench", "famfs:" + path + ":good", "--write", "--json"}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray img = f.readAll();
        // One non-zero byte at the start of every 4 KiB page of the file's extent, nothing
        // elsewhere in the data area.
        for (uint64_t off = 0; off < kDevSize - kGoodOffset; off += 4096) {
            const auto byte =
                static_cast<uint8_t>(img.at(static_cast<qsizetype>(kGoodOffset + off)));
            if (off < 2 * kMiB)
                QCOMPARE(byte, uint8_t{0xA5});
            else
                QCOMPARE(byte, uint8_t{0});
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_cli_bench.moc"
