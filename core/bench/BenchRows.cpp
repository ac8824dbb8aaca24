#include "core/bench/BenchRows.h"

#include "core/bench/PageSize.h"
#include "core/report/TextFormat.h"

#include <cstdio>
#include <iterator>

namespace famscope::bench {

namespace {

// Ten significant digits, as the window's tables have always exported them.
std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

} // namespace

std::string runLabel(int number, const BenchReport& report) {
    const RunConfig& o = report.options.run;
    return "#" + std::to_string(number) + " " + report.target + " " +
           (o.access == AccessKind::Write ? "write" : "read") + " " +
           (o.order == Order::Random ? "random" : "seq");
}

std::vector<BenchRow> benchRows(const BenchReport& r, const std::string& run) {
    std::vector<BenchRow> rows;
    for (const PageSizeResult& p : r.results) {
        BenchRow row;
        row.run = run;
        row.target = r.target;
        row.requested = p.pageSize;
        if (r.bandwidth)
            row.bandwidthFill = r.bandwidth->fillGiBps;
        if (p.skipped) {
            row.status = "skipped";
            row.pageLabel = pageSizeName(p.pageSize);
            row.note = p.skipReason;
            rows.push_back(row);
            continue;
        }
        row.obtained = p.obtained();
        row.status = p.flagged() ? "flagged" : "measured";
        row.pageLabel = p.label();
        row.note = p.flagReason();
        if (!p.series.empty()) {
            const SeriesResult& s = p.series.front();
            row.nsPerFaultMedian = s.nsPerFault.median;
            row.nsPerFaultMin = s.nsPerFault.min;
            row.nsPerFaultMax = s.nsPerFault.max;
            row.gibPerSecond = s.gibPerSecond.median;
            row.faultsPerRep = s.faults.median;
        }
        if (p.latency) {
            row.p50Ns = p.latency->p50Ns;
            row.p99Ns = p.latency->p99Ns;
            row.p999Ns = p.latency->p999Ns;
        }
        rows.push_back(row);
    }
    return rows;
}

std::string benchCsv(const std::vector<BenchRow>& rows) {
    using report::csvField;
    std::string out =
        "run,target,page,requested_page_size,obtained_page_size,status,ns_per_fault_median,"
        "ns_per_fault_min,ns_per_fault_max,gib_per_s,faults_per_rep,p50_ns,p99_ns,p999_ns,"
        "bandwidth_fill_gib_per_s,note\n";
    for (const BenchRow& r : rows) {
        const std::string fields[] = {csvField(r.run),
                                      csvField(r.target),
                                      r.pageLabel,
                                      std::to_string(r.requested),
                                      std::to_string(r.obtained),
                                      r.status,
                                      number(r.nsPerFaultMedian),
                                      number(r.nsPerFaultMin),
                                      number(r.nsPerFaultMax),
                                      number(r.gibPerSecond),
                                      number(r.faultsPerRep),
                                      number(r.p50Ns),
                                      number(r.p99Ns),
                                      number(r.p999Ns),
                                      number(r.bandwidthFill),
                                      csvField(r.note)};
        for (size_t i = 0; i < std::size(fields); ++i)
            out += (i == 0 ? "" : ",") + fields[i];
        out += '\n';
    }
    return out;
}

} // namespace famscope::bench
