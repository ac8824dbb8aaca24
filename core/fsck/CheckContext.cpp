#include "core/fsck/CheckContext.h"

#include "core/format/Constants.h"

#include <limits>

namespace famscope::fsck {

uint64_t entryFieldOffset(uint64_t index, uint64_t fieldOffset) {
    using namespace famfs;
    constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();
    const uint64_t base = kLogOffset + kLogHeaderSize + fieldOffset;
    if (index > (kMax - base) / kLogEntrySize)
        return kMax;
    return base + index * kLogEntrySize;
}

Location entryLocation(uint64_t index, std::string path, const char* field, uint64_t fieldOffset) {
    Location l;
    l.area = Location::Area::Entry;
    l.entry = index;
    l.path = std::move(path);
    l.field = field;
    l.offset = entryFieldOffset(index, fieldOffset);
    return l;
}

} // namespace famscope::fsck
