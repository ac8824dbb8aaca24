// Every decoded field of the superblock and the log header: structure, field name, byte offset
// on the device, size, value, meaning and check status (magic, CRC). The values come from the
// decoded core structs; the offsets from the core field tables, so the hex view's overlay and
// this table always agree.
#pragma once

#include "core/format/FieldValues.h"
#include "ui/document/Snapshot.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace famscope::ui {

class StructureFieldsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Structure, Field, Offset, Size, Value, Meaning, Check, ColumnCount };

    explicit StructureFieldsModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString structure;
        QString field;
        uint64_t offset = 0; // on the device
        uint32_t size = 0;
        QVariant raw; // qulonglong for numbers, QString otherwise
        QString value;
        QString meaning;
        QString check; // "" when the field has nothing to check
        bool bad = false;
    };
    void addRows(const QString& structure, const std::vector<famfs::FieldValue>& fields,
                 uint64_t base);
    Row* rowOf(const char* field); // null when the field is not shown
    // Fills the Check column of `field`: `good` when `ok`, else `bad` (and the row is bad).
    void check(const char* field, bool ok, const QString& good, const QString& bad);

    std::vector<Row> rows_;
};

} // namespace famscope::ui
