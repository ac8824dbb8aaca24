// The dax regions of this host and their devices (from libdaxctl/sysfs via core discovery):
// a two-level tree, region rows with device rows below them. PathRole is the device node of a
// device row, which is what "Open" opens.
#pragma once

#include "core/media/DaxDiscovery.h"

#include <QAbstractItemModel>

#include <vector>

namespace famscope::ui {

class DevicesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Size, Alignment, Numa, Mode, Driver, Famfs, ColumnCount };

    explicit DevicesModel(QObject* parent = nullptr);
    void setRegions(std::vector<media::DaxRegionInfo> regions);
    int deviceCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant regionData(const media::DaxRegionInfo& r, int column, int role) const;
    QVariant deviceData(const media::DaxDeviceInfo& d, int column, int role) const;

    // internalId: 0 for a region row, region index + 1 for the rows of its devices.
    std::vector<media::DaxRegionInfo> regions_;
};

} // namespace famscope::ui
