#include "ui/views/HeatmapPanel.h"

#include "core/fsck/FsckAsOf.h"
#include "core/report/SizeText.h"
#include "ui/document/Snapshot.h"
#include "ui/util/Format.h"
#include "ui/views/HeatmapExport.h"
#include "ui/views/HeatmapLegend.h"
#include "ui/views/HeatmapOverview.h"
#include "ui/views/HeatmapRenderer.h"
#include "ui/views/HeatmapView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace famscope::ui {

HeatmapPanel::HeatmapPanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), view_(new HeatmapView(selection, this)),
      overview_(new HeatmapOverview(view_, this)), legend_(new HeatmapLegend(this)),
      mode_(new QComboBox(this)), slider_(new QSlider(Qt::Horizontal, this)),
      timeLabel_(new QLabel(this)), playButton_(new QPushButton(tr("Play"), this)),
      scale_(new QLabel(this)), status_(new QLabel(this)), hover_(new QLabel(this)),
      splitter_(new QSplitter(this)), playTimer_(new QTimer(this)) {
    setObjectName(QStringLiteral("heatmapPanel"));
    for (const HeatmapMode m : {HeatmapMode::Owner, HeatmapMode::Age, HeatmapMode::Fsck})
        mode_->addItem(modeName(m), static_cast<int>(m));
    mode_->setObjectName(QStringLiteral("heatmapMode"));
    auto* fit = new QPushButton(tr("Fit"), this);
    fit->setToolTip(tr("Show the whole device (0). Zoom with the wheel or + and -, pan by "
                       "dragging or with Shift+wheel."));
    auto* png = new QPushButton(tr("Export PNG…"), this);
    auto* svg = new QPushButton(tr("Export SVG…"), this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Colour by:"), this));
    top->addWidget(mode_);
    top->addWidget(fit);
    top->addWidget(scale_);
    top->addWidget(status_, 1);
    top->addWidget(png);
    top->addWidget(svg);

    slider_->setObjectName(QStringLiteral("heatmapTime"));
    slider_->setToolTip(tr("Time travel: the device as it was after the first N log entries"));
    auto* time = new QHBoxLayout;
    time->addWidget(new QLabel(tr("Log entries:"), this));
    time->addWidget(slider_, 1);
    time->addWidget(timeLabel_);
    time->addWidget(playButton_);

    hover_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hover_->setMinimumWidth(10);
    splitter_->addWidget(view_);
    splitter_->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(splitter_, 1);
    layout->addWidget(overview_);
    layout->addLayout(time);
    layout->addWidget(legend_);
    layout->addWidget(hover_);

    connect(mode_, &QComboBox::activated, this,
            [this] { setMode(static_cast<HeatmapMode>(mode_->currentData().toInt())); });
    connect(fit, &QPushButton::clicked, view_, &HeatmapView::zoomToFit);
    connect(png, &QPushButton::clicked, this, [this] { exportPicture(false); });
    connect(svg, &QPushButton::clicked, this, [this] { exportPicture(true); });
    connect(slider_, &QSlider::valueChanged, this,
            [this](int v) { setTime(static_cast<uint64_t>(std::max(v, 0))); });
    connect(playButton_, &QPushButton::clicked, this, [this] { isPlaying() ? stop() : play(); });
    connect(view_, &HeatmapView::hovered, hover_, &QLabel::setText);
    connect(view_, &HeatmapView::viewChanged, this, &HeatmapPanel::updateScale);
    playTimer_->setInterval(30);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (!renderer_ || renderer_->time() >= renderer_->entryCount())
            return stop();
        const uint64_t step = std::max<uint64_t>(1, renderer_->entryCount() / 300);
        slider_->setValue(
            static_cast<int>(std::min(renderer_->entryCount(), renderer_->time() + step)));
    });
    setSnapshot(nullptr);
}

// A running fsck holds its own reference to the snapshot: it may finish after the panel.
HeatmapPanel::~HeatmapPanel() = default;

