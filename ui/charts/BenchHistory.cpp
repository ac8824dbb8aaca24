#include "ui/charts/BenchHistory.h"

namespace famscope::ui {

std::vector<bench::BenchRow> BenchRun::rows() const {
    return bench::benchRows(*report, label.toStdString());
}

const BenchRun& BenchHistory::add(std::shared_ptr<const bench::BenchReport> report) {
    BenchRun run;
    run.label = QString::fromStdString(bench::runLabel(++counter_, *report));
    run.when = QDateTime::currentDateTime();
    run.report = std::move(report);
    runs_.push_back(std::move(run));
    return runs_.back();
}

QString BenchHistory::csv(const std::vector<const BenchRun*>& runs) {
    std::vector<bench::BenchRow> rows;
    for (const BenchRun* run : runs)
        for (bench::BenchRow& row : run->rows())
            rows.push_back(std::move(row));
    return QString::fromStdString(bench::benchCsv(rows));
}

} // namespace famscope::ui
