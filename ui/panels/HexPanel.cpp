#include "ui/panels/HexPanel.h"

#include "core/report/SizeText.h"

#include "ui/util/Format.h"
#include "ui/views/HexView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace famscope::ui {

HexPanel::HexPanel(QWidget* parent)
    : QWidget(parent), hex_(new HexView(this)), offset_(new QLineEdit(this)),
      field_(new QLabel(this)) {
    setObjectName(QStringLiteral("hexPanel"));
    hex_->setObjectName(QStringLiteral("hexView"));
    offset_->setObjectName(QStringLiteral("goToOffset"));
    field_->setObjectName(QStringLiteral("hexField"));
    offset_->setPlaceholderText(tr("Go to offset (0x200000, 2M, 4096…)"));
    auto* go = new QPushButton(tr("&Go"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(offset_, 1);
    bar->addWidget(go);
    field_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(hex_, 1);
    layout->addWidget(field_);
    connect(go, &QPushButton::clicked, this, &HexPanel::goToTyped);
    connect(offset_, &QLineEdit::returnPressed, this, &HexPanel::goToTyped);
    connect(hex_, &HexView::cursorMoved, this, &HexPanel::describe);
    describe(0);
}

void HexPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    hex_->setSnapshot(std::move(snapshot));
    describe(0);
}

void HexPanel::showBytes(uint64_t offset, uint64_t length) {
    hex_->setHighlight(offset, length);
    hex_->goToOffset(offset);
}

void HexPanel::focusOffsetEdit() {
    offset_->setFocus();
    offset_->selectAll();
}

std::optional<uint64_t> HexPanel::parseOffset(const QString& typed) {
    return report::parseSize(typed.toStdString());
}

void HexPanel::goToTyped() {
    const auto offset = parseOffset(offset_->text());
    if (!offset || *offset >= hex_->mediaSize()) {
        field_->setText(tr("Not an offset on this device: %1").arg(offset_->text()));
        return;
    }
    showBytes(*offset, 0);
}

void HexPanel::describe(uint64_t offset) {
    if (!hex_->mediaSize()) {
        field_->setText(tr("No file system open."));
        return;
    }
    const OverlayRegion r = hex_->regionAt(offset);
    if (r.size == 0)
        field_->setText(tr("Offset %1").arg(formatHex(offset)));
    else
        field_->setText(tr("Offset %1: %2 (%3 + %4)")
                            .arg(formatHex(offset), r.name, formatHex(r.offset))
                            .arg(offset - r.offset));
}

} // namespace famscope::ui
