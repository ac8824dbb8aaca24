#include "ui/verify/VerifyPanel.h"

#include "ui/SelectionModel.h"
#include "ui/document/OpenedDevices.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include "core/report/SeedText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace famscope::ui {

namespace {

constexpr int kOutcomeRole = Qt::UserRole + 1; // the row's last VerifyOutcome

std::optional<uint64_t> seedOf(const QTableWidgetItem* item) {
    return item ? report::parseSeed(item->text().toStdString()) : std::nullopt;
}

} // namespace

VerifyPanel::VerifyPanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), selection_(selection), job_(new VerifyJob(this)) {
    setObjectName(QStringLiteral("verifyPanel"));
    auto* addCurrent = new QPushButton(tr("Add &selected file"), this);
    auto* addAll = new QPushButton(tr("Add &all files"), this);
    auto* paste = new QPushButton(tr("&Paste list…"), this);
    auto* clear = new QPushButton(tr("C&lear"), this);
    editButtons_ = {addCurrent, addAll, paste, clear};
    connect(addCurrent, &QPushButton::clicked, this, &VerifyPanel::addCurrentFile);
    connect(addAll, &QPushButton::clicked, this, &VerifyPanel::addAllFiles);
    connect(paste, &QPushButton::clicked, this, &VerifyPanel::pasteList);
    connect(clear, &QPushButton::clicked, this, [this] { table_->setRowCount(0); });

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("verifyTable"));
    table_->setHorizontalHeaderLabels({tr("File"), tr("Seed"), tr("Result")});
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setToolTip(tr("Type the seed each file was written with (decimal or 0x hex). "
                          "Double-click a failed row to show its first bad word."));
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != SeedColumn)
            jumpToRow(row);
    });

    verify_ = new QPushButton(tr("&Verify"), this);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("verifyProgress"));
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(false);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("verifyStatus"));
    status_->setWordWrap(true);
    connect(verify_, &QPushButton::clicked, this, &VerifyPanel::start);
    connect(cancel_, &QPushButton::clicked, this, &VerifyPanel::cancel);
    connect(job_, &VerifyJob::progress, progress_, &QProgressBar::setValue);
    connect(job_, &VerifyJob::outcome, this, &VerifyPanel::outcome);
    connect(job_, &VerifyJob::finished, this, &VerifyPanel::finished);

    auto* top = new QHBoxLayout;
    for (QWidget* b : editButtons_)
        top->addWidget(b);
    top->addStretch(1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(verify_);
    bottom->addWidget(cancel_);
    bottom->addWidget(progress_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addLayout(bottom);
    layout->addWidget(status_);
    setSnapshot(nullptr);
}

void VerifyPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (job_->running()) {
        job_->cancel();
        job_->waitForFinished();
    }
    snapshot_ = std::move(snapshot);
    runRows_.clear(); // the cancelled run's late finished() has nothing left to report
    // Rows stay (a reload after the log grew keeps the seeds typed in); results go.
    for (int row = 0; row < table_->rowCount(); ++row)
        if (QTableWidgetItem* r = table_->item(row, ResultColumn)) {
            r->setText(QString());
            r->setData(kOutcomeRole, QVariant());
            r->setForeground(QBrush());
        }
    setRunning(false);
    status_->setText(snapshot_ ? tr("Add files and their seeds, then Verify.")
                               : tr("No file system open."));
}

void VerifyPanel::addFile(const QString& path, std::optional<uint64_t> seed) {
    for (int row = 0; row < table_->rowCount(); ++row)
        if (table_->item(row, FileColumn)->text() == path) {
            if (seed)
                table_->item(row, SeedColumn)->setText(QString::number(*seed));
            return;
        }
    const int row = table_->rowCount();
    table_->insertRow(row);
    auto* file = new QTableWidgetItem(path);
    file->setFlags(file->flags() & ~Qt::ItemIsEditable);
    auto* result = new QTableWidgetItem;
    result->setFlags(result->flags() & ~Qt::ItemIsEditable);
    table_->setItem(row, FileColumn, file);
    table_->setItem(row, SeedColumn,
                    new QTableWidgetItem(seed ? QString::number(*seed) : QString()));
    table_->setItem(row, ResultColumn, result);
}

void VerifyPanel::addCurrentFile() {
    if (!snapshot_ || selection_->currentPath().isEmpty())
        return;
    if (snapshot_->ns.findFile(pathBytes(selection_->currentPath())))
        addFile(selection_->currentPath());
}

void VerifyPanel::addAllFiles() {
    if (!snapshot_)
        return;
    for (const fs::FsFile& f : snapshot_->ns.files)
        addFile(shownText(f.path)); // the table holds shown paths, as the tree
    table_->resizeColumnToContents(FileColumn);
}

