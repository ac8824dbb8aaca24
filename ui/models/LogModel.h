// Every slot of the log the header claims, one row per entry: index, seqnum, type, path, size,
// extents summary and status. Bad entries (CRC, seqnum) and entries replay skipped carry
// BadRole and are coloured, so they stand out in any view of the model.
#pragma once

#include "ui/document/Snapshot.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>
#include <string>
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
    const RowState& stateOf(uint64_t index) const;
    QVariant rawValue(int row, int column) const;
    QString extentSummary(const famfs::LogEntry& e) const;

    std::shared_ptr<const Snapshot> snapshot_;
    // Entry index -> the namespace node it instantiated (fs::NamespaceTree's numbering), or
    // fs::kNoNode: a reset makes no string per entry.
    std::vector<uint32_t> nodeOfEntry_;
    QHash<quint64, QString> events_; // entry index -> replay messages
    QHash<quint64, bool> invalid_;
    // Each row's state, made the first time a view asks for it: the window's first paint
    // must not wait for 123,000 rows of text (a 64 MiB log) that no one looks at yet. Once
    // made it is kept, because sorting on Path or Status asks for every row many times.
    mutable std::vector<std::optional<RowState>> states_;
};

} // namespace famscope::ui
