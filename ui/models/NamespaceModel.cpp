#include "ui/models/NamespaceModel.h"

#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace famscope::ui {

struct NamespaceModel::Node {
    QString name;
    QString path;
    Node* parent = nullptr;
    int row = 0;
    const fs::FsDir* dir = nullptr;   // null for files and the root
    const fs::FsFile* file = nullptr; // null for directories
    std::vector<std::unique_ptr<Node>> children;
};

NamespaceModel::NamespaceModel(QObject* parent)
    : QAbstractItemModel(parent), root_(std::make_unique<Node>()) {}

NamespaceModel::~NamespaceModel() = default;

void NamespaceModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    root_ = std::make_unique<Node>();
    byPath_.clear();
    if (snapshot_) {
        auto add = [this](const std::string& stdPath, const fs::FsDir* dir,
                          const fs::FsFile* file) {
            const QString path = shownText(stdPath); // "/" is shown as itself
            const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
            Node* parentNode = root_.get();
            if (slash >= 0)
                parentNode = byPath_.value(path.left(slash), root_.get());
            auto node = std::make_unique<Node>();
            node->name = slash >= 0 ? path.mid(slash + 1) : path;
            node->path = path;
            node->parent = parentNode;
            node->row = static_cast<int>(parentNode->children.size());
            node->dir = dir;
            node->file = file;
            byPath_.insert(path, node.get());
            parentNode->children.push_back(std::move(node));
        };
        // Parents sort before their children, so one pass over each list builds the tree.
        for (const fs::FsDir& d : snapshot_->ns.dirs)
            add(d.path, &d, nullptr);
        for (const fs::FsFile& f : snapshot_->ns.files)
            add(f.path, nullptr, &f);
    }
    endResetModel();
}

NamespaceModel::Node* NamespaceModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : root_.get();
}

QModelIndex NamespaceModel::indexForPath(const QString& path) const {
    Node* node = byPath_.value(path, nullptr);
    return node ? createIndex(node->row, 0, node) : QModelIndex();
}

const fs::FsFile* NamespaceModel::fileAt(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->file : nullptr;
}

QModelIndex NamespaceModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    Node* p = nodeOf(parent);
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex NamespaceModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    Node* p = nodeOf(child)->parent;
    if (!p || p == root_.get())
        return {};
    return createIndex(p->row, 0, p);
}

int NamespaceModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int NamespaceModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant NamespaceModel::rawValue(const Node& node, int column) const {
    if (column == Name)
        return node.name;
    const uint32_t mode = node.file ? node.file->mode : node.dir->mode;
    const uint32_t uid = node.file ? node.file->uid : node.dir->uid;
    const uint32_t gid = node.file ? node.file->gid : node.dir->gid;
    switch (column) {
    case Mode:
        return mode;
    case Uid:
        return uid;
    case Gid:
        return gid;
    default:
        break;
    }
    if (!node.file)
        return {};
    const fs::FsFile& f = *node.file;
    const uint64_t allocated = f.map.mappedBytes();
    switch (column) {
    case Size:
        return qulonglong(f.size);
    case Allocated:
        return qulonglong(allocated);
    case TailWaste:
        return qulonglong(allocated > f.size ? allocated - f.size : 0);
    case Extents:
        return qulonglong(f.map.pieces().size());
    case Layout:
        return f.map.interleaved;
    default:
        return {};
    }
}

QVariant NamespaceModel::displayValue(const Node& node, int column) const {
    const QVariant raw = rawValue(node, column);
    if (!raw.isValid())
        return {};
    switch (column) {
    case Size:
    case Allocated:
    case TailWaste:
        return formatSize(raw.toULongLong());
    case Mode:
        return formatOctalMode(raw.toUInt());
    case Layout:
        if (!node.file->map.interleaved)
            return tr("simple");
        return tr("interleaved, %n strip(s)", nullptr,
                  static_cast<int>(node.file->map.strips.size()));
    default:
        return raw;
    }
}

// A node a mount puts elsewhere than its logged path (famfs-format.md 3.3) is drawn in the
// link colour, with a tooltip naming the log entry that made it and why it is there.
QVariant NamespaceModel::landingMark(const Node& node, int role) const {
    const fs::Landing how =
        node.file ? node.file->landing : (node.dir ? node.dir->landing : fs::Landing::AsLogged);
    if (how == fs::Landing::AsLogged)
        return {};
    if (role == Qt::ForegroundRole)
        return QApplication::palette().brush(QPalette::Link);
    const uint64_t entry = node.file ? node.file->entryIndex : node.dir->entryIndex;
    return tr("Made by log entry %1: %2").arg(entry).arg(QString::fromUtf8(fs::landingReason(how)));
}

QVariant NamespaceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& node = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(node, index.column());
    case RawRole:
        return rawValue(node, index.column());
    case PathRole:
        return node.path;
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
        if (index.column() != Name)
            return {};
        return landingMark(node, role);
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        // Made once: the style builds a new icon from its PNG files on every call, and the
        // tree asks for it per row when it sizes its columns (a06-log-full: a second of PNG
        // decoding before the window's first paint).
        if (fileIcon_.isNull()) {
            fileIcon_ = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
            dirIcon_ = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        }
        return node.file ? fileIcon_ : dirIcon_;
    case Qt::TextAlignmentRole:
        if (index.column() != Name && index.column() != Layout)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant NamespaceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Allocated:
        return tr("Allocated");
    case TailWaste:
        return tr("Tail waste");
    case Mode:
        return tr("Mode");
    case Uid:
        return tr("UID");
    case Gid:
        return tr("GID");
    case Extents:
        return tr("Extents");
    case Layout:
        return tr("Layout");
    default:
        return {};
    }
}

} // namespace famscope::ui
