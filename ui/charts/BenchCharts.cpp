#include "ui/charts/BenchCharts.h"

#include "core/bench/PageSize.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace famscope::ui {

namespace {

using bench::BenchRow;

// rows[run][category] of the measured (or flagged) results; skipped ones have no bar.
std::vector<std::vector<BenchRow>> rowsOf(const std::vector<const BenchRun*>& runs) {
    std::vector<std::vector<BenchRow>> all;
    for (const BenchRun* run : runs)
        all.push_back(run->rows());
    return all;
}

const BenchRow* find(const std::vector<BenchRow>& rows, const QString& category) {
    for (const BenchRow& r : rows)
        if (QString::fromStdString(r.pageLabel) == category && r.status != "skipped")
            return &r;
    return nullptr;
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// A log axis spanning [lo, hi] in whole decades, so bars and whiskers stay inside it.
QLogValueAxis* logAxis(double lo, double hi, const QString& title) {
    auto* axis = new QLogValueAxis;
    axis->setBase(10);
    axis->setLabelFormat(QStringLiteral("%g"));
    axis->setTitleText(title);
    lo = lo > 0 ? std::pow(10.0, std::floor(std::log10(lo))) : 1;
    hi = hi > lo ? std::pow(10.0, std::ceil(std::log10(hi))) : lo * 10;
    axis->setRange(lo, hi);
    return axis;
}

} // namespace

QStringList pageCategories(const std::vector<const BenchRun*>& runs) {
    QStringList categories;
    for (const BenchRun* run : runs)
        for (const BenchRow& r : run->rows())
            if (r.status != "skipped" && !categories.contains(QString::fromStdString(r.pageLabel)))
                categories << QString::fromStdString(r.pageLabel);
    return categories;
}

QChart* makeFaultChart(const std::vector<const BenchRun*>& runs) {
    QChart* chart = newChart(QObject::tr("Cost per fault (median, min-max whiskers)"));
    const QStringList categories = pageCategories(runs);
    const auto rows = rowsOf(runs);
    double lo = 0, hi = 0;
    for (const auto& runRows : rows)
        for (const QString& c : categories)
            if (const BenchRow* r = find(runRows, c)) {
                lo = lo == 0 ? r->nsPerFaultMin : std::min(lo, r->nsPerFaultMin);
                hi = std::max(hi, r->nsPerFaultMax);
            }
    QLogValueAxis* y = logAxis(lo, hi, QObject::tr("ns per fault"));
    auto* bars = new QBarSeries;
    for (size_t i = 0; i < runs.size(); ++i) {
        auto* set = new QBarSet(runs[i]->label);
        for (const QString& c : categories) {
            const BenchRow* r = find(rows[i], c);
            *set << (r ? r->nsPerFaultMedian : y->min()); // a log axis has no zero
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    // An axis without categories has no place for its title: QtCharts would draw it in the
    // view's top-left corner, outside the chart.
    if (!categories.isEmpty())
        x->setTitleText(QObject::tr("page size (asked->obtained when flagged)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);

    // Whiskers: one I-shaped line per bar, on a hidden linear axis under the categories where
    // category k spans [k - 0.5, k + 0.5] and its bars share the middle barWidth() of it.
    auto* across = new QValueAxis;
    across->setRange(-0.5, std::max<double>(0.5, static_cast<double>(categories.size()) - 0.5));
    across->setVisible(false);
    chart->addAxis(across, Qt::AlignBottom);
    const double groupWidth = bars->barWidth();
    const double barWidth = runs.empty() ? 0 : groupWidth / static_cast<double>(runs.size());
    for (size_t i = 0; i < runs.size(); ++i)
        for (qsizetype k = 0; k < categories.size(); ++k) {
            const BenchRow* r = find(rows[i], categories[k]);
            if (!r)
                continue;
            const double cx =
                static_cast<double>(k) - groupWidth / 2 + (static_cast<double>(i) + 0.5) * barWidth;
            const double cap = barWidth / 4;
            auto* whisker = new QLineSeries;
            whisker->setPen(QPen(Qt::black, 1.5));
            *whisker << QPointF(cx - cap, r->nsPerFaultMin) << QPointF(cx + cap, r->nsPerFaultMin)
                     << QPointF(cx, r->nsPerFaultMin) << QPointF(cx, r->nsPerFaultMax)
                     << QPointF(cx - cap, r->nsPerFaultMax) << QPointF(cx + cap, r->nsPerFaultMax);
            chart->addSeries(whisker);
            whisker->attachAxis(across);
            whisker->attachAxis(y);
            for (QLegendMarker* marker : chart->legend()->markers(whisker))
                marker->setVisible(false);
        }
    return chart;
}

QChart* makeThroughputChart(const std::vector<const BenchRun*>& runs) {
    QChart* chart = newChart(QObject::tr("Newly mapped memory per second"));
    const QStringList categories = pageCategories(runs);
    const auto rows = rowsOf(runs);
    auto* bars = new QBarSeries;
    double hi = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
        auto* set = new QBarSet(runs[i]->label);
        for (const QString& c : categories) {
            const BenchRow* r = find(rows[i], c);
            *set << (r ? r->gibPerSecond : 0);
            if (r)
                hi = std::max(hi, r->gibPerSecond);
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setTitleText(QObject::tr("GiB/s"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    // The bandwidth reference spans the whole width: a hidden linear axis under the categories.
    auto* across = new QValueAxis;
    across->setRange(-0.5, std::max<double>(0.5, static_cast<double>(categories.size()) - 0.5));
    across->setVisible(false);
    chart->addAxis(across, Qt::AlignBottom);
    for (const BenchRun* run : runs) {
        if (!run->report->bandwidth)
            continue;
        const double bw = run->report->bandwidth->fillGiBps;
        hi = std::max(hi, bw);
        auto* line = new QLineSeries;
        line->setName(run->label + QObject::tr(" bandwidth (fill)"));
        line->append(across->min(), bw);
        line->append(across->max(), bw);
        chart->addSeries(line);
        line->attachAxis(across);
        line->attachAxis(y);
    }
    y->setRange(0, hi > 0 ? hi * 1.1 : 1);
    return chart;
}

QChart* makeLatencyChart(const std::vector<const BenchRun*>& runs) {
    QChart* chart = newChart(QObject::tr("Per-fault latency (CDF)"));
    double lo = 0, hi = 0;
    std::vector<QLineSeries*> lines;
    for (const BenchRun* run : runs)
        for (const bench::PageSizeResult& p : run->report->results) {
            if (!p.latency || p.latency->cdf.empty())
                continue;
            auto* line = new QLineSeries;
            const QString page = QString::fromStdString(
                bench::pageSizeName(p.flagged() ? p.obtained() : p.pageSize));
            line->setName(run->label + QLatin1Char(' ') + page);
            for (const auto& [ns, fraction] : p.latency->cdf) {
                const double v = std::max(ns, 1.0); // a log axis has no zero
                line->append(v, fraction);
                lo = lo == 0 ? v : std::min(lo, v);
                hi = std::max(hi, v);
            }
            lines.push_back(line);
        }
    QLogValueAxis* x = logAxis(lo, hi, QObject::tr("ns per touch"));
    auto* y = new QValueAxis;
    y->setRange(0, 1);
    y->setTitleText(QObject::tr("fraction of faults"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : lines) {
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

} // namespace famscope::ui
