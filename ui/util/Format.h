// Number formatting shared by every view: sizes in binary units, offsets in hex.
#pragma once

#include <QString>

#include <cstdint>

namespace famscope::ui {

QString formatSize(uint64_t bytes); // "2.00 MiB", "512 B" (locale-aware digits)
QString formatHex(uint64_t value);  // "0x200000"
QString formatOctalMode(uint32_t mode);

} // namespace famscope::ui
