#include "core/bench/PageCheck.h"

#include "core/bench/PageSize.h"

namespace famscope::bench {

namespace {

std::string percent(uint64_t part, uint64_t whole) {
    if (whole == 0)
        return "0%";
    return std::to_string(part * 100 / whole) + "%";
}

} // namespace

PageCheck checkPageSize(uint64_t requested, const SmapsPages& smaps, uint64_t span,
                        uint64_t faults) {
    PageCheck c;
    c.requested = requested;
    c.smaps = smaps;
    // hugetlb pages are not in Rss; devdax may count nothing at all: fall back to the span.
    const uint64_t mapped = smaps.rss + smaps.hugetlb;
    const uint64_t resident = mapped != 0 ? mapped : span;
    c.bytesPerFault = faults != 0 ? resident / faults : 0;

    // hugetlb and devdax VMAs announce their page size; everything else is 4 KiB base pages,
    // some of them possibly mapped by PMD (THP on shmem, large file folios, anonymous THP).
    if (smaps.kernelPageSize > kPage4K) {
        c.obtained = smaps.kernelPageSize;
    } else if (smaps.pmdMapped() != 0 && smaps.rss != 0 &&
               smaps.pmdMapped() * 10 >= smaps.rss * 9) {
        c.obtained = kPage2M;
    } else {
        c.obtained = smaps.kernelPageSize != 0 ? smaps.kernelPageSize : kPage4K;
        if (smaps.pmdMapped() != 0)
            c.note = "only " + percent(smaps.pmdMapped(), smaps.rss) +
                     " of the resident memory is mapped with 2 MiB pages";
    }

    if (c.obtained != requested) {
        c.ok = false;
        std::string why = "asked for " + pageSizeText(requested) + " pages, got " +
                          pageSizeText(c.obtained) + " pages";
        c.note = c.note.empty() ? why : why + "; " + c.note;
        return c;
    }
    // Right page size in smaps, but more faults than pages of that size means part of the
    // range was faulted at a smaller size (or faulted twice).
    const uint64_t expected = requested != 0 ? (span + requested - 1) / requested : 0;
    if (faults > expected + expected / 10 + 2) {
        c.ok = false;
        c.note = std::to_string(faults) + " faults for " + std::to_string(expected) + " pages of " +
                 pageSizeText(requested) +
                 ": part of the range fell back to "
                 "smaller pages";
        return c;
    }
    c.ok = true;
    if (faults != 0 && faults * 2 <= expected)
        c.note =
            "fault-around: about " + std::to_string(expected / faults) + " pages mapped per fault";
    return c;
}

} // namespace famscope::bench
