#include "format/LogEntry.h"

#include "format/ByteOrder.h"
#include "format/Crc.h"

#include <algorithm>
#include <cstring>

namespace famscope::famfs {

namespace {

// Offsets of the union members within the entry.
constexpr size_t kBody = 16;
constexpr size_t kFmap = kBody + 104;     // 120
constexpr size_t kFmapWords = kFmap + 16; // 136

constexpr FieldSpan kCommon[] = {
    {"seqnum", 0, 8}, {"type", 8, 4}, {"(padding)", 12, 4}, {"crc", 536, 8}};
constexpr FieldSpan kFile[] = {
    {"fm_size", 16, 8},        {"fm_flags", 24, 4},       {"fm_uid", 28, 4},
    {"fm_gid", 32, 4},         {"fm_mode", 36, 4},        {"fm_relpath", 40, 80},
    {"fmap_ext_type", 120, 4}, {"fmap_nextents", 128, 4}, {"fmap_union", 136, 400}};
constexpr FieldSpan kMkdir[] = {
    {"md_uid", 16, 4}, {"md_gid", 20, 4}, {"md_mode", 24, 4}, {"md_relpath", 28, 80}};
constexpr FieldSpan kAddDaxdev[] = {{"dd_size", 16, 8}, {"dd_uuid", 24, 16}, {"dd_index", 40, 4}};

PathField loadPath(const uint8_t* p) {
    PathField f;
    std::memcpy(f.data(), p, f.size());
    return f;
}

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

SimpleExtent FileMeta::extent(size_t i) const {
    return {fmapWords[3 * i], fmapWords[3 * i + 1], fmapWords[3 * i + 2]};
}

void FileMeta::setExtent(size_t i, const SimpleExtent& e) {
    fmapWords[3 * i] = e.devindex;
    fmapWords[3 * i + 1] = e.offset;
    fmapWords[3 * i + 2] = e.len;
}

SimpleExtent FileMeta::strip(size_t j) const {
    return {fmapWords[2 + 3 * j], fmapWords[3 + 3 * j], fmapWords[4 + 3 * j]};
}

void FileMeta::setInterleave(uint64_t strips, uint64_t chunk) {
    fmapWords[0] = strips;
    fmapWords[1] = chunk;
}

void FileMeta::setStrip(size_t j, const SimpleExtent& e) {
    fmapWords[2 + 3 * j] = e.devindex;
    fmapWords[3 + 3 * j] = e.offset;
    fmapWords[4 + 3 * j] = e.len;
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
    e.seqnum = load64(p);
    e.type = load32(p + 8);
    e.padding = load32(p + 12);
    e.crc = load64(p + 536);
    e.computedCrc = crc32Of(p, kLogEntryCrcCovers);
    const uint8_t* b = p + kBody;
    switch (e.type) {
    case static_cast<uint32_t>(EntryType::File): {
        // Every field is written below, so a FileMeta already there (a fresh entry holds one)
        // is reused rather than zeroed again: most entries of a log are files.
        FileMeta& f = std::holds_alternative<FileMeta>(e.body) ? std::get<FileMeta>(e.body)
                                                               : e.body.emplace<FileMeta>();
        f.size = load64(b);
        f.flags = load32(b + 8);
        f.uid = load32(b + 12);
        f.gid = load32(b + 16);
        f.mode = load32(b + 20);
        f.relpath = loadPath(b + 24);
        f.extType = load32(p + kFmap);
        f.extTypePadding = load32(p + kFmap + 4);
        f.count = load32(p + kFmap + 8);
        f.countPadding = load32(p + kFmap + 12);
        for (size_t i = 0; i < f.fmapWords.size(); ++i)
            f.fmapWords[i] = load64(p + kFmapWords + 8 * i);
        break;
    }
    case static_cast<uint32_t>(EntryType::Mkdir): {
        MkdirMeta& d = e.body.emplace<MkdirMeta>();
        d.uid = load32(b);
        d.gid = load32(b + 4);
        d.mode = load32(b + 8);
        d.relpath = loadPath(b + 12);
        std::memcpy(d.unused.data(), b + 92, d.unused.size());
        break;
    }
    case static_cast<uint32_t>(EntryType::AddDaxdev): {
        AddDaxdevMeta& a = e.body.emplace<AddDaxdevMeta>();
        a.ddSize = load64(b);
        std::memcpy(a.ddUuid.bytes.data(), b + 8, 16);
        a.ddIndex = load32(b + 24);
        std::memcpy(a.unused.data(), b + 28, a.unused.size());
        break;
    }
    default: {
        RawBody& r = e.body.emplace<RawBody>();
        std::memcpy(r.bytes.data(), b, r.bytes.size());
        break;
    }
    }
}

std::array<uint8_t, kLogEntrySize> LogEntry::encode() const {
    std::array<uint8_t, kLogEntrySize> out{};
    uint8_t* p = out.data();
    uint8_t* b = p + kBody;
    store64(p, seqnum);
    store32(p + 8, type);
    store32(p + 12, padding);
    if (const auto* f = file()) {
        store64(b, f->size);
        store32(b + 8, f->flags);
        store32(b + 12, f->uid);
        store32(b + 16, f->gid);
        store32(b + 20, f->mode);
        std::memcpy(b + 24, f->relpath.data(), f->relpath.size());
        store32(p + kFmap, f->extType);
        store32(p + kFmap + 4, f->extTypePadding);
        store32(p + kFmap + 8, f->count);
        store32(p + kFmap + 12, f->countPadding);
        for (size_t i = 0; i < f->fmapWords.size(); ++i)
            store64(p + kFmapWords + 8 * i, f->fmapWords[i]);
    } else if (const auto* d = mkdir()) {
        store32(b, d->uid);
        store32(b + 4, d->gid);
        store32(b + 8, d->mode);
        std::memcpy(b + 12, d->relpath.data(), d->relpath.size());
        std::memcpy(b + 92, d->unused.data(), d->unused.size());
    } else if (const auto* a = addDaxdev()) {
        store64(b, a->ddSize);
        std::memcpy(b + 8, a->ddUuid.bytes.data(), 16);
        store32(b + 24, a->ddIndex);
        std::memcpy(b + 28, a->unused.data(), a->unused.size());
    } else {
        const auto& r = std::get<RawBody>(body);
        std::memcpy(b, r.bytes.data(), r.bytes.size());
    }
    store64(p + 536, crc);
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
