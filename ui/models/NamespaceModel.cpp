#include "ui/models/NamespaceModel.h"

#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

#include <string_view>
#include <unordered_map>

namespace famscope::ui {

struct NamespaceModel::Node {
    mutable QString name; // made on first use (nameOf)
    Node* parent = nullptr;
    int row = 0;
    const fs::FsDir* dir = nullptr;   // null for files and the root
    const fs::FsFile* file = nullptr; // null for directories
    std::vector<Node*> children;

    const std::string& path() const { return file ? file->path : dir->path; }
};

NamespaceModel::NamespaceModel(QObject* parent)
    : QAbstractItemModel(parent), root_(std::make_unique<Node>()) {}

NamespaceModel::~NamespaceModel() = default;

void NamespaceModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    root_ = std::make_unique<Node>();
    nodes_.clear();
    if (snapshot_) {
        const fs::Namespace& ns = snapshot_->ns;
        nodes_.resize(ns.dirs.size() + ns.files.size());      // never grows again: pointers stay
        std::unordered_map<std::string_view, Node*> dirNodes; // parents are directories
        dirNodes.reserve(ns.dirs.size());
        std::string_view lastParentPath; // files come sorted: most share the last one's parent
        Node* lastParent = root_.get();
        size_t next = 0;
        auto parentOf = [&](std::string_view parentPath) -> Node* {
            if (const auto it = dirNodes.find(parentPath); it != dirNodes.end())
                return it->second;
            // Not a directory: only damaged logs could put a node under a file.
            if (const fs::FsFile* f = ns.findFile(parentPath))
                return &nodes_[ns.dirs.size() + static_cast<size_t>(f - ns.files.data())];
            return root_.get();
        };
        auto add = [&](const std::string& path, const fs::FsDir* dir, const fs::FsFile* file) {
            const size_t slash = path.rfind('/');
            Node* parentNode = root_.get();
            if (slash != std::string::npos) {
                const std::string_view parentPath = std::string_view(path).substr(0, slash);
                if (parentPath != lastParentPath || dir) {
                    lastParentPath = parentPath;
                    lastParent = parentOf(parentPath);
                }
                parentNode = lastParent;
            }
            Node& node = nodes_[next++];
            node.parent = parentNode;
            node.row = static_cast<int>(parentNode->children.size());
            node.dir = dir;
            node.file = file;
            if (dir)
                dirNodes.emplace(path, &node);
            parentNode->children.push_back(&node);
        };
        // Parents sort before their children, so one pass over each list builds the tree.
        for (const fs::FsDir& d : ns.dirs)
            add(d.path, &d, nullptr);
        for (const fs::FsFile& f : ns.files)
            add(f.path, nullptr, &f);
    }
    endResetModel();
}

NamespaceModel::Node* NamespaceModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : root_.get();
}

const QString& NamespaceModel::nameOf(const Node& node) const {
    if (node.name.isNull()) {
        const QString path = shownText(node.path()); // "/" is shown as itself
        node.name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    }
    return node.name;
}

QModelIndex NamespaceModel::indexForPath(const QString& path) const {
    if (!snapshot_)
        return {};
    const fs::Namespace& ns = snapshot_->ns;
    const std::string bytes = pathBytes(path);
    size_t at = nodes_.size();
    if (const fs::FsDir* dir = ns.findDir(bytes))
        at = static_cast<size_t>(dir - ns.dirs.data());
    else if (const fs::FsFile* file = ns.findFile(bytes))
        at = ns.dirs.size() + static_cast<size_t>(file - ns.files.data());
    if (at >= nodes_.size())
        return {};
    const Node& node = nodes_[at];
    return createIndex(node.row, 0, &node);
}

const fs::FsFile* NamespaceModel::fileAt(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->file : nullptr;
}

QModelIndex NamespaceModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    Node* p = nodeOf(parent);
    return createIndex(row, column, p->children[static_cast<size_t>(row)]);
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
        return nameOf(node);
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
        return shownText(node.path());
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
    static const char* const kTitles[ColumnCount] = {
        QT_TR_NOOP("Name"),       QT_TR_NOOP("Size"),    QT_TR_NOOP("Allocated"),
        QT_TR_NOOP("Tail waste"), QT_TR_NOOP("Mode"),    QT_TR_NOOP("UID"),
        QT_TR_NOOP("GID"),        QT_TR_NOOP("Extents"), QT_TR_NOOP("Layout")};
    return columnTitle<NamespaceModel>(kTitles, section, orientation, role);
}

} // namespace famscope::ui
