// The fault benchmark engine on memory targets: fault counts match the pages touched, the page
// size obtained is detected (and a fallback flagged), random order is a permutation, and the
// statistics and parsers behave.
#include "core/bench/BenchTarget.h"
#include "core/bench/Environment.h"
#include "core/bench/FileSource.h"
#include "core/bench/Latency.h"
#include "core/bench/MemfdSource.h"
#include "core/bench/PageCheck.h"
#include "core/bench/PageSize.h"
#include "core/bench/Runner.h"
#include "core/bench/Session.h"
#include "core/bench/Smaps.h"
#include "core/bench/Stats.h"
#include "core/bench/TouchPlan.h"
#include "core/media/DaxMedia.h"

#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTest>

#include <algorithm>
#include <fcntl.h>
#include <sstream>
#include <unistd.h>

using namespace famscope;
using namespace famscope::bench;

namespace {

constexpr uint64_t kMiB = 1ULL << 20;
constexpr char kThpEnabled[] = "/sys/kernel/mm/transparent_hugepage/enabled";

bool withinPercent(double value, double expected, double pct) {
    return std::abs(value - expected) <= expected * pct / 100.0;
}

// Reserves `pages` more free hugetlb pages of `pageSize` for the life of the object and puts
// the old reservation back afterwards. ok() false (with why()) when that is not possible.
class HugetlbReservation {
public:
    HugetlbReservation(uint64_t pageSize, uint64_t pages) : dir_(hugetlbSysfsDir(pageSize)) {
        const auto total = media::readSysfsU64(dir_ + "/nr_hugepages");
        const auto free = media::readSysfsU64(dir_ + "/free_hugepages");
        if (!total || !free) {
            why_ = dir_ + " does not exist: this kernel has no " + pageSizeText(pageSize) +
                   " hugetlb pages";
            return;
        }
        old_ = *total;
        if (*free >= pages) {
            ok_ = true;
            return;
        }
        const uint64_t want = *total + pages - *free;
        if (!write(want)) {
            why_ = "cannot reserve " + pageSizeText(pageSize) +
                   " hugetlb pages (needs root): "
                   "echo " +
                   std::to_string(want) + " > " + dir_ + "/nr_hugepages";
            return;
        }
        changed_ = true;
        const auto nowFree = media::readSysfsU64(dir_ + "/free_hugepages");
        ok_ = nowFree && *nowFree >= pages;
        if (!ok_)
            why_ = "the kernel could not find " + std::to_string(pages) + " free " +
                   pageSizeText(pageSize) + " pages to reserve (memory too fragmented)";
    }
    ~HugetlbReservation() {
        if (changed_)
            write(old_);
    }
    bool ok() const { return ok_; }
    const std::string& why() const { return why_; }

private:
    bool write(uint64_t value) {
        const int fd = ::open((dir_ + "/nr_hugepages").c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        const std::string text = std::to_string(value);
        const bool done =
            ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
        ::close(fd);
        return done;
    }
    std::string dir_;
    std::string why_;
    uint64_t old_ = 0;
    bool ok_ = false;
    bool changed_ = false;
};

void writeSysfsFile(const QString& path, int value) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray::number(value) + '\n') < 0)
        qFatal("cannot write %s", qPrintable(path));
}

RunConfig quickConfig() {
    RunConfig c;
    c.warmups = 1;
    c.reps = kMinReps;
    return c;
}

// What the kernel does for MADV_HUGEPAGE shmem, from the same sysfs files the engine records.
bool shmemThpAllowed(const Environment& env) {
    std::string effective = env.thpShmem2M;
    if (effective.empty() || effective == "inherit")
        effective = env.thpShmemEnabled;
    return effective == "always" || effective == "advise" || effective == "within_size" ||
           effective == "force";
}

} // namespace

