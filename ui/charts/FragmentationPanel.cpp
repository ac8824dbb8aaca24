#include "ui/charts/FragmentationPanel.h"

#include "ui/charts/FitForm.h"
#include "ui/charts/FreeRunChart.h"
#include "ui/util/Format.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

namespace famscope::ui {

namespace {

QString ratioText(const std::optional<double>& r) {
    return r ? QLocale().toString(*r, 'f', 2) + QStringLiteral("\u00a0\u00d7")
             : QStringLiteral("\u221e");
}

} // namespace

FragmentationPanel::FragmentationPanel(QWidget* parent)
    : QWidget(parent), free_(new QLabel(this)), largest_(new QLabel(this)),
      amplification_(new QLabel(this)), overhead_(new QLabel(this)),
      chartView_(new QChartView(this)), fit_(new FitForm(this)) {
    setObjectName(QStringLiteral("fragmentationPanel"));
    free_->setObjectName(QStringLiteral("fragmentationFree"));
    largest_->setObjectName(QStringLiteral("fragmentationLargest"));
    amplification_->setObjectName(QStringLiteral("fragmentationAmplification"));
    overhead_->setObjectName(QStringLiteral("fragmentationOverhead"));
    chartView_->setObjectName(QStringLiteral("fragmentationChart"));
    const QString ampTip =
        tr("Space amplification as famfs fsck prints it: bytes allocated (every allocation "
           "unit in use, the superblock and log included) divided by the sum of the file "
           "sizes. The second figure counts only the units holding file data: what rounding "
           "each file up to whole 2 MiB units costs. \u221e: no file data yet.");
    amplification_->setToolTip(ampTip);
    overhead_->setToolTip(tr("The superblock and the log are allocated before any file; they "
                             "are counted in famfs's amplification but not in the file-only "
                             "figure."));
    largest_->setToolTip(tr("The longest stretch of free allocation units: the largest simple "
                            "file a new famfs command can create."));
    free_->setToolTip(tr("Free allocation units in the bitmap famfs builds from the log, and "
                         "how many separate runs they form."));
    for (QLabel* l : {free_, largest_, amplification_, overhead_}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumHeight(300); // room for a label per size bucket

    auto* figures = new QFormLayout;
    figures->addRow(tr("Free space:"), free_);
    figures->addRow(tr("Largest free run:"), largest_);
    figures->addRow(tr("Space amplification:"), amplification_);
    figures->addRow(tr("Superblock and log:"), overhead_);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(figures);
    topLayout->addWidget(chartView_, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(fit_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(fit_, &FitForm::planPreview, this, &FragmentationPanel::planPreview);
    setSnapshot(nullptr);
}

void FragmentationPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    fragmentation_ =
        snapshot_ ? fs::analyzeFragmentation(snapshot_->allocation) : fs::Fragmentation{};
    showFigures();
    rebuildChart();
    fit_->setSnapshot(snapshot_);
}

void FragmentationPanel::showFigures() {
    const fs::Fragmentation& f = fragmentation_;
    if (!snapshot_) {
        for (QLabel* l : {free_, largest_, amplification_, overhead_})
            l->setText(tr("No file system open."));
        return;
    }
    free_->setText(tr("%1 (free runs: %2)").arg(formatSize(f.freeBytes)).arg(f.freeRuns));
    if (f.freeRuns == 0)
        largest_->setText(tr("none: the device is full"));
    else if (f.freeRuns == 1)
        largest_->setText(
            tr("%1 at %2 (all of the free space)")
                .arg(formatSize(f.largestFreeRunBytes()), formatHex(f.largestFreeRunOffset)));
    else
        largest_->setText(
            tr("%1 at %2 (%3% of the free space is outside it)")
                .arg(formatSize(f.largestFreeRunBytes()), formatHex(f.largestFreeRunOffset),
                     QLocale().toString(100.0 * f.freeSpaceOutsideLargestRun(), 'g', 2)));
    amplification_->setText(tr("%1 (%2 allocated for %3 of file data); file space only: %4")
                                .arg(ratioText(f.spaceAmplification),
                                     formatSize(f.metadataBytes + f.fileAllocatedBytes),
                                     formatSize(f.sumOfFileSizes), ratioText(f.fileAmplification)));
    overhead_->setText(formatSize(f.metadataBytes));
}

void FragmentationPanel::rebuildChart() {
    QChart* old = chartView_->chart();
    QChart* chart = makeFreeRunChart(fragmentation_);
    chartView_->setChart(chart);
    delete old; // setChart() leaves the old chart to the caller
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QHorizontalBarSeries*>(s))
            connect(
                bars, &QHorizontalBarSeries::hovered, this, [this](bool on, int index, QBarSet*) {
                    if (on)
                        QToolTip::showText(QCursor::pos(), freeRunBucketText(fragmentation_, index),
                                           chartView_);
                    else
                        QToolTip::hideText();
                });
}

} // namespace famscope::ui
