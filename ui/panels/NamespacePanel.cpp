#include "ui/panels/NamespacePanel.h"

#include "ui/SelectionModel.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/NamespaceModel.h"
#include "ui/util/ShownText.h"
#include "ui/util/TableExport.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

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
    model_->setSnapshot(std::move(snapshot));
    view_->expandAll();
    for (int c = 0; c < model_->columnCount(); ++c)
        view_->resizeColumnToContents(c);
    const int nameRoom =
        view_->fontMetrics().averageCharWidth() * kNameChars + view_->indentation();
    if (view_->columnWidth(NamespaceModel::Name) < nameRoom)
        view_->setColumnWidth(NamespaceModel::Name, nameRoom);
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