class TestBenchEngine : public QObject {
    Q_OBJECT

private slots:
    void pageSizesParse() {
        auto sizes = parsePageSizes("4k,2m,1g");
        QVERIFY(sizes.ok());
        QCOMPARE(*sizes, (std::vector<uint64_t>{4096, 2 * kMiB, 1024 * kMiB}));
        auto mixed = parsePageSizes(" 2MiB, 4K ,2m");
        QVERIFY(mixed.ok());
        QCOMPARE(*mixed, (std::vector<uint64_t>{2 * kMiB, 4096}));
        QVERIFY(!parsePageSizes("3k").ok());
        QVERIFY(!parsePageSizes("2m,").ok());
        QVERIFY(!parsePageSizes("2t").ok());
        QVERIFY(!parsePageSizes("").ok());
        QCOMPARE(pageSizeName(2 * kMiB), std::string("2m"));
        QCOMPARE(pageSizeText(1024 * kMiB), std::string("1 GiB"));
    }

    void statsSummaries() {
        const Summary odd = summarize({5, 1, 3});
        QCOMPARE(odd.median, 3.0);
        QCOMPARE(odd.min, 1.0);
        QCOMPARE(odd.max, 5.0);
        QCOMPARE(summarize({4, 1, 3, 2}).median, 2.5);
        QCOMPARE(summarize({}).count, size_t{0});
        std::vector<double> sorted(1000);
        for (size_t i = 0; i < sorted.size(); ++i)
            sorted[i] = static_cast<double>(i + 1);
        QCOMPARE(percentileOfSorted(sorted, 0.5), 500.0);
        QCOMPARE(percentileOfSorted(sorted, 0.99), 990.0);
        QCOMPARE(percentileOfSorted(sorted, 0.999), 999.0);
        QCOMPARE(percentileOfSorted(sorted, 1.0), 1000.0);
        const auto cdf = cdfOfSorted(sorted, 100);
        QVERIFY(cdf.size() <= 101);
        QCOMPARE(cdf.back().first, 1000.0);
        QCOMPARE(cdf.back().second, 1.0);
        QVERIFY(std::is_sorted(cdf.begin(), cdf.end()));
    }

    void randomOrderIsAPermutation() {
        const auto seq = touchOffsets(4096 * 1000, 4096, Order::Sequential, 1);
        QCOMPARE(seq.size(), size_t{1000});
        QCOMPARE(seq[999], uint64_t{4096 * 999});
        auto rnd = touchOffsets(4096 * 1000, 4096, Order::Random, 1);
        QVERIFY(rnd != seq);                                              // shuffled
        QCOMPARE(touchOffsets(4096 * 1000, 4096, Order::Random, 1), rnd); // seeded
        QVERIFY(touchOffsets(4096 * 1000, 4096, Order::Random, 2) != rnd);
        std::sort(rnd.begin(), rnd.end());
        QCOMPARE(rnd, seq); // every page exactly once
        QVERIFY(touchOffsets(4095, 4096, Order::Sequential, 1).empty());
    }

    void smapsParsing() {
        const std::string text = "7f0000000000-7f0000400000 rw-s 00000000 00:01 1 /memfd:x\n"
                                 "Size:               4096 kB\n"
                                 "KernelPageSize:        4 kB\n"
                                 "Rss:                4096 kB\n"
                                 "ShmemPmdMapped:     4096 kB\n"
                                 "Shared_Hugetlb:        0 kB\n"
                                 "7f0000400000-7f0000600000 rw-s 00000000 00:01 2 /x\n"
                                 "KernelPageSize:     2048 kB\n"
                                 "Rss:                   0 kB\n"
                                 "Private_Hugetlb:    2048 kB\n"
                                 "7f0001000000-7f0001001000 r--p 00000000 00:01 3 /y\n"
                                 "Rss:                   4 kB\n";
        const SmapsPages first = parseSmaps(text, 0x7f0000000000, 0x7f0000400000);
        QCOMPARE(first.vmas, 1u);
        QCOMPARE(first.rss, uint64_t{4096 * 1024});
        QCOMPARE(first.shmemPmdMapped, uint64_t{4096 * 1024});
        QCOMPARE(first.kernelPageSize, uint64_t{4096});
        const SmapsPages both = parseSmaps(text, 0x7f0000000000, 0x7f0000600000);
        QCOMPARE(both.vmas, 2u);
        QCOMPARE(both.kernelPageSize, 2 * kMiB);
        QCOMPARE(both.hugetlb, 2 * kMiB);
        QCOMPARE(parseSmaps(text, 0x1000, 0x2000).vmas, 0u);
    }

