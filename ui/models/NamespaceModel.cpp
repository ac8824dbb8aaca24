#include "ui/models/NamespaceModel.h"

#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace famscope::ui {

NamespaceModel::NamespaceModel(QObject* parent) : QAbstractItemModel(parent) {}

void NamespaceModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    tree_ = snapshot_ ? fs::namespaceTree(snapshot_->ns) : fs::NamespaceTree{};
    names_.assign(tree_.parent.size(), QString());
    endResetModel();
}

uint32_t NamespaceModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<uint32_t>(index.internalId()) : tree_.root();
}

fs::NamespaceNode NamespaceModel::nodeAt(uint32_t node) const {
    return fs::namespaceNode(snapshot_->ns, node);
}

const QString& NamespaceModel::nameOf(uint32_t node) const {
    QString& name = names_[node];
    if (name.isNull()) {
        const QString path = shownText(nodeAt(node).path()); // "/" is shown as itself
        name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    }
    return name;
}

QModelIndex NamespaceModel::indexForPath(const QString& path) const {
    if (!snapshot_)
        return {};
    const std::optional<uint32_t> node = fs::nodeOfPath(snapshot_->ns, pathBytes(path));
    if (!node)
        return {};
    return createIndex(static_cast<int>(tree_.row[*node]), 0, quintptr(*node));
}

const fs::FsFile* NamespaceModel::fileAt(const QModelIndex& index) const {
    return index.isValid() ? nodeAt(nodeOf(index)).file : nullptr;
}

QModelIndex NamespaceModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column,
                       quintptr(tree_.children[nodeOf(parent)][static_cast<size_t>(row)]));
}

QModelIndex NamespaceModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const uint32_t p = tree_.parent[nodeOf(child)];
    if (p == tree_.root())
        return {};
    return createIndex(static_cast<int>(tree_.row[p]), 0, quintptr(p));
}

int NamespaceModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(tree_.children[nodeOf(parent)].size());
}

int NamespaceModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant NamespaceModel::rawValue(uint32_t at, int column) const {
    if (column == Name)
        return nameOf(at);
    const fs::NamespaceNode node = nodeAt(at);
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

QVariant NamespaceModel::displayValue(uint32_t at, int column) const {
    const QVariant raw = rawValue(at, column);
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
        if (const fs::FsFile* f = nodeAt(at).file; f->map.interleaved)
            return tr("interleaved, %n strip(s)", nullptr, static_cast<int>(f->map.strips.size()));
        return tr("simple");
    default:
        return raw;
    }
}

// A node a mount puts elsewhere than its logged path (famfs-format.md 3.3) is drawn in the
// link colour, with a tooltip naming the log entry that made it and why it is there.
QVariant NamespaceModel::landingMark(const fs::NamespaceNode& node, int role) const {
    const fs::Landing how = node.landing();
    if (how == fs::Landing::AsLogged)
        return {};
    if (role == Qt::ForegroundRole)
        return QApplication::palette().brush(QPalette::Link);
    return tr("Made by log entry %1: %2")
        .arg(node.entryIndex())
        .arg(QString::fromUtf8(fs::landingReason(how)));
}

QVariant NamespaceModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const uint32_t at = nodeOf(index);
    const fs::NamespaceNode node = nodeAt(at);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(at, index.column());
    case RawRole:
        return rawValue(at, index.column());
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
