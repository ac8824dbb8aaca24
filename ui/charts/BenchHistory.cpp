#include "ui/charts/BenchHistory.h"

#include "core/bench/PageSize.h"

namespace famscope::ui {

namespace {

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString number(double v) {
    return QString::number(v, 'g', 10);
}

} // namespace

const BenchRun& BenchHistory::add(std::shared_ptr<const bench::BenchReport> report) {
    BenchRun run;
    ++counter_;
    const auto& o = report->options;
    run.label = QStringLiteral("#%1 %2 %3 %4")
                    .arg(counter_)
                    .arg(QString::fromStdString(report->target))
                    .arg(o.run.access == bench::AccessKind::Write ? QStringLiteral("write")
                                                                  : QStringLiteral("read"))
                    .arg(o.run.order == bench::Order::Random ? QStringLiteral("random")
                                                             : QStringLiteral("seq"));
    run.when = QDateTime::currentDateTime();
    run.report = std::move(report);
    runs_.push_back(std::move(run));
    return runs_.back();
}

std::vector<BenchRow> BenchHistory::rows(const BenchRun& run) {
    std::vector<BenchRow> rows;
    const bench::BenchReport& r = *run.report;
    for (const bench::PageSizeResult& p : r.results) {
        BenchRow row;
        row.run = run.label;
        row.target = QString::fromStdString(r.target);
        row.requested = p.pageSize;
        const QString asked = QString::fromStdString(bench::pageSizeName(p.pageSize));
        if (r.bandwidth)
            row.bandwidthFill = r.bandwidth->fillGiBps;
        if (p.skipped) {
            row.status = QStringLiteral("skipped");
            row.pageLabel = asked;
            row.note = QString::fromStdString(p.skipReason);
            rows.push_back(row);
            continue;
        }
        row.obtained = p.obtained();
        row.status = p.flagged() ? QStringLiteral("flagged") : QStringLiteral("measured");
        row.pageLabel = QString::fromStdString(p.label());
        row.note = QString::fromStdString(p.flagReason());
        if (!p.series.empty()) {
            const bench::SeriesResult& s = p.series.front();
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

QString BenchHistory::csv(const std::vector<const BenchRun*>& runs) {
    QString out = QStringLiteral(
        "run,target,page,requested_page_size,obtained_page_size,status,ns_per_fault_median,"
        "ns_per_fault_min,ns_per_fault_max,gib_per_s,faults_per_rep,p50_ns,p99_ns,p999_ns,"
        "bandwidth_fill_gib_per_s,note\n");
    for (const BenchRun* run : runs)
        for (const BenchRow& r : rows(*run)) {
            const QStringList fields = {csvField(r.run),
                                        csvField(r.target),
                                        r.pageLabel,
                                        QString::number(r.requested),
                                        QString::number(r.obtained),
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
            out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
    return out;
}

} // namespace famscope::ui
