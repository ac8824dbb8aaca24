// The media of the devices a famfs file system spans beyond device 0 (the target), opened
// read-only on request: the devices its log names (fs::loggedDevices), each either open or
// not. The hex view shows an open device's bytes and verify compares pieces on it; a piece on a
// device that is not open is never read from device 0 instead. Opening another target closes
// them all; a reload of the same target (the log grew) keeps them.
#pragma once

#include "core/fs/DeviceTable.h"
#include "ui/document/Snapshot.h"

#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace famscope::ui {

class OpenedDevices : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    // Device 0 first, then every other device the log names, by index.
    const std::vector<fs::LoggedDevice>& devices() const { return devices_; }
    const fs::LoggedDevice* device(uint64_t index) const;
    bool isOpen(uint64_t index) const {
        return index == 0 ? snapshot_ != nullptr : opened_.count(index) != 0;
    }
    QString openedPath(uint64_t index) const; // "" when not open (device 0: the target)
    // The media of device `index` > 0, or nullptr when it is not open.
    std::shared_ptr<media::Media> media(uint64_t index) const;

    // Opens `path` read-only as device `index`; returns "" or why it was refused (the device
    // is not in the log, the target itself, a size other than the log gives it, unreadable).
    QString open(uint64_t index, const QString& path);

    // For verify on worker threads: the media of the devices open now, kept alive by the
    // returned function whatever is opened or closed meanwhile.
    std::function<media::Media*(uint64_t)> lookup() const;

signals:
    void changed();

private:
    std::shared_ptr<const Snapshot> snapshot_;
    std::vector<fs::LoggedDevice> devices_;
    std::map<uint64_t, std::pair<QString, std::shared_ptr<media::Media>>> opened_;
};

} // namespace famscope::ui