    void pageSizeVerdicts() {
        SmapsPages fallback;
        fallback.kernelPageSize = 4096;
        fallback.rss = 32 * 4096; // one 4 KiB page per 2 MiB touched
        PageCheck c = checkPageSize(2 * kMiB, fallback, 64 * kMiB, 32);
        QVERIFY(!c.ok);
        QCOMPARE(c.obtained, uint64_t{4096});
        QVERIFY(c.note.find("asked for 2 MiB") != std::string::npos);

        SmapsPages thp = fallback;
        thp.rss = 64 * kMiB;
        thp.shmemPmdMapped = 64 * kMiB;
        c = checkPageSize(2 * kMiB, thp, 64 * kMiB, 32);
        QVERIFY(c.ok);
        QCOMPARE(c.obtained, 2 * kMiB);
        QCOMPARE(c.bytesPerFault, 2 * kMiB);

        SmapsPages huge;
        huge.kernelPageSize = 2 * kMiB;
        huge.hugetlb = 64 * kMiB;
        QVERIFY(checkPageSize(2 * kMiB, huge, 64 * kMiB, 32).ok);
        // smaps says 2 MiB but every 4 KiB page faulted: part of it fell back.
        QVERIFY(!checkPageSize(2 * kMiB, huge, 64 * kMiB, 16384).ok);
        // 4 KiB asked, 2 MiB obtained is also not what was asked.
        QVERIFY(!checkPageSize(4096, thp, 64 * kMiB, 32).ok);
    }

    void memfdFaultsMatchPages() {
        auto source = MemfdSource::create(MemfdKind::Shmem4K, kPage4K, 32 * kMiB, false);
        QVERIFY2(source.ok(), source.error().c_str());
        auto r = runSeries(**source, quickConfig());
        QVERIFY2(r.ok(), r.error().c_str());
        QCOMPARE(r->pages, uint64_t{8192});
        QCOMPARE(r->samples.size(), size_t{kMinReps});
        QVERIFY2(withinPercent(r->faults.median, 8192, 3),
                 qPrintable(QString::number(r->faults.median)));
        QVERIFY2(r->check.ok, r->check.note.c_str());
        QCOMPARE(r->check.obtained, kPage4K);
        QVERIFY(r->check.smaps.rss >= 32 * kMiB);
        QVERIFY(r->nsPerFault.min > 0);
        QVERIFY(r->nsPerFault.min <= r->nsPerFault.median);
        QVERIFY(r->nsPerFault.median <= r->nsPerFault.max);
    }

    void memfdWriteRandomThreads() {
        auto source = MemfdSource::create(MemfdKind::Shmem4K, kPage4K, 16 * kMiB, true);
        QVERIFY(source.ok());
        RunConfig config = quickConfig();
        config.access = AccessKind::Write;
        config.order = Order::Random;
        config.threads = 2;
        auto r = runSeries(**source, config);
        QVERIFY2(r.ok(), r.error().c_str());
        QCOMPARE(r->threads, 2u);
        QVERIFY2(withinPercent(r->faults.median, 4096, 3),
                 qPrintable(QString::number(r->faults.median)));
        QVERIFY(r->check.ok);
    }

    void populateCountsItsFaults() {
        auto source = MemfdSource::create(MemfdKind::Shmem4K, kPage4K, 16 * kMiB, false);
        QVERIFY(source.ok());
        RunConfig config = quickConfig();
        config.populate = true;
        auto r = runSeries(**source, config);
        QVERIFY2(r.ok(), r.error().c_str());
        QCOMPARE(r->method, std::string("MADV_POPULATE_READ"));
        QVERIFY2(withinPercent(r->faults.median, 4096, 3),
                 qPrintable(QString::number(r->faults.median)));
        QVERIFY(r->check.ok);
    }

