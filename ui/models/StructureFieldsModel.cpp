#include "ui/models/StructureFieldsModel.h"

#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QBrush>
#include <QColor>

#include <cstring>

namespace famscope::ui {

namespace {

struct Decoded {
    QVariant raw;
    QString value;
};

Decoded number(uint64_t v) {
    return {qulonglong(v), QStringLiteral("%1 (%2)").arg(formatHex(v)).arg(v)};
}
Decoded text(const QString& s) {
    return {s, s};
}

bool is(const char* a, const char* b) {
    return std::strcmp(a, b) == 0;
}

} // namespace

StructureFieldsModel::StructureFieldsModel(QObject* parent) : QAbstractTableModel(parent) {}

void StructureFieldsModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    rows_.clear();
    if (snapshot) {
        addSuperblockRows(snapshot->fs().sb);
        if (snapshot->fs().logHeaderRead) {
            const uint64_t base =
                snapshot->fs().sb.magicValid() ? snapshot->fs().sb.logOffset : famfs::kLogOffset;
            addLogHeaderRows(snapshot->fs().log, base);
        }
    }
    endResetModel();
}

void StructureFieldsModel::addSuperblockRows(const famfs::Superblock& sb) {
    for (const famfs::FieldSpan& f : famfs::superblockFields()) {
        Row r;
        r.structure = tr("superblock");
        r.field = QString::fromLatin1(f.name);
        r.offset = f.offset;
        r.size = f.size;
        Decoded d;
        const char* n = f.name;
        if (is(n, "ts_magic")) {
            d = number(sb.magic);
            r.meaning = tr("identifies a famfs superblock");
            r.check = sb.magicValid() ? tr("valid") : tr("not famfs");
            r.bad = !sb.magicValid();
        } else if (is(n, "ts_version")) {
            d = number(sb.version);
            r.meaning = tr("superblock version");
            r.check = sb.versionKnown() ? tr("known") : tr("unknown version");
            r.bad = !sb.versionKnown();
        } else if (is(n, "ts_log_offset")) {
            d = number(sb.logOffset);
            r.meaning = tr("device offset of the log");
        } else if (is(n, "ts_log_len")) {
            d = number(sb.logLen);
            r.meaning = tr("log size in bytes: %1").arg(formatSize(sb.logLen));
        } else if (is(n, "ts_alloc_unit")) {
            d = number(sb.allocUnit);
            r.meaning = tr("allocation unit: %1").arg(formatSize(sb.allocUnit));
        } else if (is(n, "ts_omf_ver_major")) {
            d = number(sb.omfMajor);
            r.meaning = tr("on-media format, major version");
        } else if (is(n, "ts_omf_ver_minor")) {
            d = number(sb.omfMinor);
            r.meaning = tr("on-media format, minor version");
        } else if (is(n, "ts_uuid")) {
            d = text(QString::fromStdString(sb.uuid.toString()));
            r.meaning = tr("file system UUID");
        } else if (is(n, "ts_dev_uuid")) {
            d = text(QString::fromStdString(sb.devUuid.toString()));
            r.meaning = tr("device UUID");
        } else if (is(n, "ts_system_uuid")) {
            d = text(QString::fromStdString(sb.systemUuid.toString()));
            r.meaning = tr("UUID of the host that created the file system (the master)");
        } else if (is(n, "ts_crc")) {
            d = number(sb.crc);
            r.meaning = tr("CRC-32 of bytes 0–95");
            r.check = sb.crcValid() ? tr("valid")
                                    : tr("mismatch, computed %1").arg(formatHex(sb.computeCrc()));
            r.bad = !sb.crcValid();
        } else if (is(n, "ts_sb_flags")) {
            d = number(sb.sbFlags);
            r.meaning = tr("superblock flags (unused)");
        } else if (is(n, "(padding)")) {
            d = number(sb.padding);
            r.meaning = tr("padding");
        } else if (is(n, "dd_size")) {
            d = number(sb.ddSize);
            r.meaning = tr("primary device size: %1").arg(formatSize(sb.ddSize));
        } else if (is(n, "dd_uuid")) {
            d = text(QString::fromStdString(sb.ddUuid.toString()));
            r.meaning = tr("primary device UUID");
        } else if (is(n, "dd_daxdev")) {
            d = text(shownText(sb.daxdevPath()));
            r.meaning = tr("primary device path at creation");
        } else {
            continue; // a field this version does not know how to describe
        }
        r.raw = d.raw;
        r.value = d.value;
        rows_.push_back(r);
    }
}

