// Every slot of the log the header claims, one row per entry: index, seqnum, type, path, size,
// extents summary and status. Bad entries (CRC, seqnum) and entries replay skipped carry
// BadRole and are coloured, so they stand out in any view of the model.
#pragma once

#include "ui/document/Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace famscope::ui {

class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Index, Seqnum, Type, Path, Size, ExtentSummary, Status, ColumnCount };

    explicit LogModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    int rowForPath(const QString& path) const; // the entry that created it; -1 when none

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct RowState {
        bool bad = false;
        QString status;
        QString path; // the namespace path it instantiated, else the raw logged path
    };
    RowState computeState(uint64_t index) const;
    const RowState& stateOf(uint64_t index) const { return states_[index]; }
    QVariant rawValue(int row, int column) const;
    QString extentSummary(const famfs::LogEntry& e) const;

    std::shared_ptr<const Snapshot> snapshot_;
    QHash<quint64, QString> instantiated_; // entry index -> namespace path
    QHash<QString, int> rowOfPath_;
    QHash<quint64, QString> events_; // entry index -> replay messages
    QHash<quint64, bool> invalid_;
    std::vector<RowState> states_; // computed once per snapshot: sorting asks for every row
};

} // namespace famscope::ui