    void tooFewRepetitionsRefused() {
        auto source = MemfdSource::create(MemfdKind::Shmem4K, kPage4K, kMiB, false);
        QVERIFY(source.ok());
        RunConfig config = quickConfig();
        config.reps = kMinReps - 1;
        QVERIFY(!runSeries(**source, config).ok());
        QVERIFY(!MemfdSource::create(MemfdKind::Shmem4K, kPage2M, 2 * kMiB, false).ok());
    }

    void latencyPercentiles() {
        auto source = MemfdSource::create(MemfdKind::Shmem4K, kPage4K, 8 * kMiB, false);
        QVERIFY(source.ok());
        auto l = measureLatency(**source, AccessKind::Read, Order::Sequential, 1);
        QVERIFY2(l.ok(), l.error().c_str());
        QCOMPARE(l->samples, uint64_t{2048});
        QVERIFY(withinPercent(static_cast<double>(l->faults), 2048, 3));
        QVERIFY(l->p50Ns > 0);
        QVERIFY(l->p50Ns <= l->p99Ns && l->p99Ns <= l->p999Ns && l->p999Ns <= l->maxNs);
        QCOMPARE(l->cdf.back().second, 1.0);
    }

    void bandwidthReference() {
        auto bw = measureBandwidth(16 * kMiB, 3);
        QVERIFY2(bw.ok(), bw.error().c_str());
        QVERIFY(bw->fillGiBps > 0);
        QVERIFY(bw->readGiBps > 0);
        QVERIFY(!measureBandwidth(0, 1).ok());
    }

    void environmentRecorded() {
        QCOMPARE(selectedSetting("always [madvise] never"), std::string("madvise"));
        QCOMPARE(selectedSetting("plain"), std::string("plain"));
        const Environment env = captureEnvironment();
        QCOMPARE(QString::fromStdString(env.kernel), QSysInfo::kernelVersion());
        QVERIFY(env.cpus >= 1);
        // A kernel built without transparent huge pages has no such file: nothing to record.
        QCOMPARE(!env.thpEnabled.empty(), QFile::exists(QLatin1String(kThpEnabled)));
    }

    void cpuModelOfEveryCpuinfo() {
        const auto model = [](const char* text) {
            std::istringstream in(text);
            return cpuModelFromCpuinfo(in);
        };
        QCOMPARE(model("processor\t: 0\nmodel name\t: Some CPU @ 2.0GHz\nflags\t: fpu\n"),
                 std::string("Some CPU @ 2.0GHz"));
        QCOMPARE(model("processor\t: 0\nmodel name\t:\n"), std::string()); // empty value
        QCOMPARE(model("processor\t: 0\nmodel name\t: \t\n"), std::string());
        QCOMPARE(model("model name without colon\nmodel name : B\n"), std::string("B"));
        QCOMPARE(model("processor\t: 0\nBogoMIPS\t: 50.00\n"), std::string()); // arm64
        QCOMPARE(model(""), std::string());
    }

    void thpDetectedOrFlagged() {
        if (!QFile::exists(QLatin1String(kThpEnabled)))
            QSKIP("this kernel has no transparent huge pages "
                  "(no /sys/kernel/mm/transparent_hugepage/enabled)");
        const Environment env = captureEnvironment();
        auto source = MemfdSource::create(MemfdKind::ShmemThp, kPage2M, 32 * kMiB, false);
        QVERIFY(source.ok());
        auto r = runSeries(**source, quickConfig());
        QVERIFY2(r.ok(), r.error().c_str());
        if (shmemThpAllowed(env)) {
            if (!r->check.ok)
                QSKIP(qPrintable(QStringLiteral("shmem THP is allowed but the kernel could not "
                                                "allocate huge pages: ") +
                                 QString::fromStdString(r->check.note)));
            QCOMPARE(r->check.obtained, kPage2M);
            QVERIFY(r->check.smaps.shmemPmdMapped >= 30 * kMiB);
        } else {
            // shmem_enabled forbids THP here: the engine must say it fell back, not report 2 MiB.
            QVERIFY(!r->check.ok);
            QCOMPARE(r->check.obtained, kPage4K);
            QVERIFY(r->check.note.find("got 4 KiB") != std::string::npos);
        }
    }

