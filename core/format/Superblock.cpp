#include "core/format/Superblock.h"

#include "core/format/Crc.h"
#include "core/format/FieldTable.h"
#include "core/format/FieldValues.h"

#include <cstring>

namespace famscope::famfs {

namespace {

using fieldtable::Field;
using SB = Superblock;

// struct famfs_superblock, then its struct famfs_daxdev at offset 112.
constexpr auto kTable = std::make_tuple(
    Field<SB, uint64_t>{"ts_magic", 0, &SB::magic},
    Field<SB, uint64_t>{"ts_version", 8, &SB::version},
    Field<SB, uint64_t>{"ts_log_offset", 16, &SB::logOffset},
    Field<SB, uint64_t>{"ts_log_len", 24, &SB::logLen},
    Field<SB, uint64_t>{"ts_alloc_unit", 32, &SB::allocUnit},
    Field<SB, uint32_t>{"ts_omf_ver_major", 40, &SB::omfMajor},
    Field<SB, uint32_t>{"ts_omf_ver_minor", 44, &SB::omfMinor},
    Field<SB, Uuid>{"ts_uuid", 48, &SB::uuid}, Field<SB, Uuid>{"ts_dev_uuid", 64, &SB::devUuid},
    Field<SB, Uuid>{"ts_system_uuid", 80, &SB::systemUuid},
    Field<SB, uint64_t>{"ts_crc", 96, &SB::crc},
    Field<SB, uint32_t>{"ts_sb_flags", 104, &SB::sbFlags},
    Field<SB, uint32_t>{"(padding)", 108, &SB::padding},
    Field<SB, uint64_t>{"dd_size", 112, &SB::ddSize}, Field<SB, Uuid>{"dd_uuid", 120, &SB::ddUuid},
    Field<SB, std::array<uint8_t, kDaxdevPathLen>>{"dd_daxdev", 136, &SB::ddDaxdev});

constexpr auto kFields = fieldtable::fieldSpans(kTable);
static_assert(fieldtable::tilesExactly(kFields, kSuperblockSize));

} // namespace

std::span<const FieldSpan> superblockFields() {
    return kFields;
}

std::vector<FieldValue> superblockFieldValues(const Superblock& sb) {
    return fieldtable::fieldValues(kTable, sb);
}

Superblock Superblock::fresh(uint64_t deviceSize, uint64_t logLen) {
    Superblock sb;
    sb.magic = kSuperMagic;
    sb.version = kCurrentVersion;
    sb.logOffset = kLogOffset;
    sb.logLen = logLen;
    sb.allocUnit = kAllocUnit;
    sb.omfMajor = kOmfMajor;
    sb.omfMinor = kOmfMinor;
    sb.ddSize = deviceSize;
    sb.seal();
    return sb;
}

Superblock Superblock::decode(std::span<const uint8_t, kSuperblockSize> bytes) {
    Superblock sb;
    fieldtable::decodeFields(kTable, bytes.data(), sb);
    return sb;
}

std::array<uint8_t, kSuperblockSize> Superblock::encode() const {
    std::array<uint8_t, kSuperblockSize> out{};
    fieldtable::encodeFields(kTable, *this, out.data());
    return out;
}

uint32_t Superblock::computeCrc() const {
    const auto bytes = encode();
    return crc32Of(bytes.data(), kSuperblockCrcCovers);
}

std::string Superblock::daxdevPath() const {
    size_t n = 0;
    while (n < ddDaxdev.size() && ddDaxdev[n] != 0)
        ++n;
    return std::string(reinterpret_cast<const char*>(ddDaxdev.data()), n);
}

void Superblock::setDaxdevPath(const std::string& path) {
    ddDaxdev.fill(0);
    std::memcpy(ddDaxdev.data(), path.data(), std::min(path.size(), ddDaxdev.size()));
}

} // namespace famscope::famfs
