// What the kernel actually mapped: the page-size fields of /proc/self/smaps summed over the
// VMAs that overlap an address range. Fault counts alone cannot tell a 2 MiB mapping from a
// 4 KiB fallback that touched one byte per 2 MiB; these fields can.
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace famscope::bench {

struct SmapsPages {
    unsigned vmas = 0;           // VMAs overlapping the range
    uint64_t kernelPageSize = 0; // largest KernelPageSize among them (bytes)
    uint64_t rss = 0;
    uint64_t anonHugePages = 0;
    uint64_t shmemPmdMapped = 0;
    uint64_t filePmdMapped = 0;
    uint64_t hugetlb = 0; // Private_Hugetlb + Shared_Hugetlb

    uint64_t pmdMapped() const { return anonHugePages + shmemPmdMapped + filePmdMapped; }
};

// Parses smaps text (all values are "N kB") for VMAs overlapping [begin, end).
SmapsPages parseSmaps(std::string_view smapsText, uint64_t begin, uint64_t end);

// Reads /proc/self/smaps and parses it for [begin, end).
Result<SmapsPages> readSelfSmaps(uint64_t begin, uint64_t end);

} // namespace famscope::bench
