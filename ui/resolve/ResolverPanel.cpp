#include "ui/resolve/ResolverPanel.h"

#include "core/fs/FaultPages.h"
#include "core/fs/Resolver.h"
#include "ui/SelectionModel.h"
#include "ui/edit/EditInput.h"
#include "ui/resolve/FileRangeBar.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace famscope::ui {

namespace {

QLabel* resultLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ResolverPanel::ResolverPanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), selection_(selection), title_(new QLabel(this)),
      bar_(new FileRangeBar(this)), pageTotals_(new QLabel(this)), offsetEdit_(new QLineEdit(this)),
      message_(new QLabel(this)), steps_(new QListWidget(this)),
      device_(resultLabel(QStringLiteral("resolvedDevice"), this)),
      deviceOffset_(resultLabel(QStringLiteral("resolvedDeviceOffset"), this)),
      mappedLength_(resultLabel(QStringLiteral("resolvedMappedLength"), this)),
      faultPage_(resultLabel(QStringLiteral("resolvedFaultPage"), this)) {
    setObjectName(QStringLiteral("resolverPanel"));
    title_->setObjectName(QStringLiteral("resolverTitle"));
    title_->setWordWrap(true);
    pageTotals_->setObjectName(QStringLiteral("resolverPageTotals"));
    pageTotals_->setWordWrap(true);
    pageTotals_->setAccessibleName(tr("Fault page totals"));
    offsetEdit_->setObjectName(QStringLiteral("resolverOffset"));
    offsetEdit_->setAccessibleName(tr("File offset"));
    offsetEdit_->setPlaceholderText(tr("0x200000, 4096 or 2M, then Enter"));
    offsetEdit_->setClearButtonEnabled(true);
    message_->setObjectName(QStringLiteral("resolverMessage"));
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText); // it quotes what the user typed
    message_->setAccessibleName(tr("Resolver message"));
    steps_->setObjectName(QStringLiteral("resolverSteps"));
    steps_->setAccessibleName(tr("Resolver steps"));
    steps_->setWordWrap(true);
    device_->setAccessibleName(tr("Device"));
    deviceOffset_->setAccessibleName(tr("Device offset"));
    mappedLength_->setAccessibleName(tr("Mapped length"));
    faultPage_->setAccessibleName(tr("Fault page"));
    faultPage_->setWordWrap(true);

    auto* offsetRow = new QHBoxLayout;
    auto* offsetLabel = new QLabel(tr("&Offset in the file:"), this);
    offsetLabel->setBuddy(offsetEdit_);
    offsetRow->addWidget(offsetLabel);
    offsetRow->addWidget(offsetEdit_, 1);

    auto* result = new QFormLayout;
    result->addRow(tr("Device:"), device_);
    result->addRow(tr("Device offset:"), deviceOffset_);
    result->addRow(tr("Mapped length:"), mappedLength_);
    result->addRow(tr("Fault page:"), faultPage_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(bar_);
    layout->addWidget(pageTotals_);
    layout->addLayout(offsetRow);
    layout->addWidget(message_);
    layout->addWidget(steps_, 1);
    layout->addLayout(result);

    connect(bar_, &FileRangeBar::offsetPicked, this, &ResolverPanel::showOffset);
    connect(offsetEdit_, &QLineEdit::returnPressed, this, &ResolverPanel::offsetTyped);
    connect(selection_, &SelectionModel::currentPathChanged, this, &ResolverPanel::showPath);
    showPath(QString());
}

void ResolverPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    snapshot_ = std::move(snapshot);
    showPath(selection_->currentPath());
}

void ResolverPanel::clearResult() {
    steps_->clear();
    for (QLabel* label : {device_, deviceOffset_, mappedLength_, faultPage_})
        label->clear();
    bar_->setMarker(std::nullopt);
    selection_->setResolvedLocation(std::nullopt);
}

