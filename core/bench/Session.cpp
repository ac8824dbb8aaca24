#include "core/bench/Session.h"

#include "core/bench/PageSize.h"

#include <algorithm>

namespace famscope::bench {

bool PageSizeResult::flagged() const {
    if (skipped)
        return false;
    for (const SeriesResult& s : series)
        if (!s.check.ok)
            return true;
    return populate && !populate->check.ok;
}

std::string PageSizeResult::flagReason() const {
    for (const SeriesResult& s : series)
        if (!s.check.ok)
            return s.check.note;
    if (populate && !populate->check.ok)
        return "prefaulted run: " + populate->check.note;
    return {};
}

uint64_t PageSizeResult::obtained() const {
    for (const SeriesResult& s : series)
        if (!s.check.ok)
            return s.check.obtained;
    if (populate && !populate->check.ok)
        return populate->check.obtained;
    return series.empty() ? 0 : series.front().check.obtained;
}

std::string PageSizeResult::label() const {
    const std::string asked = pageSizeName(pageSize);
    if (!flagged())
        return asked;
    return asked + "->" +
           (obtained() == pageSize ? std::string("mixed") : pageSizeName(obtained()));
}

Result<BenchReport> runBench(const BenchTarget& target, const BenchOptions& options,
                             const Progress& progress) {
    BenchReport report;
    report.target = target.path();
    report.targetKind = targetKindName(target.kind());
    report.description = target.description();
    report.options = options;
    if (report.options.pageSizes.empty())
        report.options.pageSizes = target.defaultPageSizes();
    report.options.maxThreads = std::max(1u, options.maxThreads);
    if (options.run.reps < kMinReps)
        return Error{"at least " + std::to_string(kMinReps) + " measured repetitions are needed"};
    report.environment = captureEnvironment();

    const BenchOptions& opt = report.options;
    const size_t perSize = opt.maxThreads + (opt.populate ? 1 : 0) + (opt.latency ? 1 : 0);
    const size_t steps = opt.pageSizes.size() * perSize + (opt.bandwidth ? 1 : 0);
    size_t step = 0;
    auto advance = [&](const std::string& stage) {
        if (progress.report)
            progress.report(static_cast<double>(step) / static_cast<double>(steps), stage);
        ++step;
    };
    auto cancelled = [&] { return progress.cancelled && progress.cancelled(); };
    const KeepGoing keepGoing = [&] { return !cancelled(); };

    for (uint64_t pageSize : opt.pageSizes) {
        PageSizeResult pr;
        pr.pageSize = pageSize;
        auto source = target.source(pageSize, opt.size, opt.offset);
        if (!source) {
            // Memory that is simply not reserved is a result to show, not a failure.
            if (target.kind() != TargetKind::Hugetlb)
                return Error{source.error()};
            pr.skipped = true;
            pr.skipReason = source.error();
            report.results.push_back(std::move(pr));
            step += perSize;
            continue;
        }
        pr.source = (*source)->describe();
        const std::string name = pageSizeName(pageSize);
        for (unsigned threads = 1; threads <= opt.maxThreads; ++threads) {
            advance(name + ": " + std::to_string(threads) + " thread(s)");
            RunConfig config = opt.run;
            config.threads = threads;
            config.populate = false;
            auto series = runSeries(**source, config, keepGoing);
            if (!series)
                return Error{series.error()};
            pr.series.push_back(std::move(*series));
        }
        if (opt.populate) {
            advance(name + ": prefaulted mapping");
            RunConfig config = opt.run;
            config.threads = 1;
            config.populate = true;
            auto series = runSeries(**source, config, keepGoing);
            if (!series)
                return Error{series.error()};
            pr.populate = std::move(*series);
        }
        if (opt.latency) {
            advance(name + ": per-fault latency");
            if (cancelled())
                return Error{"cancelled"};
            auto latency = measureLatency(**source, opt.run.access, opt.run.order, opt.run.seed);
            if (!latency)
                return Error{latency.error()};
            pr.latency = std::move(*latency);
        }
        report.results.push_back(std::move(pr));
    }
    if (opt.bandwidth) {
        advance("memory bandwidth reference");
        if (cancelled())
            return Error{"cancelled"};
        const uint64_t size = opt.size != 0 ? opt.size : kDefaultBenchSize;
        auto bw = measureBandwidth(std::clamp<uint64_t>(size, 16ULL << 20, 256ULL << 20), 5);
        if (bw)
            report.bandwidth = *bw;
        else
            report.bandwidthError = bw.error();
    }
    if (progress.report)
        progress.report(1.0, "done");
    return report;
}

} // namespace famscope::bench
