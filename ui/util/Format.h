// Number formatting shared by every view: sizes in binary units, offsets in hex.
#pragma once

#include <QString>

#include <cstdint>

namespace famscope::ui {

QString formatSize(uint64_t bytes); // "2.00 MiB", "1 byte", "512 bytes" (locale-aware digits)
QString formatHex(uint64_t value);  // "0x200000"
QString formatOctalMode(uint32_t mode);
// A count as the int that tr()'s numerus form takes (saturating at INT_MAX).
int countForTr(uint64_t n);

} // namespace famscope::ui