    void hugetlb2M() {
        HugetlbReservation reservation(kPage2M, 16);
        if (!reservation.ok())
            QSKIP(reservation.why().c_str());
        auto source = MemfdSource::create(MemfdKind::Hugetlb, kPage2M, 32 * kMiB, false);
        QVERIFY2(source.ok(), source.error().c_str());
        auto r = runSeries(**source, quickConfig());
        QVERIFY2(r.ok(), r.error().c_str());
        QVERIFY2(r->check.ok, r->check.note.c_str());
        QCOMPARE(r->check.obtained, kPage2M);
        QCOMPARE(r->check.smaps.hugetlb, 32 * kMiB);
        QVERIFY(r->faults.median >= 16 && r->faults.median <= 18);
    }

    void hugetlb1G() {
        HugetlbReservation reservation(kPage1G, 1);
        if (!reservation.ok())
            QSKIP(reservation.why().c_str());
        auto source = MemfdSource::create(MemfdKind::Hugetlb, kPage1G, kPage1G, true);
        QVERIFY2(source.ok(), source.error().c_str());
        RunConfig config = quickConfig();
        config.access = AccessKind::Write;
        config.warmups = 0;
        auto r = runSeries(**source, config);
        QVERIFY2(r.ok(), r.error().c_str());
        QVERIFY2(r->check.ok, r->check.note.c_str());
        QCOMPARE(r->check.obtained, kPage1G);
        QVERIFY(r->faults.median >= 1 && r->faults.median <= 2);
    }

    // Every hugetlb host variant, on a fake sysfs tree: a page size the kernel lacks (no pool
    // directory, as for 1 GiB on many kernels), a pool with no pages reserved, a pool with too
    // few free, and one with enough.
    void hugetlbAvailabilityOnEveryHost_data() {
        QTest::addColumn<bool>("poolExists");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("free");
        QTest::addColumn<QString>("expected"); // empty: available
        QTest::newRow("no 1 GiB size")
            << false << 0 << 0
            << QStringLiteral("this kernel offers no 1 GiB hugetlb pages (%1 is missing)");
        QTest::newRow("none reserved")
            << true << 0 << 0
            << QStringLiteral("2 free 1 GiB hugetlb pages needed, 0 free (0 reserved); reserve "
                              "them as root with: echo 2 > %1/nr_hugepages");
        QTest::newRow("too few free")
            << true << 4 << 1
            << QStringLiteral("2 free 1 GiB hugetlb pages needed, 1 free (4 reserved); reserve "
                              "them as root with: echo 5 > %1/nr_hugepages");
        QTest::newRow("enough free") << true << 3 << 2 << QString();
    }

    void hugetlbAvailabilityOnEveryHost() {
        QFETCH(bool, poolExists);
        QFETCH(int, total);
        QFETCH(int, free);
        QFETCH(QString, expected);
        QTemporaryDir sysfs;
        const std::string root = tempPath(sysfs, QStringLiteral("sys")).toStdString();
        const QString pool = QString::fromStdString(hugetlbSysfsDir(kPage1G, root));
        QVERIFY(pool.endsWith(QLatin1String("/sys/kernel/mm/hugepages/hugepages-1048576kB")));
        if (poolExists) {
            QVERIFY(QDir().mkpath(pool));
            writeSysfsFile(pool + QStringLiteral("/nr_hugepages"), total);
            writeSysfsFile(pool + QStringLiteral("/free_hugepages"), free);
        }
        const Status s = hugetlbAvailable(kPage1G, 2 * kPage1G, root);
        if (expected.isEmpty())
            QVERIFY2(s.ok(), s.error().c_str());
        else
            QCOMPARE(QString::fromStdString(s.ok() ? std::string("available") : s.error()),
                     expected.arg(pool));
    }

