#include "format/LogHeader.h"

#include "format/ByteOrder.h"
#include "format/Crc.h"

namespace famscope::famfs {

namespace {
constexpr FieldSpan kFields[] = {
    {"famfs_log_magic", 0, 8}, {"famfs_log_len", 8, 8},          {"famfs_log_last_index", 16, 8},
    {"famfs_log_crc", 24, 8},  {"famfs_log_next_seqnum", 32, 8}, {"famfs_log_next_index", 40, 8},
};
}

std::span<const FieldSpan> logHeaderFields() {
    return kFields;
}

LogHeader LogHeader::decode(std::span<const uint8_t, kLogHeaderSize> bytes) {
    const uint8_t* p = bytes.data();
    LogHeader h;
    h.magic = load64(p + 0);
    h.len = load64(p + 8);
    h.lastIndex = load64(p + 16);
    h.crc = load64(p + 24);
    h.nextSeqnum = load64(p + 32);
    h.nextIndex = load64(p + 40);
    return h;
}

std::array<uint8_t, kLogHeaderSize> LogHeader::encode() const {
    std::array<uint8_t, kLogHeaderSize> out{};
    uint8_t* p = out.data();
    store64(p + 0, magic);
    store64(p + 8, len);
    store64(p + 16, lastIndex);
    store64(p + 24, crc);
    store64(p + 32, nextSeqnum);
    store64(p + 40, nextIndex);
    return out;
}

uint32_t LogHeader::computeCrc() const {
    const auto bytes = encode();
    return crc32Of(bytes.data(), kLogHeaderCrcCovers);
}

LogHeader LogHeader::fresh(uint64_t logLen) {
    LogHeader h;
    h.magic = kLogMagic;
    h.len = logLen;
    h.lastIndex = logSlots(logLen) - 1;
    h.crc = h.computeCrc();
    return h;
}

} // namespace famscope::famfs