void ResolverPanel::showPath(const QString& path) {
    file_ = snapshot_ && !path.isEmpty() ? snapshot_->ns.findFile(pathBytes(path)) : nullptr;
    clearResult();
    message_->clear();
    offsetEdit_->setEnabled(file_ != nullptr);
    if (!file_) {
        title_->setText(tr("Select a file to watch its offsets resolve."));
        pageTotals_->clear();
        bar_->setFile(0, {});
        return;
    }
    title_->setText(tr("<b>%1</b>, %2: click or drag on the bar, or type an offset.")
                        .arg(path.toHtmlEscaped(), formatSize(file_->size)));
    const auto pages = fs::faultPages(file_->map, file_->size);
    if (!pages) {
        pageTotals_->setText(tr("Fault pages unknown: %1").arg(shownText(pages.error())));
        bar_->setFile(file_->size, {});
        return;
    }
    bar_->setFile(file_->size, pages->ranges);
    pageTotals_->setText(
        tr("%1% of this file can fault in 2 MiB pages (green), %2% only in 4 KiB pages "
           "(amber), %3% not at all (red). File faults never map 1 GiB pages.")
            .arg(pages->percent2M())
            .arg(pages->percentOf(pages->bytes4K))
            .arg(pages->percentOf(pages->bytesNone)));
}

void ResolverPanel::offsetTyped() {
    if (!file_)
        return;
    const auto offset = parseSizeText(offsetEdit_->text());
    if (!offset) {
        clearResult();
        message_->setText(tr("Cannot read \"%1\" as an offset: type 0x200000, 2097152 or 2M.")
                              .arg(offsetEdit_->text()));
        return;
    }
    showOffset(*offset);
}

void ResolverPanel::showOffset(uint64_t fileOffset) {
    if (!file_)
        return;
    clearResult();
    offsetEdit_->setText(formatHex(fileOffset));
    if (fileOffset >= file_->size) {
        message_->setText(
            file_->size == 0
                ? tr("The file is empty: no offset resolves.")
                : tr("Offset %1 is out of range: the file is %2 bytes, offsets run from 0 to %3.")
                      .arg(formatHex(fileOffset))
                      .arg(file_->size)
                      .arg(formatHex(file_->size - 1)));
        return;
    }
    bar_->setMarker(fileOffset);
    const fs::Explanation e = fs::explain(file_->map, file_->size, fileOffset);
    int n = 0;
    for (const auto& step : e.steps)
        steps_->addItem(QString::number(++n) + QStringLiteral(". ") + shownText(step.text));
    if (e.run) {
        message_->setText(tr("Offset %1 resolves to device %2, offset %3.")
                              .arg(formatHex(fileOffset))
                              .arg(e.run->devindex)
                              .arg(formatHex(e.run->deviceOffset)));
        device_->setText(QString::number(e.run->devindex));
        deviceOffset_->setText(formatHex(e.run->deviceOffset));
        mappedLength_->setText(tr("%1 (%2 bytes) to the next discontinuity")
                                   .arg(formatSize(e.run->length))
                                   .arg(e.run->length));
        // The extent table, the stripe diagram and the heatmap highlight where it landed.
        selection_->setResolvedLocation(ResolvedLocation{e.run->fileOffset, e.run->devindex,
                                                         e.run->deviceOffset, e.run->length,
                                                         e.run->extentIndex});
        const uint64_t toPageEnd = 4096 - e.run->deviceOffset % 4096;
        const uint64_t shown = std::min(e.run->length, toPageEnd);
        if (e.run->devindex == 0)
            emit showBytes(e.run->deviceOffset, shown);
        else
            emit showDeviceBytes(e.run->devindex, e.run->deviceOffset, shown);
    } else {
        message_->setText(
            tr("Offset %1 is not mapped: %2").arg(formatHex(fileOffset), shownText(e.why)));
    }
    const fs::FaultAt fault = fs::faultAt(file_->map, file_->size, fileOffset);
    switch (fault.page) {
    case fs::FaultPage::Page2M:
        faultPage_->setText(tr("a 2 MiB page"));
        break;
    case fs::FaultPage::Page4K:
        faultPage_->setText(tr("a 4 KiB page, not 2 MiB: %1")
                                .arg(QString::fromStdString(fs::blockerText(fault.blocker))));
        break;
    case fs::FaultPage::None:
        faultPage_->setText(tr("nothing: the access gets SIGBUS"));
        break;
    }
}

} // namespace famscope::ui
