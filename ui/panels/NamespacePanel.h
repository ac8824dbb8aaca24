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
    // Rows of the tallest screen: expanded before the first paint with the rows that size
    // the columns.
    static constexpr int kScreenRows = 200;
    // A shown tree whose first paint does not come (the window obscured) is expanded anyway.
    static constexpr int kFinishAtLatestMs = 500;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followSelection(const QString& path);
    void expandFirstRows(qsizetype rows); // in display order, from the top
    void sizeColumns();
    void finishLayout(); // the whole tree expanded, its columns sized
    void finishPendingLayout();

    SelectionModel* selection_;
    NamespaceModel* model_;
    QSortFilterProxyModel* proxy_;
    QTreeView* view_;
    QLabel* summary_;
    bool finishPending_ = false; // a large tree waits for its first paint to be expanded
};

} // namespace famscope::ui
