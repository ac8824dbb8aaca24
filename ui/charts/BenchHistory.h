// The runs made in this session, newest last, so they can be compared on the same charts and
// exported. Each run keeps the whole engine report; rows() flattens it for tables and CSV.
#pragma once

#include "core/bench/Session.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace famscope::ui {

struct BenchRun {
    QString label; // "#3 memfd read seq"
    QDateTime when;
    std::shared_ptr<const bench::BenchReport> report;
};

// One page size of one run, as shown and exported. A flagged result is listed under the page
// size it really got (pageLabel "2m->4k"), never as the one asked for.
struct BenchRow {
    QString run;
    QString target;
    QString pageLabel;
    uint64_t requested = 0;
    uint64_t obtained = 0;
    QString status; // measured, flagged, skipped
    QString note;   // flag or skip reason
    double nsPerFaultMedian = 0, nsPerFaultMin = 0, nsPerFaultMax = 0;
    double gibPerSecond = 0;
    double faultsPerRep = 0;
    double p50Ns = 0, p99Ns = 0, p999Ns = 0; // 0 without a latency pass
    double bandwidthFill = 0;
};

class BenchHistory {
public:
    const BenchRun& add(std::shared_ptr<const bench::BenchReport> report);
    const std::vector<BenchRun>& runs() const { return runs_; }
    void clear() { runs_.clear(); }

    static std::vector<BenchRow> rows(const BenchRun& run); // single-thread series per page size
    // RFC 4180 CSV of the rows of `runs`, header first.
    static QString csv(const std::vector<const BenchRun*>& runs);

private:
    std::vector<BenchRun> runs_;
    int counter_ = 0;
};

} // namespace famscope::ui
