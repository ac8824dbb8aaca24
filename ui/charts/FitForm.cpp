#include "ui/charts/FitForm.h"

#include "core/format/Constants.h"
#include "core/report/PlacementText.h"
#include "ui/util/Format.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace famscope::ui {

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

FitForm::FitForm(QWidget* parent)
    : QGroupBox(tr("Will it fit?"), parent), size_(new QDoubleSpinBox(this)),
      unit_(new QComboBox(this)), strips_(new QSpinBox(this)), buckets_(new QSpinBox(this)),
      chunk_(new QComboBox(this)), check_(new QPushButton(tr("Check"), this)),
      verdict_(new QLabel(this)), reason_(new QLabel(this)), plan_(new QTableWidget(this)) {
    setObjectName(QStringLiteral("fitForm"));
    size_->setObjectName(QStringLiteral("fitSize"));
    unit_->setObjectName(QStringLiteral("fitUnit"));
    strips_->setObjectName(QStringLiteral("fitStrips"));
    buckets_->setObjectName(QStringLiteral("fitBuckets"));
    chunk_->setObjectName(QStringLiteral("fitChunk"));
    check_->setObjectName(QStringLiteral("fitCheck"));
    verdict_->setObjectName(QStringLiteral("fitVerdict"));
    reason_->setObjectName(QStringLiteral("fitReason"));
    plan_->setObjectName(QStringLiteral("fitPlan"));
    size_->setRange(0, 1e6);
    size_->setDecimals(3);
    size_->setValue(1);
    const std::pair<const char*, uint64_t> units[] = {{"B", 1},
                                                      {"KiB", uint64_t{1} << 10},
                                                      {"MiB", kMiB},
                                                      {"GiB", uint64_t{1} << 30},
                                                      {"TiB", uint64_t{1} << 40}};
    for (const auto& [name, bytes] : units)
        unit_->addItem(QString::fromLatin1(name), QVariant::fromValue<quint64>(bytes));
    unit_->setCurrentIndex(3);
    strips_->setRange(1, static_cast<int>(famfs::kMaxExtents));
    strips_->setSpecialValueText(tr("1 (simple file)"));
    strips_->setToolTip(tr("More than one strip places the file interleaved: one strip in each "
                           "of that many different buckets (famfs creat -N)."));
    buckets_->setRange(1, 64);
    buckets_->setToolTip(tr("The device is cut into this many equal buckets (famfs creat -B); "
                            "each must be at least 1 GiB."));
    for (uint64_t chunk = 2 * kMiB; chunk <= 1024 * kMiB; chunk *= 2)
        chunk_->addItem(formatSize(chunk), QVariant::fromValue<quint64>(chunk));
    chunk_->setToolTip(tr("Bytes written to one strip before moving to the next (famfs creat "
                          "-C)."));
    verdict_->setTextFormat(Qt::RichText);
    for (QLabel* l : {verdict_, reason_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    plan_->setColumnCount(4);
    plan_->setHorizontalHeaderLabels({tr("#"), tr("Device offset"), tr("Length"), tr("Bucket")});
    plan_->verticalHeader()->hide();
    plan_->horizontalHeader()->setStretchLastSection(true);
    plan_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(size_, 1);
    sizeRow->addWidget(unit_);
    auto* form = new QFormLayout;
    form->addRow(tr("File size:"), sizeRow);
    form->addRow(tr("Strips:"), strips_);
    form->addRow(tr("Buckets:"), buckets_);
    form->addRow(tr("Chunk size:"), chunk_);
    form->addRow(QString(), check_);
    layout_ = new QVBoxLayout(this);
    layout_->addLayout(form);
    layout_->addWidget(verdict_);
    layout_->addWidget(reason_);
    layout_->addWidget(plan_, 1);

    connect(check_, &QPushButton::clicked, this, &FitForm::check);
    connect(strips_, &QSpinBox::valueChanged, this, [this](int n) {
        buckets_->setEnabled(n > 1);
        chunk_->setEnabled(n > 1);
        clearResult();
    });
    connect(size_, &QDoubleSpinBox::valueChanged, this, &FitForm::clearResult);
    connect(unit_, &QComboBox::currentIndexChanged, this, &FitForm::clearResult);
    connect(buckets_, &QSpinBox::valueChanged, this, &FitForm::clearResult);
    connect(chunk_, &QComboBox::currentIndexChanged, this, &FitForm::clearResult);
    buckets_->setEnabled(false);
    chunk_->setEnabled(false);
    setSnapshot(nullptr);
}

void FitForm::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    setEnabled(snapshot_ != nullptr);
    if (snapshot_)
        buckets_->setValue(static_cast<int>(edit::defaultBucketCount(snapshot_->fs().sb.ddSize)));
    clearResult();
}

uint64_t FitForm::sizeBytes() const {
    const double bytes = std::ceil(size_->value() * unit_->currentData().toDouble());
    return bytes <= 0 ? 0 : static_cast<uint64_t>(bytes);
}

void FitForm::check() {
    if (!snapshot_)
        return;
    edit::FitQuestion q;
    q.size = sizeBytes();
    q.nstrips = static_cast<uint64_t>(strips_->value());
    q.nbuckets = static_cast<uint64_t>(buckets_->value());
    q.chunkSize = chunk_->currentData().toULongLong();
    answer_ = edit::askFit(snapshot_->allocation, snapshot_->fs().sb.ddSize, q);
    showAnswer(*answer_);
    emit planPreview(answer_->fits ? answer_->ranges() : std::vector<famfs::SimpleExtent>{});
}

void FitForm::clearResult() {
    const bool hadPlan = answer_ && answer_->fits;
    answer_.reset();
    verdict_->setText(snapshot_ ? tr("Ask the allocator where a file would go.")
                                : tr("No file system open."));
    reason_->clear();
    plan_->setRowCount(0);
    plan_->hide();
    layout_->setStretchFactor(reason_, 1);
    if (hadPlan)
        emit planPreview({});
}

void FitForm::showAnswer(const edit::FitAnswer& a) {
    const report::PlacementSummary p = report::summarizePlacement(a.placement);
    const auto bold = [](const QString& text) -> QString { // a QString, not a dangling builder
        return QStringLiteral("<b>") + text.toHtmlEscaped() + QStringLiteral("</b>");
    };
    QStringList notes;
    if (!a.fits) {
        verdict_->setText(bold(tr("Does not fit.")));
        notes << QString::fromStdString(a.reason);
    } else if (p.interleaved) {
        verdict_->setText(bold(tr("Fits: %n strip(s) of %1 (chunk %2), each in its own bucket.",
                                  nullptr, countForTr(p.pieces))
                                   .arg(formatSize(p.pieceBytes), formatSize(p.chunkSize))));
        notes << tr("famfs visits the buckets in a random order; this plan shows one such order.");
    } else {
        verdict_->setText(bold(tr("Fits: one extent of %1 at %2.")
                                   .arg(formatSize(p.pieceBytes), formatHex(p.firstOffset))));
        if (p.fellBack)
            notes << tr("Smaller than one chunk, the file is not striped: famfs falls back to "
                        "one simple extent.");
    }
    if (a.largestThatFits > 0)
        notes << tr("The largest file of this shape that fits now: %1.")
                     .arg(formatSize(a.largestThatFits));
    else if (a.shortfall)
        notes << tr("No file of this shape fits now.");
    reason_->setText(notes.join(QLatin1Char('\n')));
    fillPlanTable(a);
}

void FitForm::fillPlanTable(const edit::FitAnswer& a) {
    const auto& ranges = a.ranges();
    plan_->setRowCount(a.fits ? static_cast<int>(ranges.size()) : 0);
    plan_->setVisible(a.fits);
    // The reason takes the room below the form while there is no plan to show.
    layout_->setStretchFactor(reason_, a.fits ? 0 : 1);
    plan_->setColumnHidden(3, !a.placement.interleaved);
    for (int row = 0; row < plan_->rowCount(); ++row) {
        const famfs::SimpleExtent& e = ranges[static_cast<size_t>(row)];
        plan_->setItem(row, 0, cell(QString::number(row)));
        plan_->setItem(row, 1, cell(formatHex(e.offset)));
        plan_->setItem(row, 2, cell(formatSize(e.len)));
        plan_->setItem(row, 3,
                       cell(a.bucketBytes ? QString::number(e.offset / a.bucketBytes) : QString()));
    }
    plan_->resizeColumnsToContents();
}

} // namespace famscope::ui