    void targetSpecs() {
        auto famfs = parseTargetSpec("famfs:/tmp/a.img:/dir/file");
        QVERIFY(famfs.ok());
        QVERIFY(famfs->kind == TargetKind::FamfsFile);
        QCOMPARE(famfs->mediaPath, std::string("/tmp/a.img"));
        QCOMPARE(famfs->filePath, std::string("dir/file"));
        QVERIFY(!parseTargetSpec("famfs:/tmp/a.img").ok());
        QVERIFY(!parseTargetSpec("famfs:/tmp/a.img:").ok());
        QVERIFY(!parseTargetSpec("").ok());
        QVERIFY(parseTargetSpec("thp")->kind == TargetKind::Thp);
        QVERIFY(parseTargetSpec("some.img")->kind == TargetKind::Image);
    }

    void writeRefusedOnImageFiles() {
        QTemporaryDir dir;
        const QString path = tempPath(dir, QStringLiteral("plain.img"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(4 * kMiB));
        f.close();
        auto spec = parseTargetSpec(path.toStdString());
        QVERIFY(spec.ok());
        auto refused = BenchTarget::open(*spec, true);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().find("image") != std::string::npos);
        auto readOnly = BenchTarget::open(*spec, false);
        QVERIFY2(readOnly.ok(), readOnly.error().c_str());
        auto source = (*readOnly)->source(kPage4K, 0, 0);
        QVERIFY2(source.ok(), source.error().c_str());
        QCOMPARE((*source)->length(), 4 * kMiB);                  // clipped to the image
        QVERIFY(!(*readOnly)->source(kPage4K, 0, 4 * kMiB).ok()); // nothing left there
    }

    // A devdax device refuses a mapping whose address is not aligned to its alignment, also
    // when a smaller page size is measured (4 KiB touches on a 1 GiB-aligned device).
    void mappingStartHasTheDeviceAlignment() {
        QTemporaryDir dir;
        QFile f(tempPath(dir, QStringLiteral("sparse.img")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(static_cast<qint64>(kPage1G))); // sparse: nothing is touched
        auto source =
            FileSource::create(f.handle(), "sparse", {{0, kPage1G}}, kPage4K, kPage1G, false);
        QVERIFY2(source.ok(), source.error().c_str());
        std::vector<Region> regions; // kept mapped so that each lands somewhere else
        for (int i = 0; i < 4; ++i) {
            auto region = (*source)->map(false);
            QVERIFY2(region.ok(), region.error().c_str());
            QCOMPARE(reinterpret_cast<uintptr_t>(region->data()) % kPage1G, uintptr_t{0});
            regions.push_back(std::move(*region));
        }
    }

    void sessionReportsAndCancels() {
        auto spec = parseTargetSpec("memfd");
        auto target = BenchTarget::open(*spec, false);
        QVERIFY(target.ok());
        BenchOptions options;
        options.size = 4 * kMiB;
        options.run.warmups = 0;
        options.maxThreads = 2;
        options.latency = true;
        options.populate = true;
        std::vector<double> fractions;
        Progress progress;
        progress.report = [&](double f, const std::string&) { fractions.push_back(f); };
        auto report = runBench(**target, options, progress);
        QVERIFY2(report.ok(), report.error().c_str());
        QCOMPARE(report->results.size(), size_t{1});
        const PageSizeResult& r = report->results.front();
        QCOMPARE(r.pageSize, kPage4K);
        QCOMPARE(r.series.size(), size_t{2});
        QVERIFY(r.populate.has_value());
        QVERIFY(r.latency.has_value());
        QVERIFY(report->bandwidth.has_value());
        QVERIFY(!r.flagged());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);

        progress.cancelled = [] { return true; };
        auto cancelled = runBench(**target, options, progress);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error(), std::string("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestBenchEngine)
#include "tst_bench_engine.moc"