QString HeatmapPanel::modeName(HeatmapMode mode) {
    switch (mode) {
    case HeatmapMode::Owner:
        return tr("owner file");
    case HeatmapMode::Age:
        return tr("log age");
    case HeatmapMode::Fsck:
        return tr("fsck severity");
    }
    return {};
}

QString HeatmapPanel::pictureTitle(const HeatmapRenderer& r) {
    return tr("%1 · %2 device · %3 allocation units · by %4 · %5 of %6 log entries applied")
        .arg(r.snapshot().target, formatSize(r.snapshot().fs().sb.ddSize),
             formatSize(r.allocUnit()), modeName(r.mode()))
        .arg(r.time())
        .arg(r.entryCount());
}

void HeatmapPanel::setSnapshot(std::shared_ptr<Snapshot> snapshot) {
    stop();
    if (fsckWatcher_) { // a result for the previous target is of no use
        fsckWatcher_->disconnect(this);
        fsckWatcher_->deleteLater();
        fsckWatcher_ = nullptr;
    }
    findingsTime_.reset();
    renderer_ =
        snapshot && snapshot->opened ? std::make_shared<HeatmapRenderer>(snapshot) : nullptr;
    if (renderer_)
        renderer_->setMode(static_cast<HeatmapMode>(mode_->currentData().toInt()));
    view_->setRenderer(renderer_);
    const int entries =
        renderer_ ? static_cast<int>(std::min<uint64_t>(renderer_->entryCount(), INT32_MAX)) : 0;
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, entries);
        slider_->setValue(entries);
        slider_->setPageStep(std::max(1, entries / 20));
    }
    slider_->setEnabled(renderer_ != nullptr);
    playButton_->setEnabled(renderer_ != nullptr && entries > 0);
    status_->clear();
    hover_->clear();
    updateTimeLabel();
    updateLegend();
    if (renderer_ && renderer_->mode() == HeatmapMode::Fsck)
        startFsck();
}

void HeatmapPanel::showPreview(const std::vector<famfs::SimpleExtent>& ranges, bool interleaved,
                               uint64_t chunkSize) {
    if (!renderer_)
        return;
    renderer_->setPreview(ranges, interleaved, chunkSize);
    // Bring the plan into view when none of it is on screen.
    const auto& pieces = renderer_->preview();
    const heatmap::AuRange shown = view_->grid().visibleUnits();
    const bool visible = std::any_of(pieces.begin(), pieces.end(), [&](const heatmap::AuRange& r) {
        return r.first < shown.end && r.end > shown.first;
    });
    if (!pieces.empty() && !visible)
        view_->scrollToUnit(pieces.front().first);
    view_->refresh();
}

void HeatmapPanel::addSidePanel(QWidget* panel) {
    splitter_->addWidget(panel);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(splitter_->count() - 1, 1);
}

void HeatmapPanel::setMode(HeatmapMode mode) {
    const int index = mode_->findData(static_cast<int>(mode));
    if (index != mode_->currentIndex())
        mode_->setCurrentIndex(index);
    if (!renderer_)
        return;
    renderer_->setMode(mode);
    if (mode == HeatmapMode::Fsck && findingsTime_ != renderer_->time())
        startFsck();
    updateLegend();
    view_->refresh();
}

void HeatmapPanel::setTime(uint64_t entries) {
    if (!renderer_)
        return;
    renderer_->setTime(entries);
    if (static_cast<uint64_t>(slider_->value()) != renderer_->time()) {
        const QSignalBlocker block(slider_);
        slider_->setValue(static_cast<int>(renderer_->time()));
    }
    updateTimeLabel();
    // The fsck colours are the findings as of this point of the log.
    if (renderer_->mode() == HeatmapMode::Fsck && findingsTime_ != renderer_->time())
        startFsck();
    view_->refresh();
}

void HeatmapPanel::play() {
    if (!renderer_ || renderer_->entryCount() == 0)
        return;
    if (renderer_->time() >= renderer_->entryCount())
        setTime(0); // start over: watch the device fill up from an empty log
    playButton_->setText(tr("Stop"));
    playTimer_->start();
}

