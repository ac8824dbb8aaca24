#include "ui/models/ExtentModel.h"

#include "core/fs/FileChunks.h"
#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"

namespace famscope::ui {

ExtentModel::ExtentModel(QObject* parent) : QAbstractTableModel(parent) {}

void ExtentModel::setFile(const fs::FsFile* file) {
    beginResetModel();
    if (file)
        file_ = *file;
    else
        file_.reset();
    endResetModel();
}

int ExtentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !file_ ? 0 : static_cast<int>(file_->map.pieces().size());
}

int ExtentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExtentModel::rawValue(int row, int column) const {
    const famfs::SimpleExtent& e = file_->map.pieces()[static_cast<size_t>(row)];
    switch (column) {
    case Number:
        return row;
    case Device:
        return qulonglong(e.devindex);
    case DeviceOffset:
        return qulonglong(e.offset);
    case Length:
        return qulonglong(e.len);
    case FileRange:
        return qulonglong(fs::pieceFileOffset(file_->map, static_cast<size_t>(row)));
    default:
        return {};
    }
}

QString ExtentModel::fileRangeText(int row) const {
    const fs::FileMap& map = file_->map;
    if (!map.interleaved) {
        const uint64_t start = rawValue(row, FileRange).toULongLong();
        const uint64_t len = map.extents[static_cast<size_t>(row)].len;
        return tr("bytes %1 – %2").arg(formatHex(start), formatHex(start + len));
    }
    if (map.chunkSize == 0 || map.strips.empty())
        return tr("none (degenerate interleave)");
    const auto strip = static_cast<uint64_t>(row);
    QStringList list;
    for (const uint64_t c : fs::stripChunks(map, file_->size, strip, 8))
        list << QString::number(c);
    const uint64_t held = fs::stripChunkCount(map, file_->size, strip);
    if (held > 8)
        list << QStringLiteral("…");
    // The noun agrees with how many chunks the strip holds (a strip can hold just one).
    const int count = countForTr(held);
    return tr("chunk(s) %1", nullptr, count).arg(list.join(QStringLiteral(", ")));
}

QVariant ExtentModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const famfs::SimpleExtent& e = file_->map.pieces()[static_cast<size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceOffset:
            return formatHex(e.offset);
        case Length:
            return formatSize(e.len);
        case FileRange:
            return fileRangeText(row);
        default:
            return rawValue(row, index.column());
        }
    case RawRole:
        return rawValue(row, index.column());
    case DeviceOffsetRole:
        return qulonglong(e.offset);
    case ByteLengthRole:
        return qulonglong(e.len);
    case Qt::TextAlignmentRole:
        if (index.column() != FileRange)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ExtentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const bool strips = file_ && file_->map.interleaved;
    static const char* const kTitles[ColumnCount] = {QT_TR_NOOP("Extent"), QT_TR_NOOP("Device"),
                                                     QT_TR_NOOP("Device offset"),
                                                     QT_TR_NOOP("Length"), QT_TR_NOOP("Holds")};
    if (section == Number && strips && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Strip");
    return columnTitle<ExtentModel>(kTitles, section, orientation, role);
}

} // namespace famscope::ui
