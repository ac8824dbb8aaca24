#include "ui/models/LogModel.h"

#include "core/fs/NamespaceTree.h"
#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace famscope::ui {

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent) {}

void LogModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    snapshot_ = std::move(snapshot);
    nodeOfEntry_.clear();
    events_.clear();
    invalid_.clear();
    states_.clear();
    if (snapshot_) {
        nodeOfEntry_ = fs::nodeOfEachEntry(snapshot_->ns, snapshot_->fs().entries.size());
        for (const fs::ReplayEvent& ev : snapshot_->ns.events) {
            QString& text = events_[ev.entryIndex];
            if (!text.isEmpty())
                text += QStringLiteral("; ");
            text += shownText(ev.message);
            if (ev.kind != fs::ReplayEvent::Kind::Note)
                invalid_.insert(ev.entryIndex, true);
        }
    }
    endResetModel();
}

int LogModel::rowForPath(const QString& path) const {
    if (!snapshot_ || path.isEmpty())
        return -1;
    const std::optional<uint32_t> node = fs::nodeOfPath(snapshot_->ns, pathBytes(path));
    const uint64_t entry = node ? fs::namespaceNode(snapshot_->ns, *node).entryIndex() : UINT64_MAX;
    return entry < nodeOfEntry_.size() ? static_cast<int>(entry) : -1;
}

const LogModel::RowState& LogModel::stateOf(uint64_t index) const {
    if (states_.empty())
        states_.resize(nodeOfEntry_.size());
    std::optional<RowState>& state = states_[index];
    if (!state)
        state = computeState(index);
    return *state;
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !snapshot_ ? 0 : static_cast<int>(snapshot_->fs().entries.size());
}

int LogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

LogModel::RowState LogModel::computeState(uint64_t index) const {
    const famfs::LogEntry& e = snapshot_->fs().entries[index];
    RowState s;
    QStringList problems;
    if (!e.crcValid())
        problems << tr("CRC mismatch");
    if (e.seqnum != index)
        problems << tr("seqnum %1, expected %2").arg(e.seqnum).arg(index);
    const auto stopped = snapshot_->ns.stoppedAt;
    if (stopped && index > *stopped)
        problems << tr("after the replay stopped");
    if (invalid_.value(index, false) && problems.isEmpty())
        problems << tr("not instantiated");
    s.bad = !problems.isEmpty();
    s.status = s.bad ? problems.join(QStringLiteral(", ")) : tr("ok");
    const QString events = events_.value(index);
    if (!events.isEmpty())
        s.status += QStringLiteral(" (") + events + QLatin1Char(')');
    const uint32_t node = nodeOfEntry_[index];
    s.path =
        shownText(node != fs::kNoNode ? fs::namespaceNode(snapshot_->ns, node).path() : e.path());
    return s;
}

QString LogModel::extentSummary(const famfs::LogEntry& e) const {
    const famfs::FileMeta* f = e.file();
    if (!f)
        return {};
    const fs::FileMap map = fs::fileMapOf(*f);
    if (map.interleaved)
        return tr("%n strip(s) × %1 chunks", nullptr, static_cast<int>(map.strips.size()))
            .arg(formatSize(map.chunkSize));
    return tr("%n extent(s), %1", nullptr, static_cast<int>(map.extents.size()))
        .arg(formatSize(map.mappedBytes()));
}

QVariant LogModel::rawValue(int row, int column) const {
    const auto index = static_cast<uint64_t>(row);
    const famfs::LogEntry& e = snapshot_->fs().entries[index];
    switch (column) {
    case Index:
        return qulonglong(index);
    case Seqnum:
        return qulonglong(e.seqnum);
    case Type:
        return QString::fromLatin1(famfs::entryTypeName(e.type));
    case Path:
        return stateOf(index).path;
    case Size:
        return e.file() ? QVariant(qulonglong(e.file()->size)) : QVariant();
    case ExtentSummary:
        return e.file() ? QVariant(qulonglong(fs::fileMapOf(*e.file()).pieces().size()))
                        : QVariant();
    case Status:
        return stateOf(index).status;
    default:
        return {};
    }
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Size) {
            const QVariant raw = rawValue(row, Size);
            return raw.isValid() ? QVariant(formatSize(raw.toULongLong())) : QVariant();
        }
        if (index.column() == ExtentSummary)
            return extentSummary(snapshot_->fs().entries[static_cast<size_t>(row)]);
        return rawValue(row, index.column());
    case RawRole:
        return rawValue(row, index.column());
    case PathRole:
        return stateOf(static_cast<uint64_t>(row)).path;
    case BadRole:
        return stateOf(static_cast<uint64_t>(row)).bad;
    case DeviceOffsetRole:
        return qulonglong(snapshot_->entryOffset(static_cast<uint64_t>(row)));
    case ByteLengthRole:
        return qulonglong(famfs::kLogEntrySize);
    case Qt::ForegroundRole:
        if (stateOf(static_cast<uint64_t>(row)).bad)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        return {};
    case Qt::ToolTipRole:
        return stateOf(static_cast<uint64_t>(row)).status;
    case Qt::TextAlignmentRole:
        if (index.column() == Index || index.column() == Seqnum || index.column() == Size)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    static const char* const kTitles[ColumnCount] = {
        QT_TR_NOOP("Index"), QT_TR_NOOP("Seqnum"),  QT_TR_NOOP("Type"),  QT_TR_NOOP("Path"),
        QT_TR_NOOP("Size"),  QT_TR_NOOP("Extents"), QT_TR_NOOP("Status")};
    return columnTitle<LogModel>(kTitles, section, orientation, role);
}

} // namespace famscope::ui
