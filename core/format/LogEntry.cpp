#include "core/format/LogEntry.h"

#include "core/format/ByteOrder.h"
#include "core/format/Crc.h"
#include "core/format/FieldTable.h"

#include <algorithm>
#include <cstring>

namespace famscope::famfs {

namespace {

using fieldtable::Field;

// struct famfs_log_entry: seqnum, type and padding, the 520-byte union at offset 16, the CRC.
// Offsets are within the entry, so each body's rows start at 16.
constexpr auto kCommonTable =
    std::make_tuple(Field<LogEntry, uint64_t>{"seqnum", 0, &LogEntry::seqnum},
                    Field<LogEntry, uint32_t>{"type", 8, &LogEntry::type},
                    Field<LogEntry, uint32_t>{"(padding)", 12, &LogEntry::padding},
                    Field<LogEntry, uint64_t>{"crc", 536, &LogEntry::crc});

// struct famfs_log_file_meta, then its struct famfs_log_fmap at 120: the extent type and count
// (each padded to 8 bytes) and the union of the simple extent list and the interleave.
constexpr auto kFileTable =
    std::make_tuple(Field<FileMeta, uint64_t>{"fm_size", 16, &FileMeta::size},
                    Field<FileMeta, uint32_t>{"fm_flags", 24, &FileMeta::flags},
                    Field<FileMeta, uint32_t>{"fm_uid", 28, &FileMeta::uid},
                    Field<FileMeta, uint32_t>{"fm_gid", 32, &FileMeta::gid},
                    Field<FileMeta, uint32_t>{"fm_mode", 36, &FileMeta::mode},
                    Field<FileMeta, PathField>{"fm_relpath", 40, &FileMeta::relpath},
                    Field<FileMeta, uint32_t>{"fmap_ext_type", 120, &FileMeta::extType},
                    Field<FileMeta, uint32_t>{"(padding)", 124, &FileMeta::extTypePadding},
                    Field<FileMeta, uint32_t>{"fmap_nextents", 128, &FileMeta::count},
                    Field<FileMeta, uint32_t>{"(padding)", 132, &FileMeta::countPadding},
                    Field<FileMeta, FmapWords>{"fmap_union", 136, &FileMeta::fmapWords});

// struct famfs_mkdir_meta, then the rest of the union.
constexpr auto kMkdirTable = std::make_tuple(
    Field<MkdirMeta, uint32_t>{"md_uid", 16, &MkdirMeta::uid},
    Field<MkdirMeta, uint32_t>{"md_gid", 20, &MkdirMeta::gid},
    Field<MkdirMeta, uint32_t>{"md_mode", 24, &MkdirMeta::mode},
    Field<MkdirMeta, PathField>{"md_relpath", 28, &MkdirMeta::relpath},
    Field<MkdirMeta, decltype(MkdirMeta::unused)>{"(unused)", 108, &MkdirMeta::unused});

// struct famfs_log_daxdev_meta (famfs_daxdev's size and uuid, and the index), then the rest of
// the union.
constexpr auto kAddDaxdevTable = std::make_tuple(
    Field<AddDaxdevMeta, uint64_t>{"dd_size", 16, &AddDaxdevMeta::ddSize},
    Field<AddDaxdevMeta, Uuid>{"dd_uuid", 24, &AddDaxdevMeta::ddUuid},
    Field<AddDaxdevMeta, uint32_t>{"dd_index", 40, &AddDaxdevMeta::ddIndex},
    Field<AddDaxdevMeta, decltype(AddDaxdevMeta::unused)>{"(unused)", 44, &AddDaxdevMeta::unused});

// DELETE and unknown types: the union as bytes.
constexpr auto kRawTable =
    std::make_tuple(Field<RawBody, decltype(RawBody::bytes)>{"(body)", 16, &RawBody::bytes});

constexpr auto kCommon = fieldtable::fieldSpans(kCommonTable);
constexpr auto kFile = fieldtable::fieldSpans(kFileTable);
constexpr auto kMkdir = fieldtable::fieldSpans(kMkdirTable);
constexpr auto kAddDaxdev = fieldtable::fieldSpans(kAddDaxdevTable);
constexpr size_t kBodyEnd = kLogEntryCrcCovers; // the CRC follows the union
static_assert(fieldtable::tilesExactly(kFile, kBodyEnd, 16));
static_assert(fieldtable::tilesExactly(kMkdir, kBodyEnd, 16));
static_assert(fieldtable::tilesExactly(kAddDaxdev, kBodyEnd, 16));
static_assert(fieldtable::tilesExactly(fieldtable::fieldSpans(kRawTable), kBodyEnd, 16));
static_assert(kCommon[2].offset + kCommon[2].size == 16 && kCommon[3].offset == kBodyEnd &&
              kCommon[3].offset + kCommon[3].size == kLogEntrySize);

// What the header promises; a decoded log costs this much memory per entry.
static_assert(sizeof(LogEntry) == 232);

} // namespace

std::span<const FieldSpan> logEntryCommonFields() {
    return kCommon;
}
std::span<const FieldSpan> fileEntryFields() {
    return kFile;
}
std::span<const FieldSpan> mkdirEntryFields() {
    return kMkdir;
}
std::span<const FieldSpan> addDaxdevEntryFields() {
    return kAddDaxdev;
}

const char* entryTypeName(uint32_t type) {
    switch (type) {
    case 0:
        return "FILE";
    case 1:
        return "MKDIR";
    case 2:
        return "DELETE";
    case 3:
        return "ADD_DAXDEV";
    default:
        return "UNKNOWN";
    }
}

// memchr, not std::find: fsck asks this of every entry, and GCC does not vectorise the
// byte loop std::find becomes.
std::string pathText(const PathField& field) {
    const void* nul = std::memchr(field.data(), 0, field.size());
    const size_t len =
        nul ? static_cast<size_t>(static_cast<const uint8_t*>(nul) - field.data()) : field.size();
    return std::string(reinterpret_cast<const char*>(field.data()), len);
}

bool pathTerminated(const PathField& field) {
    return std::memchr(field.data(), 0, field.size()) != nullptr;
}

void setPathText(PathField& field, std::string_view p) {
    field.fill(0);
    std::memcpy(field.data(), p.data(), std::min(p.size(), field.size() - 1));
}

void FileMeta::setExtent(size_t i, const SimpleExtent& e) {
    fmapWords.set(3 * i, e.devindex);
    fmapWords.set(3 * i + 1, e.offset);
    fmapWords.set(3 * i + 2, e.len);
}

void FileMeta::setInterleave(uint64_t strips, uint64_t chunk) {
    fmapWords.set(0, strips);
    fmapWords.set(1, chunk);
}

void FileMeta::setStrip(size_t j, const SimpleExtent& e) {
    fmapWords.set(2 + 3 * j, e.devindex);
    fmapWords.set(3 + 3 * j, e.offset);
    fmapWords.set(4 + 3 * j, e.len);
}

std::string LogEntry::path() const {
    if (const auto* f = file())
        return pathText(f->relpath);
    if (const auto* d = mkdir())
        return pathText(d->relpath);
    return {};
}

LogEntry LogEntry::decode(std::span<const uint8_t, kLogEntrySize> bytes) {
    LogEntry e;
    decodeInto(e, bytes);
    return e;
}

void LogEntry::decodeInto(LogEntry& e, std::span<const uint8_t, kLogEntrySize> bytes) {
    const uint8_t* p = bytes.data();
    fieldtable::decodeFields(kCommonTable, p, e);
    e.computedCrc = crc32Of(p, kLogEntryCrcCovers);
    switch (e.type) {
    case static_cast<uint32_t>(EntryType::File): {
        // Every field is written below, so a FileMeta already there (a fresh entry holds one)
        // is reused rather than zeroed again: most entries of a log are files.
        FileMeta& f = std::holds_alternative<FileMeta>(e.body) ? std::get<FileMeta>(e.body)
                                                               : e.body.emplace<FileMeta>();
        fieldtable::decodeFields(kFileTable, p, f);
        break;
    }
    case static_cast<uint32_t>(EntryType::Mkdir):
        fieldtable::decodeFields(kMkdirTable, p, e.body.emplace<MkdirMeta>());
        break;
    case static_cast<uint32_t>(EntryType::AddDaxdev):
        fieldtable::decodeFields(kAddDaxdevTable, p, e.body.emplace<AddDaxdevMeta>());
        break;
    default:
        fieldtable::decodeFields(kRawTable, p, e.body.emplace<RawBody>());
        break;
    }
}

std::array<uint8_t, kLogEntrySize> LogEntry::encode() const {
    std::array<uint8_t, kLogEntrySize> out{};
    uint8_t* p = out.data();
    fieldtable::encodeFields(kCommonTable, *this, p);
    std::visit(
        [p](const auto& meta) {
            using Meta = std::decay_t<decltype(meta)>;
            if constexpr (std::is_same_v<Meta, FileMeta>)
                fieldtable::encodeFields(kFileTable, meta, p);
            else if constexpr (std::is_same_v<Meta, MkdirMeta>)
                fieldtable::encodeFields(kMkdirTable, meta, p);
            else if constexpr (std::is_same_v<Meta, AddDaxdevMeta>)
                fieldtable::encodeFields(kAddDaxdevTable, meta, p);
            else
                fieldtable::encodeFields(kRawTable, meta, p);
        },
        body);
    return out;
}

void LogEntry::seal() {
    const auto bytes = encode();
    computedCrc = crc32Of(bytes.data(), kLogEntryCrcCovers);
    crc = computedCrc;
}

LogEntry LogEntry::makeFile(const FileMeta& meta) {
    LogEntry e;
    e.type = static_cast<uint32_t>(EntryType::File);
    e.body = meta;
    return e;
}

LogEntry LogEntry::makeMkdir(const MkdirMeta& meta) {
    LogEntry e;
    e.type = static_cast<uint32_t>(EntryType::Mkdir);
    e.body = meta;
    return e;
}

} // namespace famscope::famfs
