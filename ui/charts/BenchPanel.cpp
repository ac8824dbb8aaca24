#include "ui/charts/BenchPanel.h"

#include "core/bench/PageSize.h"
#include "core/report/SizeText.h"
#include "ui/charts/BenchCharts.h"
#include "ui/charts/BenchJob.h"
#include "ui/util/OutputFile.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace famscope::ui {

namespace {

QChartView* chartView(QWidget* parent, const char* objectName) {
    auto* view = new QChartView(parent);
    view->setObjectName(QLatin1String(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 160); // the panel lives in a tab of a window that may be small
    return view;
}

} // namespace

BenchPanel::BenchPanel(QWidget* parent) : QWidget(parent), job_(new BenchJob(this)) {
    target_ = new QLineEdit(QStringLiteral("memfd"), this);
    target_->setToolTip(tr("memfd, hugetlb, thp, an image file or devdax device, or "
                           "famfs:MEDIA:PATH for a famfs file"));
    pageSizes_ = new QLineEdit(this);
    pageSizes_->setPlaceholderText(tr("target default (e.g. 4k,2m,1g)"));
    size_ = new QLineEdit(QStringLiteral("64M"), this);
    threads_ = new QSpinBox(this);
    threads_->setRange(1, 256);
    reps_ = new QSpinBox(this);
    reps_->setRange(static_cast<int>(bench::kMinReps), 100000);
    warmups_ = new QSpinBox(this);
    warmups_->setRange(0, 1000);
    warmups_->setValue(2);
    write_ = new QCheckBox(tr("Write faults (overwrites a famfs file's data)"), this);
    random_ = new QCheckBox(tr("Random order"), this);
    populate_ = new QCheckBox(tr("Compare with a prefaulted mapping"), this);
    latency_ = new QCheckBox(tr("Per-fault latency"), this);
    latency_->setChecked(true);
    run_ = new QPushButton(tr("Run"), this);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Target"), target_);
    form->addRow(tr("Page sizes"), pageSizes_);
    form->addRow(tr("Size"), size_);
    form->addRow(tr("Threads (1..N)"), threads_);
    form->addRow(tr("Repetitions"), reps_);
    form->addRow(tr("Warm-up runs"), warmups_);
    for (QCheckBox* box : {write_, random_, populate_, latency_})
        form->addRow(box);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);

    historyList_ = new QListWidget(this);
    // The tests find the controls by these names.
    target_->setObjectName(QStringLiteral("benchTarget"));
    pageSizes_->setObjectName(QStringLiteral("benchPageSizes"));
    size_->setObjectName(QStringLiteral("benchSize"));
    warmups_->setObjectName(QStringLiteral("benchWarmups"));
    latency_->setObjectName(QStringLiteral("benchLatency"));
    run_->setObjectName(QStringLiteral("benchRun"));
    cancel_->setObjectName(QStringLiteral("benchCancel"));
    historyList_->setObjectName(QStringLiteral("benchHistory"));
    status_->setObjectName(QStringLiteral("benchStatus"));
    historyList_->setToolTip(tr("Checked runs are compared on the charts"));
    auto* exportCsv = new QPushButton(tr("Export CSV..."), this);
    auto* exportPng = new QPushButton(tr("Export PNG..."), this);
    auto* clear = new QPushButton(tr("Clear"), this);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(exportCsv);
    historyButtons->addWidget(exportPng);
    historyButtons->addWidget(clear);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(progress_);
    leftLayout->addWidget(status_);
    leftLayout->addWidget(new QLabel(tr("History"), left));
    leftLayout->addWidget(historyList_, 1);
    leftLayout->addLayout(historyButtons);

    charts_ = new QTabWidget(this);
    faultView_ = chartView(charts_, "benchFaultChart");
    throughputView_ = chartView(charts_, "benchThroughputChart");
    latencyView_ = chartView(charts_, "benchLatencyChart");
    charts_->addTab(faultView_, tr("ns/fault"));
    charts_->addTab(throughputView_, tr("GiB/s"));
    charts_->addTab(latencyView_, tr("Latency CDF"));

