#include "ui/models/StructureFieldsModel.h"

#include "ui/models/ModelRoles.h"
#include "ui/util/Format.h"
#include "ui/util/ShownText.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <string_view>

namespace famscope::ui {

StructureFieldsModel::StructureFieldsModel(QObject* parent) : QAbstractTableModel(parent) {}

void StructureFieldsModel::setSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    beginResetModel();
    rows_.clear();
    if (snapshot) {
        const famfs::Superblock& sb = snapshot->fs().sb;
        addRows(tr("superblock"), famfs::superblockFieldValues(sb), 0);
        check("ts_magic", sb.magicValid(), tr("valid"), tr("not famfs"));
        check("ts_version", sb.versionKnown(), tr("known"), tr("unknown version"));
        check("ts_crc", sb.crcValid(), tr("valid"),
              tr("mismatch, computed %1").arg(formatHex(sb.computeCrc())));
        if (snapshot->fs().logHeaderRead) {
            const famfs::LogHeader& h = snapshot->fs().log;
            addRows(tr("log header"), famfs::logHeaderFieldValues(h),
                    sb.magicValid() ? sb.logOffset : famfs::kLogOffset);
            check("famfs_log_magic", h.magicValid(), tr("valid"), tr("not a famfs log"));
            check("famfs_log_crc", h.crcValid(), tr("valid"),
                  tr("mismatch, computed %1").arg(formatHex(h.computeCrc())));
            if (Row* r = rowOf("famfs_log_last_index"))
                r->meaning = tr("last usable slot: %n entries fit", nullptr,
                                static_cast<int>(std::min<uint64_t>(h.capacity(), INT32_MAX)));
        }
    }
    endResetModel();
}

// What each field means; a field not listed here (one this version does not know how to
// describe) is not shown. "%1" in a meaning takes the field's value as a size.
void StructureFieldsModel::addRows(const QString& structure,
                                   const std::vector<famfs::FieldValue>& fields, uint64_t base) {
    static const std::pair<const char*, const char*> kMeanings[] = {
        {"ts_magic", QT_TR_NOOP("identifies a famfs superblock")},
        {"ts_version", QT_TR_NOOP("superblock version")},
        {"ts_log_offset", QT_TR_NOOP("device offset of the log")},
        {"ts_log_len", QT_TR_NOOP("log size in bytes: %1")},
        {"ts_alloc_unit", QT_TR_NOOP("allocation unit: %1")},
        {"ts_omf_ver_major", QT_TR_NOOP("on-media format, major version")},
        {"ts_omf_ver_minor", QT_TR_NOOP("on-media format, minor version")},
        {"ts_uuid", QT_TR_NOOP("file system UUID")},
        {"ts_dev_uuid", QT_TR_NOOP("device UUID")},
        {"ts_system_uuid",
         QT_TR_NOOP("UUID of the host that created the file system (the master)")},
        {"ts_crc", QT_TR_NOOP("CRC-32 of bytes 0–95")},
        {"ts_sb_flags", QT_TR_NOOP("superblock flags (unused)")},
        {"(padding)", QT_TR_NOOP("padding")},
        {"dd_size", QT_TR_NOOP("primary device size: %1")},
        {"dd_uuid", QT_TR_NOOP("primary device UUID")},
        {"dd_daxdev", QT_TR_NOOP("primary device path at creation")},
        {"famfs_log_magic", QT_TR_NOOP("identifies the famfs log")},
        {"famfs_log_len", QT_TR_NOOP("log size in bytes: %1")},
        {"famfs_log_last_index", ""}, // a plural, set by setSnapshot
        {"famfs_log_crc", QT_TR_NOOP("CRC-32 of bytes 0–23 (magic, length, last index)")},
        {"famfs_log_next_seqnum", QT_TR_NOOP("sequence number of the next entry")},
        {"famfs_log_next_index", QT_TR_NOOP("slot of the next entry: entries in use")}};
    for (const famfs::FieldValue& f : fields) {
        const auto known =
            std::find_if(std::begin(kMeanings), std::end(kMeanings),
                         [&](const auto& m) { return std::string_view(m.first) == f.span.name; });
        if (known == std::end(kMeanings))
            continue;
        Row r;
        r.structure = structure;
        r.field = QString::fromLatin1(f.span.name);
        r.offset = base + f.span.offset;
        r.size = f.span.size;
        r.meaning = tr(known->second);
        if (const uint64_t* n = std::get_if<uint64_t>(&f.value)) {
            r.raw = qulonglong(*n);
            r.value = QStringLiteral("%1 (%2)").arg(formatHex(*n)).arg(*n);
            if (r.meaning.contains(QLatin1String("%1")))
                r.meaning = r.meaning.arg(formatSize(*n));
        } else {
            r.value = shownText(std::get<std::string>(f.value));
            r.raw = r.value;
        }
        rows_.push_back(r);
    }
}

StructureFieldsModel::Row* StructureFieldsModel::rowOf(const char* field) {
    for (Row& r : rows_)
        if (r.field == QLatin1String(field))
            return &r;
    return nullptr;
}

void StructureFieldsModel::check(const char* field, bool ok, const QString& good,
                                 const QString& bad) {
    if (Row* r = rowOf(field)) {
        r->check = ok ? good : bad;
        r->bad = !ok;
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
