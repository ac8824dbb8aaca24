#include "ui/models/ExtentModel.h"

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
    case FileRange: {
        // Simple extents follow each other in the file; strips start at chunk `row`.
        if (file_->map.interleaved)
            return qulonglong(static_cast<uint64_t>(row) * file_->map.chunkSize);
        uint64_t start = 0;
        for (int i = 0; i < row; ++i)
            start += file_->map.extents[static_cast<size_t>(i)].len;
        return qulonglong(start);
    }
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
    const uint64_t chunks = (file_->size + map.chunkSize - 1) / map.chunkSize;
    QStringList list;
    const auto n = static_cast<uint64_t>(map.strips.size());
    uint64_t shown = 0;
    for (uint64_t c = static_cast<uint64_t>(row); c < chunks; c += n) {
        if (++shown > 8) {
            list << QStringLiteral("…");
            break;
        }
        list << QString::number(c);
    }
    // The noun agrees with how many chunks the strip holds (a strip can hold just one).
    const uint64_t held =
        static_cast<uint64_t>(row) < chunks ? (chunks - static_cast<uint64_t>(row) + n - 1) / n : 0;
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
