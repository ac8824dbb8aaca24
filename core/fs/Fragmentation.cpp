#include "core/fs/Fragmentation.h"

#include "core/SaturatingMath.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdio>
#include <limits>

namespace famscope::fs {

namespace {

std::optional<double> ratio(uint64_t num, uint64_t den) {
    if (den == 0)
        return std::nullopt;
    return static_cast<double>(num) / static_cast<double>(den);
}

struct Unit {
    uint64_t bytes;
    const char* name;
};
constexpr std::array<Unit, 5> kUnits{{{uint64_t{1} << 40, "TiB"},
                                      {uint64_t{1} << 30, "GiB"},
                                      {uint64_t{1} << 20, "MiB"},
                                      {uint64_t{1} << 10, "KiB"},
                                      {1, "B"}}};

const Unit& unitFor(uint64_t bytes) {
    for (const Unit& u : kUnits)
        if (bytes >= u.bytes)
            return u;
    return kUnits.back();
}

std::string number(uint64_t bytes, const Unit& u) {
    if (bytes % u.bytes == 0)
        return std::to_string(bytes / u.bytes);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f",
                  static_cast<double>(bytes) / static_cast<double>(u.bytes));
    return buf;
}

// "[4, 8) MiB" when both ends share a unit, else "[512 MiB, 1 GiB)".
std::string rangeLabel(uint64_t lo, uint64_t hi) {
    const Unit& ul = unitFor(lo);
    const Unit& uh = unitFor(hi);
    if (ul.bytes == uh.bytes)
        return "[" + number(lo, ul) + ", " + number(hi, uh) + ") " + ul.name;
    return "[" + binarySizeLabel(lo) + ", " + binarySizeLabel(hi) + ")";
}

} // namespace

std::string binarySizeLabel(uint64_t bytes) {
    const Unit& u = unitFor(bytes);
    return number(bytes, u) + " " + u.name;
}

double Fragmentation::freeSpaceOutsideLargestRun() const {
    if (freeAus == 0)
        return 0.0;
    return static_cast<double>(freeAus - largestFreeRunAus) / static_cast<double>(freeAus);
}

Fragmentation analyzeFragmentation(const AllocationMap& map) {
    Fragmentation f;
    f.allocUnit = map.allocUnit;
    for (const OwnerRun& r : map.runs) {
        if (r.owner != kOwnerFree || r.auCount == 0)
            continue;
        ++f.freeRuns;
        f.freeAus += r.auCount;
        if (r.auCount > f.largestFreeRunAus) {
            f.largestFreeRunAus = r.auCount;
            f.largestFreeRunOffset = satMul(r.firstAu, map.allocUnit);
        }
        const auto k = static_cast<size_t>(std::bit_width(r.auCount) - 1);
        if (f.histogram.size() <= k)
            f.histogram.resize(k + 1);
        ++f.histogram[k].runs;
        f.histogram[k].freeAus += r.auCount;
    }
    for (size_t k = 0; k < f.histogram.size(); ++k) {
        FreeRunBucket& b = f.histogram[k];
        b.minAus = uint64_t{1} << k;
        b.maxAus = k == 63 ? std::numeric_limits<uint64_t>::max() : (uint64_t{1} << (k + 1)) - 1;
        b.label =
            rangeLabel(satMul(b.minAus, map.allocUnit), satMul(b.minAus, satMul(2, map.allocUnit)));
    }
    f.freeBytes = satMul(f.freeAus, map.allocUnit);

    const uint64_t fileAus = map.allocatedAus - std::min(map.metadataAus, map.allocatedAus);
    f.metadataBytes = satMul(map.metadataAus, map.allocUnit);
    f.fileAllocatedBytes = satMul(fileAus, map.allocUnit);
    f.sumOfFileSizes = map.sumOfFileSizes;
    f.spaceAmplification = ratio(map.allocatedBytes(), map.sumOfFileSizes);
    f.fileAmplification = ratio(f.fileAllocatedBytes, map.sumOfFileSizes);
    return f;
}

} // namespace famscope::fs
