#include "core/format/PlainPath.h"

#include "core/format/ByteOrder.h"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace famscope::famfs {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101;
constexpr uint64_t kHigh = 0x8080808080808080;
constexpr uint64_t kLow7 = 0x7f7f7f7f7f7f7f7f;

// Bit 7 of each byte of `w` that is below `limit` (at most 0x80), and of no other: the sum of the
// low seven bits and 0x80 - limit stays within its byte, so nothing carries into a neighbour.
constexpr uint64_t bytesBelow(uint64_t w, uint64_t limit) {
    return ~(((w & kLow7) + kOnes * (0x80 - limit)) | w) & kHigh;
}
constexpr uint64_t bytesEqual(uint64_t w, uint64_t c) {
    return bytesBelow(w ^ (kOnes * c), 1);
}

} // namespace

// Control bytes are C0, DEL, and 0xC2 (which starts a C1 control); empty components a leading
// or trailing '/', or "//". Word k holds bytes 8k..8k+7, byte i in bits 8i..8i+7 whatever the
// host's byte order; a byte's flag is its bit 7.
size_t plainPathLengthPortable(const PathField& field) {
    static_assert(kMaxPathLen % 8 == 0);
    uint64_t slashBefore = 0x80; // byte 0 starts a component, as if after a '/'
    for (size_t k = 0; k < kMaxPathLen / 8; ++k) {
        const uint64_t w = loadLE<uint64_t>(field.data() + 8 * k);
        const uint64_t nul = bytesEqual(w, 0);
        const unsigned nulAt = nul ? static_cast<unsigned>(std::countr_zero(nul)) / 8 : 8;
        const uint64_t inPath = nulAt == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * nulAt)) - 1;
        const uint64_t control = bytesBelow(w, 0x20) | bytesEqual(w, 0x7f) | bytesEqual(w, 0xc2);
        const uint64_t slash = bytesEqual(w, '/') & inPath;
        const uint64_t componentStart = (slash << 8) | slashBefore;
        if ((control & inPath) || ((slash | bytesEqual(w, '.')) & inPath & componentStart))
            return 0;
        if (nulAt < 8) {
            const size_t length = 8 * k + nulAt;
            const bool endsInSlash = nulAt > 0 ? (slash >> (8 * nulAt - 8)) & 0x80 : slashBefore;
            return length == 0 || endsInSlash ? 0 : length;
        }
        slashBefore = slash >> 56;
    }
    return 0; // no NUL
}

#if defined(__SSE2__)
// The same rules as plainPathLengthPortable(), sixteen bytes at a time with SSE2 (part of every
// x86-64 CPU): a byte's flag is bit i of a 16-bit mask. Less than half the portable version's
// instructions on the paths of a full log.
size_t plainPathLength(const PathField& field) {
    static_assert(kMaxPathLen % 16 == 0);
    const __m128i lastC0 = _mm_set1_epi8(0x1f); // the highest C0 control
    uint32_t slashBefore = 1;                   // byte 0 starts a component, as if after a '/'
    for (size_t k = 0; k < kMaxPathLen / 16; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(field.data() + 16 * k));
        auto bytesEqual = [&v](char c) {
            return static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
        };
        const uint32_t nul = bytesEqual(0);
        const unsigned nulAt = nul ? static_cast<unsigned>(std::countr_zero(nul)) : 16;
        const uint32_t inPath = (uint32_t{1} << nulAt) - 1;
        const uint32_t below20 = static_cast<uint32_t>(
            _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, lastC0), lastC0)));
        const uint32_t control = below20 | bytesEqual(0x7f) | bytesEqual(static_cast<char>(0xc2));
        const uint32_t slash = bytesEqual('/') & inPath;
        const uint32_t componentStart = (slash << 1) | slashBefore;
        if ((control & inPath) || ((slash | bytesEqual('.')) & inPath & componentStart))
            return 0;
        if (nulAt < 16) {
            const size_t length = 16 * k + nulAt;
            const bool endsInSlash = nulAt > 0 ? (slash >> (nulAt - 1)) & 1 : slashBefore;
            return length == 0 || endsInSlash ? 0 : length;
        }
        slashBefore = slash >> 15;
    }
    return 0; // no NUL
}
#else
size_t plainPathLength(const PathField& field) {
    return plainPathLengthPortable(field);
}
#endif

} // namespace famscope::famfs
