// The hex view with its go-to-offset line, the device it shows (device 0, the target, or
// another device of the file system opened read-only: OpenedDevices), and a line naming the
// structure field under the cursor (the Structures tool's read-out). Bytes on a device that is
// not open are never shown from device 0: the panel says the device is not open and offers to
// open it.
#pragma once

#include "ui/document/Snapshot.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace famscope::ui {

class HexView;
class OpenedDevices;

class HexPanel : public QWidget {
    Q_OBJECT
public:
    explicit HexPanel(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    // Moves to `offset` of device 0 and highlights `length` bytes (0: only the cursor).
    void showBytes(uint64_t offset, uint64_t length);
    // The same on device `devindex`: shown when that device is open, else the panel says so
    // and goes there once it is opened.
    void showDeviceBytes(uint64_t devindex, uint64_t offset, uint64_t length);
    void focusOffsetEdit();

    OpenedDevices* openedDevices() const { return devices_; }
    // Opens `path` as device `index` and shows it; returns "" or why it was refused.
    QString openDevice(uint64_t index, const QString& path);
    // File ▸ Open secondary device…: asks for the media of a device that is not open.
    QAction* openDeviceAction() const { return openAction_; }

    // "0x200000", "2097152", "2M", "4k": report::parseSize, what the go-to line accepts.
    static std::optional<uint64_t> parseOffset(const QString& text);

private:
    void goToTyped();
    void describe(uint64_t offset);
    void fillDeviceChoice();
    void showDevice(uint64_t index);
    void askToOpenDevice(uint64_t index);
    void askWhichDeviceToOpen();

    OpenedDevices* devices_;
    HexView* hex_;
    QLineEdit* offset_;
    QComboBox* deviceChoice_;
    QWidget* notOpen_;
    QLabel* notOpenText_;
    QPushButton* openButton_;
    QAction* openAction_;
    QLabel* field_;
    // Where showDeviceBytes() asked to go on a device that was not open yet.
    std::optional<std::pair<uint64_t, uint64_t>> pending_;
};

} // namespace famscope::ui
