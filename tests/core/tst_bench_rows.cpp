// The benchmark report as rows, CSV (bench/BenchRows.h) and text (report/BenchOutput.h), on a
// report built by hand: a measured, a flagged and a skipped page size, and names that need CSV
// quoting.
#include "core/bench/BenchRows.h"
#include "core/bench/PageSize.h"
#include "core/report/BenchOutput.h"
#include "core/report/TextFormat.h"

#include <QTest>

#include <algorithm>

using namespace famscope;
using namespace famscope::bench;

namespace {

PageSizeResult measured(uint64_t pageSize, uint64_t obtained, bool ok, const std::string& note) {
    PageSizeResult p;
    p.pageSize = pageSize;
    SeriesResult s;
    s.nsPerFault = {250.5, 200, 300, 5};
    s.gibPerSecond = {1.25, 1, 2, 5};
    s.faults = {512, 512, 512, 5};
    s.check.requested = pageSize;
    s.check.obtained = obtained;
    s.check.ok = ok;
    s.check.note = note;
    p.series.push_back(s);
    return p;
}

BenchReport sampleReport() {
    BenchReport r;
    r.target = "memfd, \"big\"";
    r.options.run.access = AccessKind::Write;
    r.options.run.order = Order::Random;
    r.bandwidth = BandwidthResult{1 << 20, 3, 12.5, 20};
    r.results.push_back(measured(kPage4K, kPage4K, true, ""));
    r.results.push_back(measured(kPage2M, kPage4K, false, "fell back to 4k"));
    PageSizeResult skipped;
    skipped.pageSize = uint64_t{1} << 30;
    skipped.skipped = true;
    skipped.skipReason = "no 1 GiB pages, reserve some";
    r.results.push_back(skipped);
    return r;
}

} // namespace

class TestBenchRows : public QObject {
    Q_OBJECT
private slots:
    void labelNamesTargetAccessAndOrder() {
        QCOMPARE(runLabel(3, sampleReport()), std::string("#3 memfd, \"big\" write random"));
        QCOMPARE(runLabel(1, BenchReport{}), std::string("#1  read seq"));
    }

    void rowsListWhatEachPageSizeGot() {
        const auto rows = benchRows(sampleReport(), "#1");
        QCOMPARE(rows.size(), size_t{3});
        QCOMPARE(rows[0].status, std::string("measured"));
        QCOMPARE(rows[0].pageLabel, std::string("4k"));
        QCOMPARE(rows[0].nsPerFaultMedian, 250.5);
        QCOMPARE(rows[0].bandwidthFill, 12.5);
        // A flagged result is listed under the page size it really got.
        QCOMPARE(rows[1].status, std::string("flagged"));
        QCOMPARE(rows[1].pageLabel, std::string("2m->4k"));
        QCOMPARE(rows[1].requested, kPage2M);
        QCOMPARE(rows[1].obtained, kPage4K);
        QCOMPARE(rows[1].note, std::string("fell back to 4k"));
        QCOMPARE(rows[2].status, std::string("skipped"));
        QCOMPARE(rows[2].pageLabel, std::string("1g"));
        QCOMPARE(rows[2].obtained, uint64_t{0});
        QCOMPARE(rows[2].note, std::string("no 1 GiB pages, reserve some"));
    }

    void csvQuotesWhatNeedsIt() {
        const std::string csv = benchCsv(benchRows(sampleReport(), "#1"));
        QVERIFY(csv.starts_with("run,target,page,requested_page_size,"));
        QVERIFY(csv.find("\n#1,\"memfd, \"\"big\"\"\",2m->4k,2097152,4096,flagged,250.5,200,300,"
                         "1.25,512,0,0,0,12.5,fell back to 4k\n") != std::string::npos);
        QVERIFY(csv.find(",1g,1073741824,0,skipped,0,0,0,0,0,0,0,0,12.5,\"no 1 GiB pages, "
                         "reserve some\"\n") != std::string::npos);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'),
                 std::ptrdiff_t{4}); // header and three rows
    }

    // The text famscope bench prints: the table, then with --mmap-bench-lines a blank line and
    // one line per mmap_bench record.
    void textEndsWithTheMmapBenchLines() {
        const BenchReport r = sampleReport();
        const std::string table = report::benchText(r, false);
        std::string lines = "\n";
        for (const std::string& line : report::mmapBenchLines(r))
            lines += line + '\n';
        QVERIFY(lines.size() > 1);
        QCOMPARE(report::benchText(r, true), table + lines);
        QVERIFY(table.rfind("target: ", 0) == 0);
    }

    void csvFieldFollowsRfc4180() {
        QCOMPARE(report::csvField("plain"), std::string("plain"));
        QCOMPARE(report::csvField(""), std::string(""));
        QCOMPARE(report::csvField("a,b"), std::string("\"a,b\""));
        QCOMPARE(report::csvField("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
        QCOMPARE(report::csvField("two\nlines"), std::string("\"two\nlines\""));
        QCOMPARE(report::csvField("cr\r"), std::string("\"cr\r\""));
    }
};

QTEST_GUILESS_MAIN(TestBenchRows)
#include "tst_bench_rows.moc"
