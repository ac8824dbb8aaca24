// The superblock and log header as the window's structure view lists them: each field of the
// core field table (FieldTable.h) with the value it decodes to, an integer as a number, a UUID
// in its text form, a byte string (dd_daxdev) up to its first NUL.
#pragma once

#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace famscope::famfs {

struct FieldValue {
    FieldSpan span;
    std::variant<uint64_t, std::string> value;
};

std::vector<FieldValue> superblockFieldValues(const Superblock& sb);
std::vector<FieldValue> logHeaderFieldValues(const LogHeader& h);

} // namespace famscope::famfs
