#include "ui/panels/LogPanel.h"

#include "ui/SelectionModel.h"
#include "ui/models/LogModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/panels/DebouncedFilter.h"
#include "ui/views/TableSetup.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace famscope::ui {

namespace {

// Rows in index order without asking the model: the table opens sorted on Index, and sorting
// a 64 MiB log's 123,000 rows through QVariants of the index alone held up the window.
class LogSortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override {
        if (left.column() == LogModel::Index && right.column() == LogModel::Index)
            return left.row() < right.row();
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

LogPanel::LogPanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), selection_(selection), model_(new LogModel(this)),
      proxy_(new LogSortProxy(this)), view_(new QTableView(this)), filter_(new QLineEdit(this)) {
    setObjectName(QStringLiteral("logPanel"));
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(RawRole);
    debounce_ = new DebouncedFilter(filter_, proxy_);
    filter_->setPlaceholderText(tr("Filter entries (path, type, status…)"));
    filter_->setClearButtonEnabled(true);
    view_->setObjectName(QStringLiteral("logTable"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(LogModel::Index, Qt::AscendingOrder);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpTable(view_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter_);
    layout->addWidget(view_);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { rowActivated(current); });
    connect(selection_, &SelectionModel::currentPathChanged, this, &LogPanel::followSelection);
}

void LogPanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    model_->setSnapshot(std::move(snapshot));
    // Sized when shown: the window's first paint does not wait for a hidden tab.
    columnsSized_ = false;
    if (isVisible())
        sizeColumns();
}

void LogPanel::sizeColumns() {
    // All but the last, which stretches to the table's edge (setUpTable): sized now, while
    // shown, it would stay at its contents' width.
    for (int c = 0; c + 1 < model_->columnCount(); ++c)
        view_->resizeColumnToContents(c);
    columnsSized_ = true;
}

void LogPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!columnsSized_)
        sizeColumns();
}

void LogPanel::rowActivated(const QModelIndex& proxyIndex) {
    if (!proxyIndex.isValid())
        return;
    // Selection first: the file details then move the hex view to the file's data, and the
    // entry's own bytes (what the user picked here) win.
    selection_->setCurrentPath(proxyIndex.data(PathRole).toString());
    emit showBytes(proxyIndex.data(DeviceOffsetRole).toULongLong(),
                   proxyIndex.data(ByteLengthRole).toULongLong());
}

QModelIndex LogPanel::indexOfRow(int row) const {
    return proxy_->mapFromSource(model_->index(row, LogModel::Index));
}

void LogPanel::showEntry(uint64_t entry) {
    if (entry >= static_cast<uint64_t>(model_->rowCount()))
        return;
    QModelIndex index = indexOfRow(static_cast<int>(entry));
    if (!index.isValid()) { // hidden by the filter: show every row again
        filter_->clear();
        debounce_->applyNow();
        index = indexOfRow(static_cast<int>(entry));
    }
    view_->setCurrentIndex(index);
    view_->scrollTo(index);
}

void LogPanel::followSelection(const QString& path) {
    if (view_->currentIndex().isValid() && view_->currentIndex().data(PathRole) == path)
        return;
    const int row = model_->rowForPath(path);
    if (row < 0)
        return;
    const QModelIndex index = indexOfRow(row);
    if (!index.isValid())
        return; // filtered out
    QSignalBlocker block(view_->selectionModel());
    view_->setCurrentIndex(index);
    view_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    view_->scrollTo(index);
    view_->viewport()->update();
}

} // namespace famscope::ui
