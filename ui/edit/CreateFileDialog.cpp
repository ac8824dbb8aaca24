#include "ui/edit/CreateFileDialog.h"

#include "ui/edit/DialogFooter.h"
#include "ui/edit/EditInput.h"
#include "ui/edit/OwnerFields.h"
#include "ui/edit/WriteMode.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace famscope::ui {

CreateFileDialog::CreateFileDialog(WriteMode* writeMode, const QString& directory, QWidget* parent)
    : QDialog(parent), writeMode_(writeMode), path_(new QLineEdit(pathPrefix(directory))),
      size_(new QLineEdit(QStringLiteral("2M"))), seed_(new QLineEdit),
      interleave_(new QGroupBox(tr("&Interleaved (strided across buckets)"))),
      nstrips_(new QSpinBox), nbuckets_(new QSpinBox), chunk_(new QLineEdit(QStringLiteral("2M"))),
      debounce_(new QTimer(this)) {
    setObjectName(QStringLiteral("createFileDialog"));
    setMinimumWidth(460);
    setWindowTitle(tr("Create file"));
    path_->setObjectName(QStringLiteral("pathEdit"));
    size_->setObjectName(QStringLiteral("sizeEdit"));
    seed_->setObjectName(QStringLiteral("seedEdit"));
    interleave_->setObjectName(QStringLiteral("interleaveBox"));
    nstrips_->setObjectName(QStringLiteral("nstripsBox"));
    nbuckets_->setObjectName(QStringLiteral("nbucketsBox"));
    chunk_->setObjectName(QStringLiteral("chunkEdit"));
    seed_->setPlaceholderText(tr("empty: leave the data unwritten"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Path:"), path_);
    form->addRow(tr("&Size (K/M/G):"), size_);
    owner_ = std::make_unique<OwnerFields>(form, 0644);
    form->addRow(tr("&Data seed:"), seed_);

    interleave_->setCheckable(true);
    interleave_->setChecked(false);
    nstrips_->setRange(1, 16);
    nstrips_->setValue(2);
    nbuckets_->setRange(1, 64);
    nbuckets_->setValue(2);
    auto* strided = new QFormLayout(interleave_);
    strided->addRow(tr("S&trips:"), nstrips_);
    strided->addRow(tr("&Buckets:"), nbuckets_);
    strided->addRow(tr("&Chunk size:"), chunk_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(interleave_);
    message_ = addDialogFooter(this, layout, tr("C&reate")).message;

    debounce_->setSingleShot(true);
    debounce_->setInterval(150);
    connect(debounce_, &QTimer::timeout, this, &CreateFileDialog::updatePreview);
    const auto later = [this] { debounce_->start(); };
    for (QLineEdit* e : {path_, size_, seed_, chunk_, owner_->modeEdit()})
        connect(e, &QLineEdit::textChanged, this, later);
    connect(nstrips_, &QSpinBox::valueChanged, this, later);
    connect(nbuckets_, &QSpinBox::valueChanged, this, later);
    connect(interleave_, &QGroupBox::toggled, this, later);
    debounce_->start();
}

CreateFileDialog::~CreateFileDialog() = default;

std::optional<edit::CreatOptions> CreateFileDialog::readOptions(QString& error) const {
    edit::CreatOptions o;
    const auto size = parseSizeText(size_->text());
    if (!size || *size == 0) {
        error = tr("Enter a size greater than 0, e.g. 4K or 2M.");
        return std::nullopt;
    }
    o.size = *size;
    const auto owner = owner_->read(error);
    if (!owner)
        return std::nullopt;
    o.mode = owner->mode;
    o.uid = owner->uid;
    o.gid = owner->gid;
    if (!seed_->text().trimmed().isEmpty()) {
        const auto seed = parseSizeText(seed_->text());
        if (!seed) {
            error = tr("The data seed must be a number.");
            return std::nullopt;
        }
        o.dataSeed = *seed;
    }
    if (interleave_->isChecked()) {
        const auto chunk = parseSizeText(chunk_->text());
        if (!chunk || *chunk == 0) {
            error = tr("The chunk size must be a size such as 2M.");
            return std::nullopt;
        }
        o.interleave.nstrips = static_cast<uint64_t>(nstrips_->value());
        o.interleave.nbuckets = static_cast<uint64_t>(nbuckets_->value());
        o.interleave.chunkSize = *chunk;
    }
    return o;
}

void CreateFileDialog::updatePreview() {
    debounce_->stop();
    preview_.reset();
    QString error;
    auto options = readOptions(error);
    edit::EditSession* session = writeMode_->session();
    if (!session)
        error = writeMode_->unavailableReason();
    if (options && session) {
        options->planOnly = true;
        auto plan = edit::createFile(*session, pathBytes(path_->text()), *options);
        if (plan)
            preview_ = plan->placement;
        else
            error = QString::fromStdString(plan.error());
    }
    if (!preview_) {
        showDialogMessage(message_, error, true);
        emit previewChanged({}, false, 0);
        return;
    }
    const edit::Placement& p = *preview_;
    const auto& ranges = p.interleaved ? p.strips : p.extents;
    QString text =
        p.interleaved
            ? tr("Preview: %1 strips of %2 (chunk %3), outlined on the heatmap.")
                  .arg(ranges.size())
                  .arg(formatSize(ranges.empty() ? 0 : ranges.front().len), formatSize(p.chunkSize))
            : tr("Preview: one extent of %1 at %2, outlined on the heatmap.")
                  .arg(formatSize(ranges.empty() ? 0 : ranges.front().len),
                       formatHex(ranges.empty() ? 0 : ranges.front().offset));
    if (p.fellBack)
        text += QLatin1Char(' ') +
                tr("The file is smaller than one chunk, so famfs places it contiguously.");
    showDialogMessage(message_, text, false);
    emit previewChanged(ranges, p.interleaved, p.chunkSize);
}

void CreateFileDialog::accept() {
    QString error;
    auto options = readOptions(error);
    edit::EditSession* session = writeMode_->session();
    if (!session) {
        showDialogMessage(message_, writeMode_->unavailableReason(), true);
        return;
    }
    if (!options) {
        showDialogMessage(message_, error, true);
        return;
    }
    auto r = edit::createFile(*session, pathBytes(path_->text()), *options);
    if (!r) {
        showDialogMessage(message_, QString::fromStdString(r.error()), true);
        return;
    }
    created_ = *r;
    writeMode_->noteWrite();
    QDialog::accept();
}

void CreateFileDialog::done(int result) {
    debounce_->stop();
    emit previewChanged({}, false, 0);
    QDialog::done(result);
}

} // namespace famscope::ui
