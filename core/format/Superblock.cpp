#include "format/Superblock.h"

#include "format/ByteOrder.h"
#include "format/Crc.h"

#include <cstring>

namespace famscope::famfs {

namespace {
constexpr FieldSpan kFields[] = {
    {"ts_magic", 0, 8},          {"ts_version", 8, 8},     {"ts_log_offset", 16, 8},
    {"ts_log_len", 24, 8},       {"ts_alloc_unit", 32, 8}, {"ts_omf_ver_major", 40, 4},
    {"ts_omf_ver_minor", 44, 4}, {"ts_uuid", 48, 16},      {"ts_dev_uuid", 64, 16},
    {"ts_system_uuid", 80, 16},  {"ts_crc", 96, 8},        {"ts_sb_flags", 104, 4},
    {"(padding)", 108, 4},       {"dd_size", 112, 8},      {"dd_uuid", 120, 16},
    {"dd_daxdev", 136, 64},
};

Uuid loadUuid(const uint8_t* p) {
    Uuid u;
    std::memcpy(u.bytes.data(), p, u.bytes.size());
    return u;
}
void storeUuid(uint8_t* p, const Uuid& u) {
    std::memcpy(p, u.bytes.data(), u.bytes.size());
}
} // namespace

std::span<const FieldSpan> superblockFields() {
    return kFields;
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
    const uint8_t* p = bytes.data();
    Superblock sb;
    sb.magic = load64(p + 0);
    sb.version = load64(p + 8);
    sb.logOffset = load64(p + 16);
    sb.logLen = load64(p + 24);
    sb.allocUnit = load64(p + 32);
    sb.omfMajor = load32(p + 40);
    sb.omfMinor = load32(p + 44);
    sb.uuid = loadUuid(p + 48);
    sb.devUuid = loadUuid(p + 64);
    sb.systemUuid = loadUuid(p + 80);
    sb.crc = load64(p + 96);
    sb.sbFlags = load32(p + 104);
    sb.padding = load32(p + 108);
    sb.ddSize = load64(p + 112);
    sb.ddUuid = loadUuid(p + 120);
    std::memcpy(sb.ddDaxdev.data(), p + 136, sb.ddDaxdev.size());
    return sb;
}

std::array<uint8_t, kSuperblockSize> Superblock::encode() const {
    std::array<uint8_t, kSuperblockSize> out{};
    uint8_t* p = out.data();
    store64(p + 0, magic);
    store64(p + 8, version);
    store64(p + 16, logOffset);
    store64(p + 24, logLen);
    store64(p + 32, allocUnit);
    store32(p + 40, omfMajor);
    store32(p + 44, omfMinor);
    storeUuid(p + 48, uuid);
    storeUuid(p + 64, devUuid);
    storeUuid(p + 80, systemUuid);
    store64(p + 96, crc);
    store32(p + 104, sbFlags);
    store32(p + 108, padding);
    store64(p + 112, ddSize);
    storeUuid(p + 120, ddUuid);
    std::memcpy(p + 136, ddDaxdev.data(), ddDaxdev.size());
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
