#include "cli/BenchOutput.h"

#include "cli/Arguments.h"
#include "core/bench/PageSize.h"
#include "core/report/FaultJson.h"
#include "core/report/JsonWriter.h"

#include <cmath>

namespace famscope::cli {

using namespace famscope::bench;

namespace {

QString s(const std::string& text) {
    return QString::fromStdString(text);
}

// Large values lose their decimals so the table stays readable (1 GiB faults take ~1e8 ns).
QString num(double v, int decimals = 1) {
    return QString::number(v, 'f', v >= 100000 ? 0 : decimals);
}

void summary(report::JsonWriter& w, std::string_view name, const Summary& sm) {
    w.key(name).beginObject().field("median", sm.median).field("min", sm.min);
    w.field("max", sm.max).endObject();
}

void series(report::JsonWriter& w, const SeriesResult& r) {
    w.beginObject().field("threads", r.threads).field("method", r.method);
    w.field("pages", r.pages).field("bytes", r.bytes);
    summary(w, "ns_per_fault", r.nsPerFault);
    summary(w, "ns_per_page", r.nsPerPage);
    summary(w, "faults", r.faults);
    summary(w, "gib_per_s", r.gibPerSecond);
    w.key("page_check").beginObject();
    w.field("requested_page_size", r.check.requested);
    w.field("obtained_page_size", r.check.obtained).field("obtained", r.check.ok);
    w.field("bytes_per_fault", r.check.bytesPerFault).field("note", r.check.note);
    w.field("kernel_page_size", r.check.smaps.kernelPageSize);
    w.field("rss", r.check.smaps.rss).field("anon_huge_pages", r.check.smaps.anonHugePages);
    w.field("shmem_pmd_mapped", r.check.smaps.shmemPmdMapped);
    w.field("file_pmd_mapped", r.check.smaps.filePmdMapped);
    w.field("hugetlb", r.check.smaps.hugetlb).endObject();
    w.field("memory_node", r.memoryNode);
    w.key("repetitions").beginArray();
    for (const RepSample& rep : r.samples)
        w.beginObject()
            .field("seconds", rep.seconds)
            .field("faults", rep.faults)
            .field("major_faults", rep.majorFaults)
            .endObject();
    w.endArray().endObject();
}

void environment(report::JsonWriter& w, const Environment& e) {
    w.key("environment").beginObject().field("kernel", e.kernel).field("version", e.version);
    w.field("machine", e.machine).field("cpu_model", e.cpuModel).field("cpus", e.cpus);
    w.field("cpu", e.cpu).field("numa_node", e.numaNode);
    w.key("thp").beginObject().field("enabled", e.thpEnabled).field("defrag", e.thpDefrag);
    w.field("shmem_enabled", e.thpShmemEnabled).field("shmem_enabled_2m", e.thpShmem2M);
    w.endObject().key("hugetlb").beginArray();
    for (const HugetlbPool& p : e.hugetlb)
        w.beginObject()
            .field("page_size", p.pageSize)
            .field("total", p.total)
            .field("free", p.free)
            .endObject();
    w.endArray().endObject();
}

void latency(report::JsonWriter& w, const LatencyResult& l) {
    w.key("latency").beginObject().field("samples", l.samples).field("faults", l.faults);
    w.field("timer_cost_ns", l.timerCostNs).field("p50_ns", l.p50Ns).field("p99_ns", l.p99Ns);
    w.field("p999_ns", l.p999Ns).field("max_ns", l.maxNs).key("cdf").beginArray();
    for (const auto& [ns, fraction] : l.cdf)
        w.beginArray().value(ns).value(fraction).endArray();
    w.endArray().endObject();
}

} // namespace

std::string benchJson(const BenchReport& report, bool withMmapBenchLines,
                      const fs::FsFile* famfsFile) {
    const BenchOptions& o = report.options;
    report::JsonWriter w;
    w.beginObject();
    w.key("target").beginObject().field("spec", report.target).field("kind", report.targetKind);
    w.field("description", report.description).endObject();
    w.key("config").beginObject();
    w.field("access", o.run.access == AccessKind::Write ? "write" : "read");
    w.field("order", o.run.order == Order::Random ? "random" : "sequential");
    w.field("size", o.size).field("offset", o.offset).field("max_threads", o.maxThreads);
    w.field("warmups", o.run.warmups).field("reps", o.run.reps).field("seed", o.run.seed);
    w.field("populate", o.populate).field("latency", o.latency).endObject();
    environment(w, report.environment);
    w.key("bandwidth");
    if (report.bandwidth) {
        w.beginObject().field("bytes", report.bandwidth->bytes);
        w.field("reps", report.bandwidth->reps)
            .field("fill_gib_per_s", report.bandwidth->fillGiBps);
        w.field("read_gib_per_s", report.bandwidth->readGiBps).endObject();
    } else {
        w.null();
    }
    w.key("results").beginArray();
    for (const PageSizeResult& r : report.results) {
        w.beginObject().field("requested_page_size", r.pageSize);
        w.field("requested_page_size_name", pageSizeName(r.pageSize));
        w.field("status", r.skipped ? "skipped" : (r.flagged() ? "flagged" : "measured"));
        if (r.skipped) {
            w.field("skip_reason", r.skipReason).endObject();
            continue;
        }
        w.field("obtained_page_size", r.obtained()).field("label", r.label());
        w.field("flagged", r.flagged());
        w.field("flag_reason", r.flagReason()).field("source", r.source);
        w.key("series").beginArray();
        for (const SeriesResult& sr : r.series)
            series(w, sr);
        w.endArray().key("populate");
        if (r.populate)
            series(w, *r.populate);
        else
            w.null();
        if (r.latency)
            latency(w, *r.latency);
        else
            w.key("latency").null();
        w.endObject();
    }
    w.endArray();
    if (famfsFile)
        report::writeFaultPagesKey(w, *famfsFile, "predicted_fault_pages");
    else
        w.key("predicted_fault_pages").null();
    if (withMmapBenchLines) {
        w.key("mmap_bench_lines").beginArray();
        for (const QString& line : mmapBenchLines(report))
            w.value(argumentBytes(line));
        w.endArray();
    }
    w.endObject();
    return w.data() + '\n';
}

QString benchText(const BenchReport& report) {
    const BenchOptions& o = report.options;
    const Environment& e = report.environment;
    QString t = QStringLiteral("target: ") + s(report.description) + QLatin1Char('\n');
    t += QStringLiteral("kernel ") + s(e.kernel) + QLatin1Char(' ') + s(e.machine) +
         QStringLiteral(", CPU ") + s(e.cpuModel) + QStringLiteral(" (") + QString::number(e.cpus) +
         QStringLiteral(" CPUs), NUMA node ") + QString::number(e.numaNode) +
         QStringLiteral("; THP enabled=") + s(e.thpEnabled) + QStringLiteral(" shmem_enabled=") +
         s(e.thpShmemEnabled) + QStringLiteral("; hugetlb");
    for (const HugetlbPool& p : e.hugetlb)
        t += QLatin1Char(' ') + s(pageSizeName(p.pageSize)) + QStringLiteral(": ") +
             QString::number(p.free) + QStringLiteral(" of ") + QString::number(p.total) +
             QStringLiteral(" free");
    t += QLatin1Char('\n');
    t += QString(o.run.access == AccessKind::Write ? QStringLiteral("write")
                                                   : QStringLiteral("read")) +
         QStringLiteral(" faults, ") +
         (o.run.order == Order::Random ? QStringLiteral("random") : QStringLiteral("sequential")) +
         QStringLiteral(" order, ") + QString::number(o.run.reps) +
         QStringLiteral(" repetitions (") + QString::number(o.run.warmups) +
         QStringLiteral(" warm-up), a fresh mapping each\n\n");
    t += QStringLiteral(
        "page  threads  ns/fault median [min..max]      faults/rep  GiB/s   obtained\n");
    for (const PageSizeResult& r : report.results) {
        const QString name = s(pageSizeName(r.pageSize));
        if (r.skipped) {
            t += name + QStringLiteral("    skipped: ") + s(r.skipReason) + QLatin1Char('\n');
            continue;
        }
        // A flagged run is labelled with what it really got, never with the size asked for.
        const QString label = s(r.label());
        auto row = [&](const SeriesResult& sr, const QString& threads) {
            t += label.leftJustified(6) + threads.leftJustified(9) +
                 QString(num(sr.nsPerFault.median) + QStringLiteral(" [") + num(sr.nsPerFault.min) +
                         QStringLiteral("..") + num(sr.nsPerFault.max) + QStringLiteral("] "))
                     .leftJustified(30) +
                 QString::number(static_cast<qulonglong>(sr.faults.median)).leftJustified(12) +
                 num(sr.gibPerSecond.median, 2).leftJustified(8) +
                 s(pageSizeName(sr.check.obtained)) +
                 (sr.check.ok ? QString() : QStringLiteral(" FLAGGED")) + QLatin1Char('\n');
        };
        for (const SeriesResult& sr : r.series)
            row(sr, QString::number(sr.threads));
        if (r.populate)
            row(*r.populate, QStringLiteral("prefault"));
        if (r.flagged())
            t += QStringLiteral("      FLAGGED: ") + s(r.flagReason()) + QLatin1Char('\n');
        else if (!r.series.empty() && !r.series.front().check.note.empty())
            t +=
                QStringLiteral("      note: ") + s(r.series.front().check.note) + QLatin1Char('\n');
        if (r.latency)
            t += QStringLiteral("      latency per touch: p50 ") + num(r.latency->p50Ns, 0) +
                 QStringLiteral(" ns, p99 ") + num(r.latency->p99Ns, 0) +
                 QStringLiteral(" ns, p99.9 ") + num(r.latency->p999Ns, 0) +
                 QStringLiteral(" ns, max ") + num(r.latency->maxNs, 0) + QStringLiteral(" ns (") +
                 QString::number(r.latency->samples) + QStringLiteral(" touches)\n");
    }
    if (report.bandwidth)
        t += QStringLiteral("\nbandwidth reference: fill ") + num(report.bandwidth->fillGiBps, 2) +
             QStringLiteral(" GiB/s, read ") + num(report.bandwidth->readGiBps, 2) +
             QStringLiteral(" GiB/s (") + QString::number(report.bandwidth->bytes >> 20) +
             QStringLiteral(" MiB buffer)\n");
    else if (!report.bandwidthError.empty())
        t += QStringLiteral("\nbandwidth reference: ") + s(report.bandwidthError) +
             QLatin1Char('\n');
    return t;
}

QStringList mmapBenchLines(const BenchReport& report) {
    const BenchOptions& o = report.options;
    const bool write = o.run.access == AccessKind::Write;
    const bool random = o.run.order == Order::Random;
    QStringList sizes;
    for (uint64_t p : o.pageSizes)
        sizes << s(pageSizeName(p)).toUpper();
    QStringList lines;
    const QString file = s(report.target);
    uint64_t total = 0;
    for (const PageSizeResult& r : report.results)
        if (!r.series.empty())
            total = std::max(total, r.series.front().bytes);
    lines << QStringLiteral(
                 "MMAP_BENCH_BEGIN, file=%1, size_bytes=%2, sizes_csv=%3, rand_secs=0.000")
                 .arg(file)
                 .arg(total)
                 .arg(sizes.join(QLatin1Char(',')));
    for (const PageSizeResult& r : report.results) {
        if (r.skipped || r.flagged() || r.series.empty())
            continue;
        const SeriesResult& sr = r.series.front();
        const double secs = sr.nsPerPage.median * static_cast<double>(sr.pages) / 1e9;
        const double mib = static_cast<double>(sr.bytes) / double(1 << 20) / secs;
        const double iops = static_cast<double>(sr.pages) / secs;
        if (random)
            lines << QStringLiteral("MMAP_RAND_%1_0s, bs=%2, ran_seconds=%3, ops=%4, bytes=%5, "
                                    "throughput=%6 MiB/s, iops=%7")
                         .arg(write ? QStringLiteral("WRITE") : QStringLiteral("READ"))
                         .arg(sr.pageSize)
                         .arg(num(secs, 3))
                         .arg(sr.pages)
                         .arg(sr.bytes)
                         .arg(num(mib, 2))
                         .arg(num(iops, 2));
        else
            lines << QStringLiteral("%1 bs=%2, total_bytes=%3, elapsed=%4 sec, throughput=%5 "
                                    "MiB/s, iops=%6")
                         .arg(write ? QStringLiteral("MMAP_WRITE_SEQ,")
                                    : QStringLiteral("MMAP_READ_SEQ, "))
                         .arg(sr.pageSize)
                         .arg(sr.bytes)
                         .arg(num(secs, 6))
                         .arg(num(mib, 2))
                         .arg(num(iops, 2));
    }
    lines << QStringLiteral("MMAP_BENCH_END, file=%1").arg(file);
    return lines;
}

} // namespace famscope::cli
