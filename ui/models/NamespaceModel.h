// The replayed namespace as a tree: directories and files with size, allocated size, tail
// waste, mode, owner, extent count and layout, on the snapshot's fs::NamespaceTree. A node
// holds no text until a view asks for it: a 64 MiB log makes 123,000 nodes, and the window
// paints the first few dozen before anyone asks for the rest.
#pragma once

#include "core/fs/NamespaceTree.h"
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
    uint32_t nodeOf(const QModelIndex& index) const; // the tree's root for an invalid index
    fs::NamespaceNode nodeAt(uint32_t node) const;
    const QString& nameOf(uint32_t node) const;
    QVariant rawValue(uint32_t node, int column) const;
    QVariant displayValue(uint32_t node, int column) const;
    QVariant landingMark(const fs::NamespaceNode& node, int role) const;

    std::shared_ptr<const Snapshot> snapshot_;
    fs::NamespaceTree tree_;
    mutable std::vector<QString> names_; // per node, made on first use (nameOf)
    mutable QIcon fileIcon_, dirIcon_;   // the style's, made on first use
};

} // namespace famscope::ui
