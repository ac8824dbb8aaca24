#include "core/report/BenchOutput.h"

#include "core/bench/PageSize.h"
#include "core/report/FaultJson.h"
#include "core/report/FaultText.h"
#include "core/report/JsonWriter.h"
#include "core/report/TextFormat.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace famscope::report {

using namespace famscope::bench;

namespace {

// Fixed-point text of `v` with `decimals` decimals.
std::string fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// Large values lose their decimals so the table stays readable (1 GiB faults take ~1e8 ns).
std::string num(double v, int decimals = 1) {
    return fixed(v, v >= 100000 ? 0 : decimals);
}

void summary(JsonWriter& w, std::string_view name, const Summary& sm) {
    w.key(name).beginObject().field("median", sm.median).field("min", sm.min);
    w.field("max", sm.max).endObject();
}

void series(JsonWriter& w, const SeriesResult& r) {
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

void environment(JsonWriter& w, const Environment& e) {
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

void latency(JsonWriter& w, const LatencyResult& l) {
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
    JsonWriter w;
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
        writeFaultPagesKey(w, *famfsFile, "predicted_fault_pages");
    else
        w.key("predicted_fault_pages").null();
    if (withMmapBenchLines) {
        w.key("mmap_bench_lines").beginArray();
        for (const std::string& line : mmapBenchLines(report))
            w.value(line);
        w.endArray();
    }
    w.endObject();
    return w.data() + '\n';
}

std::string benchText(const BenchReport& report, bool withMmapBenchLines,
                      const fs::FsFile* famfsFile) {
    const BenchOptions& o = report.options;
    const Environment& e = report.environment;
    std::string t = "target: " + report.description + '\n';
    t += "kernel " + e.kernel + ' ' + e.machine + ", CPU " + e.cpuModel + " (" +
         std::to_string(e.cpus) + " CPUs), NUMA node " + std::to_string(e.numaNode) +
         "; THP enabled=" + e.thpEnabled + " shmem_enabled=" + e.thpShmemEnabled + "; hugetlb";
    for (const HugetlbPool& p : e.hugetlb)
        t += ' ' + pageSizeName(p.pageSize) + ": " + std::to_string(p.free) + " of " +
             std::to_string(p.total) + " free";
    t += '\n';
    t += std::string(o.run.access == AccessKind::Write ? "write" : "read") + " faults, " +
         (o.run.order == Order::Random ? "random" : "sequential") + " order, " +
         std::to_string(o.run.reps) + " repetitions (" + std::to_string(o.run.warmups) +
         " warm-up), a fresh mapping each\n\n";
    t += "page  threads  ns/fault median [min..max]      faults/rep  GiB/s   obtained\n";
    for (const PageSizeResult& r : report.results) {
        const std::string name = pageSizeName(r.pageSize);
        if (r.skipped) {
            t += name + "    skipped: " + r.skipReason + '\n';
            continue;
        }
        // A flagged run is labelled with what it really got, never with the size asked for.
        const std::string label = r.label();
        auto row = [&](const SeriesResult& sr, const std::string& threads) {
            t += padRight(label, 6) + padRight(threads, 9) +
                 padRight(num(sr.nsPerFault.median) + " [" + num(sr.nsPerFault.min) + ".." +
                              num(sr.nsPerFault.max) + "] ",
                          30) +
                 padRight(std::to_string(static_cast<unsigned long long>(sr.faults.median)), 12) +
                 padRight(num(sr.gibPerSecond.median, 2), 8) + pageSizeName(sr.check.obtained) +
                 (sr.check.ok ? "" : " FLAGGED") + '\n';
        };
        for (const SeriesResult& sr : r.series)
            row(sr, std::to_string(sr.threads));
        if (r.populate)
            row(*r.populate, "prefault");
        if (r.flagged())
            t += "      FLAGGED: " + r.flagReason() + '\n';
        else if (!r.series.empty() && !r.series.front().check.note.empty())
            t += "      note: " + r.series.front().check.note + '\n';
        if (r.latency)
            t += "      latency per touch: p50 " + num(r.latency->p50Ns, 0) + " ns, p99 " +
                 num(r.latency->p99Ns, 0) + " ns, p99.9 " + num(r.latency->p999Ns, 0) +
                 " ns, max " + num(r.latency->maxNs, 0) + " ns (" +
                 std::to_string(r.latency->samples) + " touches)\n";
    }
    if (report.bandwidth)
        t += "\nbandwidth reference: fill " + num(report.bandwidth->fillGiBps, 2) +
             " GiB/s, read " + num(report.bandwidth->readGiBps, 2) + " GiB/s (" +
             std::to_string(report.bandwidth->bytes >> 20) + " MiB buffer)\n";
    else if (!report.bandwidthError.empty())
        t += "\nbandwidth reference: " + report.bandwidthError + '\n';
    if (famfsFile)
        t += predictedPagesText(*famfsFile);
    if (withMmapBenchLines) {
        t += '\n';
        for (const std::string& line : mmapBenchLines(report))
            t += line + '\n';
    }
    return t;
}

std::vector<std::string> mmapBenchLines(const BenchReport& report) {
    const BenchOptions& o = report.options;
    const bool write = o.run.access == AccessKind::Write;
    const bool random = o.run.order == Order::Random;
    std::string sizes;
    for (uint64_t p : o.pageSizes) {
        std::string name = pageSizeName(p);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        sizes += (sizes.empty() ? "" : ",") + name;
    }
    std::vector<std::string> lines;
    const std::string& file = report.target;
    uint64_t total = 0;
    for (const PageSizeResult& r : report.results)
        if (!r.series.empty())
            total = std::max(total, r.series.front().bytes);
    lines.push_back("MMAP_BENCH_BEGIN, file=" + file + ", size_bytes=" + std::to_string(total) +
                    ", sizes_csv=" + sizes + ", rand_secs=0.000");
    for (const PageSizeResult& r : report.results) {
        if (r.skipped || r.flagged() || r.series.empty())
            continue;
        const SeriesResult& sr = r.series.front();
        const double secs = sr.nsPerPage.median * static_cast<double>(sr.pages) / 1e9;
        const double mib = static_cast<double>(sr.bytes) / double(1 << 20) / secs;
        const double iops = static_cast<double>(sr.pages) / secs;
        if (random)
            lines.push_back(std::string("MMAP_RAND_") + (write ? "WRITE" : "READ") +
                            "_0s, bs=" + std::to_string(sr.pageSize) +
                            ", ran_seconds=" + num(secs, 3) + ", ops=" + std::to_string(sr.pages) +
                            ", bytes=" + std::to_string(sr.bytes) + ", throughput=" + num(mib, 2) +
                            " MiB/s, iops=" + num(iops, 2));
        else
            lines.push_back(std::string(write ? "MMAP_WRITE_SEQ," : "MMAP_READ_SEQ, ") +
                            " bs=" + std::to_string(sr.pageSize) + ", total_bytes=" +
                            std::to_string(sr.bytes) + ", elapsed=" + num(secs, 6) +
                            " sec, throughput=" + num(mib, 2) + " MiB/s, iops=" + num(iops, 2));
    }
    lines.push_back("MMAP_BENCH_END, file=" + file);
    return lines;
}

} // namespace famscope::report