    // The settings column scrolls, so the panel fits a tab of a small main window.
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(charts_);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(run_, &QPushButton::clicked, this, &BenchPanel::startRun);
    connect(cancel_, &QPushButton::clicked, job_, &BenchJob::cancel);
    connect(job_, &BenchJob::progress, this, [this](int permille, const QString& stage) {
        progress_->setValue(permille);
        status_->setText(stage);
    });
    connect(job_, &BenchJob::finished, this, &BenchPanel::finished);
    connect(job_, &BenchJob::failed, this, &BenchPanel::failed);
    connect(historyList_, &QListWidget::itemChanged, this, &BenchPanel::refreshCharts);
    connect(exportCsv, &QPushButton::clicked, this, &BenchPanel::exportCsvAsked);
    connect(exportPng, &QPushButton::clicked, this, &BenchPanel::exportPngAsked);
    connect(clear, &QPushButton::clicked, this, [this] {
        history_.clear();
        historyList_->clear();
        refreshCharts();
    });
    refreshCharts();
}

BenchPanel::~BenchPanel() = default;

std::vector<const BenchRun*> BenchPanel::comparedRuns() const {
    std::vector<const BenchRun*> runs;
    const auto& all = history_.runs();
    for (int i = 0; i < historyList_->count() && static_cast<size_t>(i) < all.size(); ++i)
        if (historyList_->item(i)->checkState() == Qt::Checked)
            runs.push_back(&all[static_cast<size_t>(i)]);
    return runs;
}

void BenchPanel::startRun() {
    bench::BenchOptions options;
    if (!pageSizes_->text().trimmed().isEmpty()) {
        auto sizes = bench::parsePageSizes(pageSizes_->text().toStdString());
        if (!sizes)
            return failed(QString::fromStdString(sizes.error()));
        options.pageSizes = *sizes;
    }
    if (!size_->text().trimmed().isEmpty()) {
        const auto size = report::parseSize(size_->text().toStdString());
        if (!size)
            return failed(tr("Size must be a number of bytes such as 64M or 1G"));
        options.size = *size;
    }
    options.maxThreads = static_cast<unsigned>(threads_->value());
    options.run.reps = static_cast<unsigned>(reps_->value());
    options.run.warmups = static_cast<unsigned>(warmups_->value());
    options.run.access = write_->isChecked() ? bench::AccessKind::Write : bench::AccessKind::Read;
    options.run.order = random_->isChecked() ? bench::Order::Random : bench::Order::Sequential;
    options.populate = populate_->isChecked();
    options.latency = latency_->isChecked();
    setRunning(true);
    progress_->setValue(0);
    status_->setText(tr("Starting..."));
    job_->start(target_->text().trimmed(), options);
}

void BenchPanel::setRunning(bool running) {
    run_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void BenchPanel::finished(std::shared_ptr<bench::BenchReport> report) {
    setRunning(false);
    progress_->setValue(1000);
    const BenchRun& run = history_.add(std::move(report));
    QStringList flagged;
    for (const bench::BenchRow& row : run.rows())
        if (row.status != "measured")
            flagged << QString::fromStdString(row.pageLabel + ": " + row.note);
    status_->setText(flagged.isEmpty() ? tr("Done.")
                                       : tr("Done. ") + flagged.join(QLatin1Char('\n')));
    auto* item = new QListWidgetItem(run.label + QStringLiteral("  ") +
                                     run.when.toString(QStringLiteral("HH:mm:ss")));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setToolTip(QString::fromStdString(run.report->description));
    historyList_->addItem(item);
    refreshCharts();
    emit runFinished();
}

void BenchPanel::failed(const QString& error) {
    setRunning(false);
    progress_->setValue(0);
    status_->setText(tr("Benchmark failed: ") + error);
    emit runFailed(error);
}

void BenchPanel::refreshCharts() {
    const auto runs = comparedRuns();
    // setChart() does not delete the previous chart when the view owns it: do it here.
    for (QChartView* view : {faultView_, throughputView_, latencyView_}) {
        QChart* old = view->chart();
        view->setChart(view == faultView_        ? makeFaultChart(runs)
                       : view == throughputView_ ? makeThroughputChart(runs)
                                                 : makeLatencyChart(runs));
        delete old;
    }
}

bool BenchPanel::exportCsv(const QString& path, QString* error) const {
    const QString e = writeOutputFile(path, BenchHistory::csv(comparedRuns()).toUtf8());
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

bool BenchPanel::exportPng(const QString& path, QString* error) const {
    auto* view = static_cast<QChartView*>(charts_->currentWidget());
    const QString e = writeImageFile(path, view->grab().toImage());
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

void BenchPanel::exportCsvAsked() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export benchmark runs"),
                                     QStringLiteral("famscope-bench.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        status_->setText(tr("Export failed: ") + error);
}

void BenchPanel::exportPngAsked() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QStringLiteral("famscope-bench.png"), tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !exportPng(path, &error))
        status_->setText(tr("Export failed: ") + error);
}

} // namespace famscope::ui
