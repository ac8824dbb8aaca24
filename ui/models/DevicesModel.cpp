#include "ui/models/DevicesModel.h"

#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

namespace famscope::ui {

DevicesModel::DevicesModel(QObject* parent) : QAbstractItemModel(parent) {}

void DevicesModel::setRegions(std::vector<media::DaxRegionInfo> regions) {
    beginResetModel();
    regions_ = std::move(regions);
    endResetModel();
}

int DevicesModel::deviceCount() const {
    int n = 0;
    for (const auto& r : regions_)
        n += static_cast<int>(r.devices.size());
    return n;
}

QModelIndex DevicesModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DevicesModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int DevicesModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(regions_.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(regions_[static_cast<size_t>(parent.row())].devices.size());
}

int DevicesModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant DevicesModel::regionData(const media::DaxRegionInfo& r, int column, int role) const {
    const bool raw = role == RawRole;
    switch (column) {
    case Name:
        return r.name.empty() ? tr("region %1").arg(r.id) : shownText(r.name);
    case Size:
        return raw ? QVariant(qulonglong(r.size)) : QVariant(formatSize(r.size));
    case Alignment:
        return raw ? QVariant(qulonglong(r.alignment)) : QVariant(formatSize(r.alignment));
    case Numa:
        return r.numaNode;
    default:
        return {};
    }
}

QVariant DevicesModel::deviceData(const media::DaxDeviceInfo& d, int column, int role) const {
    const bool raw = role == RawRole;
    switch (column) {
    case Name:
        return shownText(d.name);
    case Size:
        return raw ? QVariant(qulonglong(d.size)) : QVariant(formatSize(d.size));
    case Alignment:
        return raw ? QVariant(qulonglong(d.alignment)) : QVariant(formatSize(d.alignment));
    case Numa:
        return d.numaNode;
    case Mode:
        return shownText(d.mode);
    case Driver:
        return shownText(d.driver);
    case Famfs:
        if (raw)
            return d.famfsSuperblock;
        if (!d.famfsProbeError.empty())
            return shownText(d.famfsProbeError);
        return d.famfsSuperblock ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant DevicesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isRegion = index.internalId() == 0;
    const auto& region =
        regions_[static_cast<size_t>(isRegion ? index.row() : int(index.internalId() - 1))];
    if (role == PathRole)
        return isRegion
                   ? QString()
                   : QString::fromStdString(region.devices[static_cast<size_t>(index.row())].path);
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    if (isRegion)
        return regionData(region, index.column(), role);
    return deviceData(region.devices[static_cast<size_t>(index.row())], index.column(), role);
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static const char* const kTitles[ColumnCount] = {QT_TR_NOOP("Name"),
                                                     QT_TR_NOOP("Size"),
                                                     QT_TR_NOOP("Alignment"),
                                                     QT_TR_NOOP("NUMA node"),
                                                     QT_TR_NOOP("Mode"),
                                                     QT_TR_NOOP("Driver"),
                                                     QT_TR_NOOP("famfs superblock")};
    return columnTitle<DevicesModel>(kTitles, section, orientation, role);
}

} // namespace famscope::ui
