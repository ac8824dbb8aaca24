// The one size grammar of famscope, for the command line and every field of the window, and
// the one human-readable size:
//   SIZE  := DEC [UNIT] [SUFFIX] | 0x HEX [iB]
//   UNIT  := K | M | G | T          (case-insensitive; powers of 1024)
//   SUFFIX:= B | iB                 ("4K", "4KB", "4KiB" and "4k" are all 4096)
// Leading and trailing blanks are ignored; decimal digits are always decimal ("010" is 10,
// not octal 8); a value past 2^64-1 is not a size.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace famscope::report {

std::optional<uint64_t> parseSize(std::string_view text);

// The plain numbers of the edit commands and dialogs: the permission bits of a new file or
// directory in octal up to 07777 ("644", "0755"), its owner's decimal 32-bit ids, and a log
// entry index (repair --drop-entry) in decimal up to 2^64-1. Digits only (no sign, no unit, no
// 0x), blanks around them ignored.
std::optional<uint32_t> parseMode(std::string_view text);
std::optional<uint32_t> parseId(std::string_view text);
std::optional<uint64_t> parseIndex(std::string_view text);
// The owner of a new file or directory, as both front ends read it.
struct Owner {
    uint32_t mode = 0;
    uint32_t uid = 0;
    uint32_t gid = 0;
};

// "512 B", "4.00 KiB", "1.5 GiB": two decimals below 10 units, one above (as `info` prints).
std::string humanBytes(uint64_t bytes);
// "0", "512 MiB", "1.5 GiB", "1000 MiB": an offset on a scale, in the largest unit that fits,
// three significant digits at most, trailing zeros dropped, never in exponent form.
std::string shortBytes(uint64_t bytes);

} // namespace famscope::report
