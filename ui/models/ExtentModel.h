// The extent table of one file: its simple extents, or the strips of its interleave with the
// file chunks each strip holds. DeviceOffsetRole/ByteLengthRole let the hex view follow a row.
#pragma once

#include "core/fs/Namespace.h"

#include <QAbstractTableModel>

#include <optional>

namespace famscope::ui {

class ExtentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Device, DeviceOffset, Length, FileRange, ColumnCount };

    explicit ExtentModel(QObject* parent = nullptr);
    void setFile(const fs::FsFile* file); // null clears; the file must outlive the model data

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;
    QString fileRangeText(int row) const;

    std::optional<fs::FsFile> file_; // a copy, so a model never dangles after a reload
};

} // namespace famscope::ui
