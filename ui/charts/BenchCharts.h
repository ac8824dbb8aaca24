// The three benchmark charts, built from the runs chosen for comparison (each run is one bar
// set or one line per page size). Every Qt Charts include of the panel lives under charts/.
#pragma once

#include "ui/charts/BenchHistory.h"

#include <vector>

class QChart;

namespace famscope::ui {

// Median ns/fault per page size as bars on a log axis, min..max as whiskers (line series).
QChart* makeFaultChart(const std::vector<const BenchRun*>& runs);
// GiB/s of newly mapped memory per page size, with each run's bandwidth reference as a line.
QChart* makeThroughputChart(const std::vector<const BenchRun*>& runs);
// Cumulative distribution of the per-fault latency (log ns axis) of every latency pass.
QChart* makeLatencyChart(const std::vector<const BenchRun*>& runs);

// The page-size categories of the charts, in first-seen order ("4k", "2m", "2m->4k", ...).
QStringList pageCategories(const std::vector<const BenchRun*>& runs);

} // namespace famscope::ui
