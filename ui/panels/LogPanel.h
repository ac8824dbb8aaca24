// The log table: every entry, sortable (numbers by value), with a debounced filter line.
// Follows the shared selection and reports picked entries: their path to the selection, their
// bytes to the hex view.
#pragma once

#include "ui/document/Snapshot.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace famscope::ui {

class DebouncedFilter;
class LogModel;
class SelectionModel;

class LogPanel : public QWidget {
    Q_OBJECT
public:
    LogPanel(SelectionModel* selection, QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    LogModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    QLineEdit* filterEdit() const { return filter_; }
    // Selects log entry `entry`, showing every row again when the filter hides it.
    void showEntry(uint64_t entry);

signals:
    void showBytes(uint64_t offset, uint64_t length);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void sizeColumns();
    void followSelection(const QString& path);
    QModelIndex indexOfRow(int row) const; // in the table, invalid when filtered out
    void rowActivated(const QModelIndex& proxyIndex);

    SelectionModel* selection_;
    LogModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QLineEdit* filter_;
    DebouncedFilter* debounce_;
    bool columnsSized_ = true; // false from a new snapshot until the panel is shown
};

} // namespace famscope::ui
