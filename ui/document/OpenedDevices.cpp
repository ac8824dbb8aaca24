#include "ui/document/OpenedDevices.h"

#include <QFileInfo>

namespace famscope::ui {

void OpenedDevices::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    const bool sameTarget = snapshot && snapshot_ && snapshot->target == snapshot_->target;
    snapshot_ = std::move(snapshot);
    devices_.clear();
    if (snapshot_ && snapshot_->opened)
        devices_ = fs::loggedDevices(snapshot_->fs(), snapshot_->ns);
    if (!sameTarget)
        opened_.clear();
    emit changed();
}

const fs::LoggedDevice* OpenedDevices::device(uint64_t index) const {
    for (const fs::LoggedDevice& d : devices_)
        if (d.index == index)
            return &d;
    return nullptr;
}

QString OpenedDevices::openedPath(uint64_t index) const {
    if (index == 0)
        return snapshot_ ? snapshot_->target : QString();
    const auto it = opened_.find(index);
    return it == opened_.end() ? QString() : it->second.first;
}

std::shared_ptr<media::Media> OpenedDevices::media(uint64_t index) const {
    const auto it = opened_.find(index);
    return it == opened_.end() ? nullptr : it->second.second;
}

QString OpenedDevices::open(uint64_t index, const QString& path) {
    const fs::LoggedDevice* d = device(index);
    if (!snapshot_ || index == 0 || !d)
        return tr("The file system names no device %1.").arg(index);
    // The target's own media holds device 0: opening it as another device would show device
    // 0's bytes as if they were that device's.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (!canonical.isEmpty() && canonical == QFileInfo(snapshot_->target).canonicalFilePath())
        return tr("%1 is the open file system's own device (device 0), not device %2.")
            .arg(path)
            .arg(index);
    auto media = fs::openDeviceMedia(path.toStdString(), *d);
    if (!media)
        return QString::fromStdString(media.error());
    opened_[index] = {path, std::shared_ptr<media::Media>(std::move(*media))};
    emit changed();
    return {};
}

std::function<media::Media*(uint64_t)> OpenedDevices::lookup() const {
    std::map<uint64_t, std::shared_ptr<media::Media>> open;
    for (const auto& [index, entry] : opened_)
        open[index] = entry.second;
    return [open](uint64_t index) -> media::Media* {
        const auto it = open.find(index);
        return it == open.end() ? nullptr : it->second.get();
    };
}

} // namespace famscope::ui
