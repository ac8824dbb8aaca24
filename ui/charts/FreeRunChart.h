// The free-run histogram as a Qt Charts bar chart: one horizontal bar per power-of-two size
// bucket (fs::Fragmentation::histogram), its length the number of free runs in the bucket,
// with the count printed at its end so one-run buckets stay readable next to large ones.
#pragma once

#include "core/fs/Fragmentation.h"

#include <QString>

class QChart;

namespace famscope::ui {

QChart* makeFreeRunChart(const fs::Fragmentation& fragmentation);

// The hover text of bucket `index`: its size range, runs and free space.
QString freeRunBucketText(const fs::Fragmentation& fragmentation, int index);

} // namespace famscope::ui