void StructureFieldsModel::addLogHeaderRows(const famfs::LogHeader& h, uint64_t base) {
    for (const famfs::FieldSpan& f : famfs::logHeaderFields()) {
        Row r;
        r.structure = tr("log header");
        r.field = QString::fromLatin1(f.name);
        r.offset = base + f.offset;
        r.size = f.size;
        Decoded d;
        const char* n = f.name;
        if (is(n, "famfs_log_magic")) {
            d = number(h.magic);
            r.meaning = tr("identifies the famfs log");
            r.check = h.magicValid() ? tr("valid") : tr("not a famfs log");
            r.bad = !h.magicValid();
        } else if (is(n, "famfs_log_len")) {
            d = number(h.len);
            r.meaning = tr("log size in bytes: %1").arg(formatSize(h.len));
        } else if (is(n, "famfs_log_last_index")) {
            d = number(h.lastIndex);
            r.meaning = tr("last usable slot: %n entries fit", nullptr,
                           static_cast<int>(std::min<uint64_t>(h.capacity(), INT32_MAX)));
        } else if (is(n, "famfs_log_crc")) {
            d = number(h.crc);
            r.meaning = tr("CRC-32 of bytes 0–23 (magic, length, last index)");
            r.check = h.crcValid() ? tr("valid")
                                   : tr("mismatch, computed %1").arg(formatHex(h.computeCrc()));
            r.bad = !h.crcValid();
        } else if (is(n, "famfs_log_next_seqnum")) {
            d = number(h.nextSeqnum);
            r.meaning = tr("sequence number of the next entry");
        } else if (is(n, "famfs_log_next_index")) {
            d = number(h.nextIndex);
            r.meaning = tr("slot of the next entry: entries in use");
        } else {
            continue;
        }
        r.raw = d.raw;
        r.value = d.value;
        rows_.push_back(r);
    }
}

int StructureFieldsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int StructureFieldsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StructureFieldsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& r = rows_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Structure:
            return r.structure;
        case Field:
            return r.field;
        case Offset:
            return formatHex(r.offset);
        case Size:
            return r.size;
        case Value:
            return r.value;
        case Meaning:
            return r.meaning;
        case Check:
            return r.check;
        default:
            return {};
        }
    case RawRole:
        switch (index.column()) {
        case Offset:
            return qulonglong(r.offset);
        case Size:
            return r.size;
        case Value:
            return r.raw;
        default:
            return data(index, Qt::DisplayRole);
        }
    case DeviceOffsetRole:
        return qulonglong(r.offset);
    case ByteLengthRole:
        return qulonglong(r.size);
    case BadRole:
        return r.bad;
    case Qt::ForegroundRole:
        if (r.bad)
            return QBrush(QColor(0xd0, 0x30, 0x30));
        return {};
    default:
        return {};
    }
}

QVariant StructureFieldsModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    static const char* const kTitles[ColumnCount] = {
        QT_TR_NOOP("Structure"), QT_TR_NOOP("Field"),   QT_TR_NOOP("Offset"), QT_TR_NOOP("Bytes"),
        QT_TR_NOOP("Value"),     QT_TR_NOOP("Meaning"), QT_TR_NOOP("Check")};
    return columnTitle<StructureFieldsModel>(kTitles, section, orientation, role);
}

} // namespace famscope::ui
