// The runs made in this session, newest last, so they can be compared on the same charts and
// exported. Each run keeps the whole engine report; bench::benchRows flattens it for tables,
// charts and CSV.
#pragma once

#include "core/bench/BenchRows.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace famscope::ui {

struct BenchRun {
    QString label; // "#3 memfd read seq"
    QDateTime when;
    std::shared_ptr<const bench::BenchReport> report;

    std::vector<bench::BenchRow> rows() const; // single-thread series per page size
};

class BenchHistory {
public:
    const BenchRun& add(std::shared_ptr<const bench::BenchReport> report);
    const std::vector<BenchRun>& runs() const { return runs_; }
    void clear() { runs_.clear(); }

    // RFC 4180 CSV of the rows of `runs`, header first.
    static QString csv(const std::vector<const BenchRun*>& runs);

private:
    std::vector<BenchRun> runs_;
    int counter_ = 0;
};

} // namespace famscope::ui
