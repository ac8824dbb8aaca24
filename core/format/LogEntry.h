// struct famfs_log_entry (544 bytes), famfs-format.md section 1.5.
//
// The body is a union in famfs; here it is a variant chosen by the entry type. Each body keeps
// every byte of the 520-byte union (unused extent slots, tail bytes) so that
// encode(decode(bytes)) == bytes for any input, and a writer that leaves them zero produces
// exactly what the famfs tools write. Bytes famfs leaves zero are held as a ZeroTail, which
// takes memory only when they are not: a decoded entry is 232 bytes, less than its slot.
#pragma once

#include "core/format/Constants.h"
#include "core/format/Superblock.h"
#include "core/format/Uuid.h"
#include "core/format/ZeroTail.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace famscope::famfs {

enum class EntryType : uint32_t { File = 0, Mkdir = 1, Delete = 2, AddDaxdev = 3 };
const char* entryTypeName(uint32_t type); // "FILE", "MKDIR", ..., "UNKNOWN"

struct SimpleExtent {
    uint64_t devindex = 0;
    uint64_t offset = 0;
    uint64_t len = 0;
    bool operator==(const SimpleExtent&) const = default;
};

using PathField = std::array<uint8_t, kMaxPathLen>;
std::string pathText(const PathField& field);           // up to the first NUL
bool pathTerminated(const PathField& field);            // a NUL within the 80 bytes
void setPathText(PathField& field, std::string_view p); // strncpy(…, 79): always terminated

// struct famfs_log_file_meta. The fmap union (16 + 384/400 bytes) is kept as 50 words; the
// simple and interleaved views below read the same words, exactly as the C union aliases them.
struct FileMeta {
    uint64_t size = 0;
    uint32_t flags = 0;
    uint32_t uid = 0;
    uint32_t gid = 0;
    uint32_t mode = 0;
    PathField relpath{};
    uint32_t extType = 0;
    uint32_t extTypePadding = 0;
    uint32_t count = 0; // fmap_nextents (simple) or fmap_niext (interleave)
    uint32_t countPadding = 0;
    FmapWords fmapWords;

    bool interleaved() const { return extType == kExtInterleave; }
    // Simple view, i < 16. Inline: fsck and replay read every file's extents several times.
    SimpleExtent extent(size_t i) const {
        return {fmapWords[3 * i], fmapWords[3 * i + 1], fmapWords[3 * i + 2]};
    }
    void setExtent(size_t i, const SimpleExtent& e);
    uint64_t nstrips() const { return fmapWords[0]; }
    uint64_t chunkSize() const { return fmapWords[1]; }
    SimpleExtent strip(size_t j) const { // interleaved view, j < 16
        return {fmapWords[2 + 3 * j], fmapWords[3 + 3 * j], fmapWords[4 + 3 * j]};
    }
    void setInterleave(uint64_t nstrips, uint64_t chunkSize);
    void setStrip(size_t j, const SimpleExtent& e);
};

struct MkdirMeta {
    uint32_t uid = 0;
    uint32_t gid = 0;
    uint32_t mode = 0;
    PathField relpath{};
    ZeroTail<kLogEntryBodySize - 92> unused;
};

struct AddDaxdevMeta {
    uint64_t ddSize = 0;
    Uuid ddUuid;
    uint32_t ddIndex = 0;
    ZeroTail<kLogEntryBodySize - 28> unused;
};

// DELETE and unknown types: famfs ignores them, so their body is kept only as bytes.
struct RawBody {
    ZeroTail<kLogEntryBodySize> bytes;
};

struct LogEntry {
    uint64_t seqnum = 0;
    uint32_t type = 0;
    uint32_t padding = 0;
    std::variant<FileMeta, MkdirMeta, AddDaxdevMeta, RawBody> body;
    uint64_t crc = 0;
    uint32_t computedCrc = 0; // crc32 of the bytes [0, 536) as read (or as last sealed)

    bool crcValid() const { return crc == computedCrc; }
    const FileMeta* file() const { return std::get_if<FileMeta>(&body); }
    const MkdirMeta* mkdir() const { return std::get_if<MkdirMeta>(&body); }
    const AddDaxdevMeta* addDaxdev() const { return std::get_if<AddDaxdevMeta>(&body); }
    std::string path() const; // FILE/MKDIR path, empty otherwise

    static LogEntry decode(std::span<const uint8_t, kLogEntrySize> bytes);
    // decode() into an existing entry, reusing its storage (the log loader's hot path).
    static void decodeInto(LogEntry& e, std::span<const uint8_t, kLogEntrySize> bytes);
    std::array<uint8_t, kLogEntrySize> encode() const;
    // Compute the CRC over the encoded bytes and store it (what famfs_append_log does).
    void seal();

    static LogEntry makeFile(const FileMeta& meta);
    static LogEntry makeMkdir(const MkdirMeta& meta);
};

// Field tables for structure overlays; offsets are within the 544-byte entry.
std::span<const FieldSpan> logEntryCommonFields();
std::span<const FieldSpan> fileEntryFields();
std::span<const FieldSpan> mkdirEntryFields();
std::span<const FieldSpan> addDaxdevEntryFields();

} // namespace famscope::famfs