QString VerifyPanel::setSeedList(const QString& text) {
    QString error;
    const auto items = parseSeedList(text, &error);
    if (!items)
        return error;
    table_->setRowCount(0);
    for (const VerifyItem& item : *items)
        addFile(item.path, item.seed);
    table_->resizeColumnToContents(FileColumn);
    return QString();
}

void VerifyPanel::pasteList() {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Paste seed list"), tr("One file per line: path and seed, e.g. \"dir/file 42\"."),
        QString(), &ok);
    if (!ok)
        return;
    if (const QString error = setSeedList(text); !error.isEmpty())
        QMessageBox::warning(this, tr("Paste seed list"), error);
}

void VerifyPanel::start() {
    if (!snapshot_ || job_->running())
        return;
    QList<VerifyItem> items;
    runRows_.clear();
    for (int row = 0; row < table_->rowCount(); ++row) {
        QTableWidgetItem* result = table_->item(row, ResultColumn);
        result->setData(kOutcomeRole, QVariant());
        result->setForeground(QBrush());
        const auto seed = seedOf(table_->item(row, SeedColumn));
        if (!seed) {
            result->setText(tr("skipped: no seed"));
            continue;
        }
        result->setText(tr("waiting"));
        items.push_back({table_->item(row, FileColumn)->text(), *seed});
        runRows_.push_back(row);
    }
    if (items.isEmpty()) {
        status_->setText(tr("Nothing to verify: give each file its seed."));
        return;
    }
    nextOutcome_ = 0;
    failures_ = 0;
    jumped_ = false;
    progress_->setValue(0);
    status_->setText(tr("Verifying %n file(s)…", nullptr, static_cast<int>(items.size())));
    setRunning(true);
    job_->start(snapshot_, items, devices_ ? devices_->lookup() : DeviceLookup{});
}

void VerifyPanel::cancel() {
    job_->cancel();
}

void VerifyPanel::outcome(const VerifyOutcome& r) {
    if (nextOutcome_ >= runRows_.size())
        return;
    const int row = runRows_[nextOutcome_++];
    QTableWidgetItem* item = table_->item(row, ResultColumn);
    item->setData(kOutcomeRole, QVariant::fromValue(r));
    const QLocale locale;
    if (!r.error.isEmpty()) {
        item->setText(tr("error: %1").arg(r.error));
    } else if (r.mismatchOffset) {
        item->setText(tr("mismatch at file offset %1 (device %2)")
                          .arg(locale.toString(qulonglong{*r.mismatchOffset}))
                          .arg(r.deviceOffset ? formatHex(*r.deviceOffset) : QStringLiteral("?")));
    } else if (r.cancelled) {
        item->setText(tr("cancelled"));
    } else {
        item->setText(tr("ok: %1 bytes").arg(locale.toString(qulonglong{r.bytesVerified})));
    }
    if (!r.ok() && !r.cancelled) {
        ++failures_;
        item->setForeground(QColor(0xc0, 0x39, 0x2b));
    }
    if (r.mismatchOffset && !jumped_) { // the first mismatch of the run
        jumped_ = true;
        jumpToRow(row);
    }
}

void VerifyPanel::finished(bool cancelled) {
    if (runRows_.isEmpty())
        return; // a run abandoned by setSnapshot()
    for (int i = nextOutcome_; i < runRows_.size(); ++i)
        table_->item(runRows_[i], ResultColumn)->setText(tr("cancelled"));
    const int verified = nextOutcome_;
    runRows_.clear();
    setRunning(false);
    if (cancelled)
        status_->setText(tr("Cancelled after %n file(s).", nullptr, verified));
    else if (failures_ == 0)
        status_->setText(tr("All %n file(s) hold their pattern.", nullptr, verified));
    else
        status_->setText(tr("%n file(s) failed.", nullptr, failures_));
}

void VerifyPanel::jumpToRow(int row) {
    const QTableWidgetItem* item = table_->item(row, ResultColumn);
    if (!item)
        return;
    const QVariant v = item->data(kOutcomeRole);
    if (!v.canConvert<VerifyOutcome>())
        return;
    const auto r = v.value<VerifyOutcome>();
    selection_->setCurrentPath(r.path);
    if (r.deviceOffset && r.devindex == 0)
        emit showBytes(*r.deviceOffset, 4);
    else if (r.deviceOffset)
        emit showDeviceBytes(r.devindex, *r.deviceOffset, 4);
}

void VerifyPanel::setRunning(bool running) {
    verify_->setEnabled(!running && snapshot_);
    cancel_->setEnabled(running);
    table_->setEditTriggers(running ? QAbstractItemView::NoEditTriggers
                                    : QAbstractItemView::DoubleClicked |
                                          QAbstractItemView::EditKeyPressed |
                                          QAbstractItemView::AnyKeyPressed);
    for (QWidget* b : editButtons_)
        b->setEnabled(!running && snapshot_);
}

} // namespace famscope::ui
