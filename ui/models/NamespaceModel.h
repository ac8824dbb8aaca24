// The replayed namespace as a tree: directories and files with size, allocated size, tail
// waste, mode, owner, extent count and layout. Built once per snapshot from Namespace::dirs
// and ::files (both sorted by path, so parents always come before their children). A node
// holds no text until a view asks for it: a 64 MiB log makes 123,000 nodes, and the window
// paints the first few dozen before anyone asks for the rest.
#pragma once

#include "ui/document/Snapshot.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <vector>

namespace famscope::ui {

class NamespaceModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Size, Allocated, TailWaste, Mode, Uid, Gid, Extents, Layout, ColumnCount };

    explicit NamespaceModel(QObject* parent = nullptr);
    ~NamespaceModel() override;

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    QModelIndex indexForPath(const QString& path) const; // column 0; invalid when absent
    const fs::FsFile* fileAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    const QString& nameOf(const Node& node) const;
    QVariant rawValue(const Node& node, int column) const;
    QVariant displayValue(const Node& node, int column) const;
    QVariant landingMark(const Node& node, int role) const;

    std::shared_ptr<const Snapshot> snapshot_;
    std::unique_ptr<Node> root_;
    std::vector<Node> nodes_;          // ns.dirs in order, then ns.files in order
    mutable QIcon fileIcon_, dirIcon_; // the style's, made on first use
};

} // namespace famscope::ui
