#include "ui/panels/NamespacePanel.h"

#include "ui/SelectionModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/NamespaceModel.h"
#include "ui/util/ShownText.h"
#include "ui/util/TableExport.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace famscope::ui {

NamespacePanel::NamespacePanel(SelectionModel* selection, QWidget* parent)
    : QWidget(parent), selection_(selection), model_(new NamespaceModel(this)),
      proxy_(new QSortFilterProxyModel(this)), view_(new QTreeView(this)),
      summary_(new QLabel(this)) {
    setObjectName(QStringLiteral("namespacePanel"));
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(RawRole);
    view_->setObjectName(QStringLiteral("namespaceTree"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(NamespaceModel::Name, Qt::AscendingOrder);
    view_->setUniformRowHeights(true);
    view_->setAlternatingRowColors(true);
    view_->viewport()->installEventFilter(this);
    installTableActions(view_);
    summary_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(view_);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selection_->setCurrentPath(current.data(PathRole).toString());
            });
    connect(selection_, &SelectionModel::currentPathChanged, this,
            &NamespacePanel::followSelection);
}

void NamespacePanel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (snapshot) {
        const fs::Namespace& ns = snapshot->ns;
        QString text = tr("%n file(s)", nullptr, static_cast<int>(ns.files.size())) +
                       QStringLiteral(", ") +
                       tr("%n directory(ies)", nullptr, static_cast<int>(ns.dirs.size()));
        if (ns.stoppedAt)
            text += QStringLiteral(" — ") +
                    tr("replay stopped at entry %1 (as famfs mount would)").arg(*ns.stoppedAt);
        if (ns.refused)
            text += QStringLiteral(" — ") +
                    tr("famfs would refuse this file system: %1").arg(shownText(ns.refusedReason));
        summary_->setText(text);
    } else {
        summary_->setText(tr("No file system open."));
    }
    const size_t nodes = snapshot ? snapshot->ns.dirs.size() + snapshot->ns.files.size() : 0;
    model_->setSnapshot(std::move(snapshot));
    // The column widths come from the first resizeContentsPrecision() rows below the top
    // (QTreeView::sizeHintForColumn); with those rows and a screenful expanded, the top of the
    // tree is drawn exactly as the whole tree will be.
    const int precision = view_->header()->resizeContentsPrecision();
    const qsizetype firstRows = precision < 0 ? -1 : qsizetype(precision) + kScreenRows;
    finishPending_ = false;
    if (firstRows < 0 || nodes <= size_t(firstRows)) {
        finishLayout();
        return;
    }
    // A large tree (a 64 MiB log: 123,000 nodes) is expanded after its first paint, which it
    // would otherwise hold up by a second (eventFilter); unseen, it is expanded right away.
    expandFirstRows(firstRows);
    sizeColumns();
    finishPending_ = true;
    QTimer::singleShot(view_->viewport()->isVisible() ? kFinishAtLatestMs : 0, this,
                       &NamespacePanel::finishPendingLayout);
}

bool NamespacePanel::eventFilter(QObject* watched, QEvent* event) {
    if (finishPending_ && watched == view_->viewport() && event->type() == QEvent::Paint)
        QTimer::singleShot(0, this, &NamespacePanel::finishPendingLayout); // after this paint
    return QWidget::eventFilter(watched, event);
}

void NamespacePanel::finishPendingLayout() {
    if (!finishPending_)
        return;
    finishPending_ = false;
    finishLayout();
}

void NamespacePanel::expandFirstRows(qsizetype rows) {
    const QAbstractItemModel* model = view_->model();
    qsizetype shown = 0;
    const std::function<void(const QModelIndex&)> expandIn = [&](const QModelIndex& parent) {
        for (int r = 0; r < model->rowCount(parent) && shown < rows; ++r) {
            ++shown;
            const QModelIndex child = model->index(r, 0, parent);
            if (model->hasChildren(child)) {
                view_->expand(child);
                expandIn(child);
            }
        }
    };
    expandIn(QModelIndex());
}

void NamespacePanel::sizeColumns() {
    for (int c = 0; c < model_->columnCount(); ++c)
        view_->resizeColumnToContents(c);
    const int nameRoom =
        view_->fontMetrics().averageCharWidth() * kNameChars + view_->indentation();
    if (view_->columnWidth(NamespaceModel::Name) < nameRoom)
        view_->setColumnWidth(NamespaceModel::Name, nameRoom);
}

void NamespacePanel::finishLayout() {
    view_->expandAll();
    // Sized and scrolled from the top, as when the whole tree was laid out at once: a file
    // selected meanwhile (a reload keeps the selection) is scrolled to in the whole tree.
    const QModelIndex current = view_->currentIndex();
    if (current.isValid())
        view_->scrollToTop();
    sizeColumns();
    if (current.isValid())
        view_->scrollTo(current);
}

void NamespacePanel::followSelection(const QString& path) {
    if (view_->currentIndex().isValid() && view_->currentIndex().data(PathRole) == path)
        return;
    const QModelIndex index = proxy_->mapFromSource(model_->indexForPath(path));
    if (!index.isValid())
        return;
    QSignalBlocker block(view_->selectionModel());
    view_->setCurrentIndex(index);
    view_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
    view_->scrollTo(index);
    view_->viewport()->update();
}

} // namespace famscope::ui
