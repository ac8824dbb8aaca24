#include "core/format/LogHeader.h"

#include "core/format/Crc.h"
#include "core/format/FieldTable.h"
#include "core/format/FieldValues.h"

namespace famscope::famfs {

namespace {

using fieldtable::Field;

// struct famfs_log up to its first entry.
constexpr auto kTable =
    std::make_tuple(Field<LogHeader, uint64_t>{"famfs_log_magic", 0, &LogHeader::magic},
                    Field<LogHeader, uint64_t>{"famfs_log_len", 8, &LogHeader::len},
                    Field<LogHeader, uint64_t>{"famfs_log_last_index", 16, &LogHeader::lastIndex},
                    Field<LogHeader, uint64_t>{"famfs_log_crc", 24, &LogHeader::crc},
                    Field<LogHeader, uint64_t>{"famfs_log_next_seqnum", 32, &LogHeader::nextSeqnum},
                    Field<LogHeader, uint64_t>{"famfs_log_next_index", 40, &LogHeader::nextIndex});

constexpr auto kFields = fieldtable::fieldSpans(kTable);
static_assert(fieldtable::tilesExactly(kFields, kLogHeaderSize));

} // namespace

std::span<const FieldSpan> logHeaderFields() {
    return kFields;
}

std::vector<FieldValue> logHeaderFieldValues(const LogHeader& h) {
    return fieldtable::fieldValues(kTable, h);
}

LogHeader LogHeader::decode(std::span<const uint8_t, kLogHeaderSize> bytes) {
    LogHeader h;
    fieldtable::decodeFields(kTable, bytes.data(), h);
    return h;
}

std::array<uint8_t, kLogHeaderSize> LogHeader::encode() const {
    std::array<uint8_t, kLogHeaderSize> out{};
    fieldtable::encodeFields(kTable, *this, out.data());
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
