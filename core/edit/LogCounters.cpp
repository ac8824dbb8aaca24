#include "core/edit/LogCounters.h"

#include "core/format/ByteOrder.h"
#include "core/format/Constants.h"

#include <cstring>

#if defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace famscope::edit {

Status storeLogCounters(media::Media& media, uint64_t count) {
    auto counters = media.map(famfs::kLogOffset + 32, 16, media::Access::ReadWrite);
    if (!counters)
        return Error{counters.error()};
    uint8_t next[16];
    famfs::store64(next, count);
    famfs::store64(next + 8, count);
#if defined(__x86_64__)
    // One 16-byte SSE store: the two counters change together or not at all.
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(next));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(counters->writableData()), v);
#else
    std::memcpy(counters->writableData(), next, 16);
#endif
    return media.flush(famfs::kLogOffset + 32, 16);
}

} // namespace famscope::edit