void HeatmapPanel::stop() {
    playTimer_->stop();
    playButton_->setText(tr("Play"));
}

bool HeatmapPanel::isPlaying() const {
    return playTimer_->isActive();
}

// One fsck at a time, for the time-travel point it started at; when the slider has moved on
// by the time it finishes, fsckFinished() starts the next one for where the slider is now.
void HeatmapPanel::startFsck() {
    if (fsckWatcher_ || !renderer_)
        return;
    status_->setText(tr("Running fsck…"));
    fsckTime_ = renderer_->time();
    fsckWatcher_ = new QFutureWatcher<std::vector<fsck::Finding>>(this);
    connect(fsckWatcher_, &QFutureWatcher<std::vector<fsck::Finding>>::finished, this,
            &HeatmapPanel::fsckFinished);
    std::shared_ptr<const Snapshot> snapshot = renderer_->sharedSnapshot();
    fsckWatcher_->setFuture(QtConcurrent::run(
        [snapshot, time = fsckTime_] { return fsck::fsckFindingsAsOf(snapshot->fs(), time); }));
}

void HeatmapPanel::waitForFsck() {
    while (fsckWatcher_) {
        fsckWatcher_->waitForFinished();
        fsckFinished();
    }
}

void HeatmapPanel::fsckFinished() {
    if (!fsckWatcher_)
        return;
    std::vector<fsck::Finding> findings = fsckWatcher_->result();
    fsckWatcher_->deleteLater();
    fsckWatcher_ = nullptr;
    if (!renderer_)
        return;
    const int count = static_cast<int>(findings.size());
    status_->setText(
        fsckTime_ == renderer_->entryCount()
            ? tr("fsck: %n finding(s)", nullptr, count)
            : tr("fsck as of log entry %1: %n finding(s)", nullptr, count).arg(fsckTime_));
    renderer_->setFindings(std::move(findings));
    findingsTime_ = fsckTime_;
    view_->refresh();
    if (renderer_->mode() == HeatmapMode::Fsck && fsckTime_ != renderer_->time())
        startFsck();
}

void HeatmapPanel::updateTimeLabel() {
    if (!renderer_) {
        timeLabel_->clear();
        return;
    }
    timeLabel_->setText(
        renderer_->time() == renderer_->entryCount()
            ? tr("all %n entry(s)", nullptr, countForTr(renderer_->entryCount()))
            : tr("after %1 of %2").arg(renderer_->time()).arg(renderer_->entryCount()));
}

void HeatmapPanel::updateScale() {
    if (!renderer_) {
        scale_->clear();
        return;
    }
    // What a cell stands for changes with every zoom step: say it in bytes.
    const heatmap::GridGeometry& g = view_->grid();
    const heatmap::AuRange shown = g.visibleUnits();
    const uint64_t au = renderer_->allocUnit();
    scale_->setText(tr("one cell = %1 · showing %2 – %3 of %4")
                        .arg(formatSize(g.unitsPerCell() * au),
                             QString::fromStdString(report::shortBytes(shown.first * au)),
                             QString::fromStdString(report::shortBytes(shown.end * au)),
                             formatSize(renderer_->nbits() * au)));
}

void HeatmapPanel::updateLegend() {
    legend_->setItems(renderer_ ? HeatmapLegend::items(*renderer_) : QList<LegendItem>{});
}

void HeatmapPanel::exportPicture(bool svg) {
    if (!renderer_)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export heatmap as SVG") : tr("Export heatmap as PNG"),
        svg ? QStringLiteral("heatmap.svg") : QStringLiteral("heatmap.png"),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const HeatmapPicture picture{std::max(800, view_->width()), pictureTitle(*renderer_)};
    const QString error = svg ? exportHeatmapSvg(*renderer_, picture, path)
                              : exportHeatmapPng(*renderer_, picture, path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export heatmap"), error);
}

} // namespace famscope::ui
