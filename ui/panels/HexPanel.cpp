#include "ui/panels/HexPanel.h"

#include "core/report/SizeText.h"

#include "ui/document/OpenedDevices.h"
#include "ui/util/Format.h"
#include "ui/views/HexView.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace famscope::ui {

HexPanel::HexPanel(QWidget* parent)
    : QWidget(parent), devices_(new OpenedDevices(this)), hex_(new HexView(this)),
      offset_(new QLineEdit(this)), deviceChoice_(new QComboBox(this)), notOpen_(new QWidget(this)),
      notOpenText_(new QLabel(notOpen_)), openButton_(new QPushButton(notOpen_)),
      openAction_(new QAction(tr("Open &secondary device…"), this)), field_(new QLabel(this)) {
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
    deviceChoice_->setObjectName(QStringLiteral("hexDevice"));
    deviceChoice_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    deviceChoice_->setMinimumContentsLength(20);
    deviceChoice_->hide(); // until a file system spanning several devices is open
    layout->addWidget(deviceChoice_);
    notOpen_->setObjectName(QStringLiteral("hexDeviceNotOpen"));
    openButton_->setObjectName(QStringLiteral("hexOpenDevice"));
    notOpenText_->setWordWrap(true);
    auto* notOpenRow = new QHBoxLayout(notOpen_);
    notOpenRow->setContentsMargins(0, 0, 0, 0);
    notOpenRow->addWidget(notOpenText_, 1);
    notOpenRow->addWidget(openButton_);
    notOpen_->hide();
    layout->addWidget(notOpen_);
    layout->addWidget(hex_, 1);
    layout->addWidget(field_);
    connect(deviceChoice_, &QComboBox::activated, this,
            [this](int row) { showDevice(deviceChoice_->itemData(row).toULongLong()); });
    connect(openButton_, &QPushButton::clicked, this, [this] { askToOpenDevice(hex_->device()); });
    connect(openAction_, &QAction::triggered, this, &HexPanel::askWhichDeviceToOpen);
    connect(devices_, &OpenedDevices::changed, this, &HexPanel::fillDeviceChoice);
    connect(go, &QPushButton::clicked, this, &HexPanel::goToTyped);
    connect(offset_, &QLineEdit::returnPressed, this, &HexPanel::goToTyped);
    connect(hex_, &HexView::cursorMoved, this, &HexPanel::describe);
    describe(0);
}

void HexPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    const uint64_t shown = hex_->device();
    hex_->setSnapshot(snapshot);
    pending_.reset();
    devices_->setSnapshot(std::move(snapshot)); // refills the device choice
    // A reload of the same target keeps an opened device in view.
    if (shown != 0 && devices_->isOpen(shown))
        showDevice(shown);
    describe(0);
}

void HexPanel::showBytes(uint64_t offset, uint64_t length) {
    showDeviceBytes(0, offset, length);
}

void HexPanel::showDeviceBytes(uint64_t devindex, uint64_t offset, uint64_t length) {
    pending_ = std::pair{offset, length};
    showDevice(devindex);
}

void HexPanel::fillDeviceChoice() {
    deviceChoice_->clear();
    for (const fs::LoggedDevice& d : devices_->devices()) {
        const QString path = devices_->openedPath(d.index);
        QString text = d.index == 0     ? tr("Device 0: %1").arg(path)
                       : path.isEmpty() ? tr("Device %1: not open").arg(d.index)
                                        : tr("Device %1: %2").arg(d.index).arg(path);
        deviceChoice_->addItem(text, QVariant::fromValue<qulonglong>(d.index));
    }
    deviceChoice_->setCurrentIndex(deviceChoice_->findData(qulonglong(hex_->device())));
    // Only a file system that spans several devices needs the choice.
    deviceChoice_->setVisible(deviceChoice_->count() > 1);
}

// Shows device `index`, or says it is not open; then goes where showDeviceBytes() asked.
void HexPanel::showDevice(uint64_t index) {
    // A device just opened replaces the empty view of it; otherwise the view keeps its place.
    if (index != hex_->device() || (index != 0 && hex_->mediaSize() == 0))
        hex_->setDevice(index, devices_->media(index));
    int row = deviceChoice_->findData(qulonglong(index));
    if (row < 0) { // an index the log does not name (the resolver found it in an extent)
        deviceChoice_->addItem(tr("Device %1: not open").arg(index),
                               QVariant::fromValue<qulonglong>(index));
        row = deviceChoice_->count() - 1;
    }
    deviceChoice_->setCurrentIndex(row);
    const bool open = devices_->isOpen(index);
    notOpen_->setVisible(!open && index != 0); // device 0 is the target itself
    notOpenText_->setText(tr("Device %1 is not open.").arg(index));
    openButton_->setText(tr("Open device %1…").arg(index));
    openButton_->setEnabled(devices_->device(index) != nullptr);
    if (open && pending_) {
        hex_->setHighlight(pending_->first, pending_->second);
        hex_->goToOffset(pending_->first);
        pending_.reset();
    }
    describe(hex_->cursorOffset());
}

QString HexPanel::openDevice(uint64_t index, const QString& path) {
    const QString error = devices_->open(index, path);
    if (error.isEmpty())
        showDevice(index);
    return error;
}

void HexPanel::askToOpenDevice(uint64_t index) {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Media of device %1 (an image file or /dev/daxX.Y)").arg(index));
    if (path.isEmpty())
        return;
    if (const QString error = openDevice(index, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Open secondary device"), error);
}

void HexPanel::askWhichDeviceToOpen() {
    QStringList choices;
    std::vector<uint64_t> indices;
    for (const fs::LoggedDevice& d : devices_->devices())
        if (!devices_->isOpen(d.index)) {
            choices << tr("Device %1: not open").arg(d.index);
            indices.push_back(d.index);
        }
    if (indices.empty()) {
        QMessageBox::information(this, tr("Open secondary device"),
                                 tr("The file system names no other device that is not open."));
        return;
    }
    int chosen = 0;
    if (indices.size() > 1) {
        bool ok = false;
        const QString item = QInputDialog::getItem(this, tr("Open secondary device"), tr("Device:"),
                                                   choices, 0, false, &ok);
        if (!ok)
            return;
        chosen = static_cast<int>(choices.indexOf(item));
    }
    askToOpenDevice(indices[size_t(std::max(chosen, 0))]);
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
        field_->setText(hex_->device() == 0 ? tr("No file system open.")
                                            : tr("Device %1 is not open.").arg(hex_->device()));
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
