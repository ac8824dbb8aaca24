// Page sizes the fault benchmark asks for: 4 KiB base pages, 2 MiB (PMD) and 1 GiB (PUD) huge
// pages. Sizes are plain byte counts so a devdax device with another alignment still fits.
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::bench {

inline constexpr uint64_t kPage4K = 4096;
inline constexpr uint64_t kPage2M = 2ULL << 20;
inline constexpr uint64_t kPage1G = 1ULL << 30;

// "4k,2m,1g" (case-insensitive, also "4KiB", "2M", plain byte counts that are powers of two
// >= 4096) -> sizes in the order given, duplicates dropped.
Result<std::vector<uint64_t>> parsePageSizes(std::string_view text);

// "4k", "2m", "1g", "64k"... (binary units, exact); plain bytes otherwise.
std::string pageSizeName(uint64_t bytes);
// "4 KiB", "2 MiB", "1 GiB": for sentences.
std::string pageSizeText(uint64_t bytes);

bool isPowerOfTwo(uint64_t v);
uint64_t roundUp(uint64_t value, uint64_t multiple); // saturates instead of wrapping

} // namespace famscope::bench
