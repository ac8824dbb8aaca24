// The replayed namespace tree. Picking a file or directory sets the shared selection; a
// selection made elsewhere (log table) is followed here.
#pragma once

#include "ui/document/Snapshot.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace famscope::ui {

class NamespaceModel;
class SelectionModel;

class NamespacePanel : public QWidget {
    Q_OBJECT
public:
    NamespacePanel(SelectionModel* selection, QWidget* parent = nullptr);
    // Characters of a name the Name column always has room for, at the first level.
    static constexpr int kNameChars = 24;

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    NamespaceModel* model() const { return model_; }
    QTreeView* view() const { return view_; }

private:
    void followSelection(const QString& path);

    SelectionModel* selection_;
    NamespaceModel* model_;
    QSortFilterProxyModel* proxy_;
    QTreeView* view_;
    QLabel* summary_;
};

} // namespace famscope::ui
