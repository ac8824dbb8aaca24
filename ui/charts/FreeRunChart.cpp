#include "ui/charts/FreeRunChart.h"

#include "ui/util/Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace famscope::ui {

QChart* makeFreeRunChart(const fs::Fragmentation& f) {
    auto* chart = new QChart;
    chart->setTitle(QObject::tr("Free runs by size"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto* set = new QBarSet(QObject::tr("free runs"));
    QStringList categories;
    uint64_t most = 0;
    for (const fs::FreeRunBucket& b : f.histogram) {
        categories << QString::fromStdString(b.label);
        *set << static_cast<qreal>(b.runs);
        most = std::max(most, b.runs);
    }
    // Horizontal bars: the size ranges sit on the vertical axis where they are never elided,
    // however many buckets a large device has.
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    set->setLabelColor(Qt::black);
    chart->addSeries(bars);

    auto* sizes = new QBarCategoryAxis;
    sizes->append(categories);
    sizes->setTruncateLabels(false); // "[512 MiB, 1 GiB)" elided to "..." says nothing
    // No axis title: the chart's title says what the categories are, and a narrow side panel
    // needs the width for the size labels.
    auto* counts = new QValueAxis;
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTitleText(QObject::tr("free runs"));
    // Headroom for the labels past the bars; whole numbers on the ticks.
    const auto top = static_cast<qreal>(std::max<uint64_t>(1, most + most / 8 + 1));
    counts->setRange(0, top);
    counts->setTickCount(static_cast<int>(std::min<qreal>(top, 5)) + 1);
    counts->applyNiceNumbers();
    chart->addAxis(sizes, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    bars->attachAxis(sizes);
    bars->attachAxis(counts);
    return chart;
}

QString freeRunBucketText(const fs::Fragmentation& f, int index) {
    if (index < 0 || static_cast<size_t>(index) >= f.histogram.size())
        return {};
    const fs::FreeRunBucket& b = f.histogram[static_cast<size_t>(index)];
    return QObject::tr("Free runs of %1: %2, holding %3 of free space")
        .arg(QString::fromStdString(b.label))
        .arg(b.runs)
        .arg(formatSize(b.freeAus * f.allocUnit));
}

} // namespace famscope::ui
