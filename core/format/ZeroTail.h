// The trailing bytes of an on-media union that the famfs tools always leave zero (unused extent
// slots, the rest of a MKDIR or ADD_DAXDEV body). A decoded log entry must keep them, so that
// encode(decode(bytes)) == bytes for any input, but holding them inline made every decoded
// entry 560 bytes, more than the log itself. Here they take one pointer, and memory of their
// own only when some byte is not zero: on damaged or hand-made entries.
#pragma once

#include "core/format/ByteOrder.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace famscope::famfs {

// True when the n bytes at p are all zero, a word at a time in plain C++: the reference for
// allZero(), and what it is on a CPU without SSE2.
inline bool allZeroPortable(const uint8_t* p, size_t n) {
    uint64_t any = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        any |= w;
    }
    for (; i < n; ++i)
        any |= p[i];
    return any == 0;
}

// The same, sixteen bytes at a time: every decoded entry tests its 336 unused fmap bytes, and
// GCC at -O2 does not vectorise the loop above. Decoding a full log takes 11% fewer
// instructions.
inline bool allZero(const uint8_t* p, size_t n) {
#if defined(__SSE2__)
    __m128i any = _mm_setzero_si128();
    size_t i = 0;
    // Unrolled: a load and an OR per 16 bytes, without a compare and branch after each.
#pragma GCC unroll 4
    for (; i + 16 <= n; i += 16)
        any = _mm_or_si128(any, _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
    const bool headZero = _mm_movemask_epi8(_mm_cmpeq_epi8(any, _mm_setzero_si128())) == 0xFFFF;
    return headZero && allZeroPortable(p + i, n - i);
#else
    return allZeroPortable(p, n);
#endif
}

template <size_t N> class ZeroTail {
public:
    static constexpr size_t kWireSize = N;

    ZeroTail() = default;
    ZeroTail(const ZeroTail& other) : bytes_(copyOf(other)) {}
    ZeroTail& operator=(const ZeroTail& other) {
        if (this != &other)
            bytes_ = copyOf(other);
        return *this;
    }
    ZeroTail(ZeroTail&&) noexcept = default;
    ZeroTail& operator=(ZeroTail&&) noexcept = default;

    // The N bytes at p, as read from media.
    void load(const uint8_t* p) {
        if (allZero(p, N)) {
            bytes_.reset();
            return;
        }
        if (!bytes_)
            bytes_ = std::make_unique<Bytes>();
        std::memcpy(bytes_->data(), p, N);
    }
    void store(uint8_t* p) const {
        if (bytes_)
            std::memcpy(p, bytes_->data(), N);
        else
            std::memset(p, 0, N);
    }

    // Little-endian 64-bit word w, as a union of 64-bit fields is stored.
    uint64_t word(size_t w) const { return bytes_ ? loadLE<uint64_t>(bytes_->data() + 8 * w) : 0; }
    void setWord(size_t w, uint64_t v) {
        if (!bytes_) {
            if (v == 0)
                return;
            bytes_ = std::make_unique<Bytes>(); // zeroed
        }
        storeLE<uint64_t>(bytes_->data() + 8 * w, v);
    }

private:
    using Bytes = std::array<uint8_t, N>;
    static std::unique_ptr<Bytes> copyOf(const ZeroTail& t) {
        return t.bytes_ ? std::make_unique<Bytes>(*t.bytes_) : nullptr;
    }
    std::unique_ptr<Bytes> bytes_;
};

// The 50 words of struct famfs_log_fmap's extent union (400 bytes). The first eight hold one
// simple extent, two, or an interleave of two strips; famfs's allocator writes one extent for
// every file it does not stripe. They stay in the entry; the rest is a ZeroTail.
class FmapWords {
public:
    static constexpr size_t kWords = 50;
    static constexpr size_t kInline = 8;
    static constexpr size_t kWireSize = 8 * kWords;

    size_t size() const { return kWords; }
    uint64_t operator[](size_t w) const { return w < kInline ? head_[w] : tail_.word(w - kInline); }
    void set(size_t w, uint64_t v) {
        if (w < kInline)
            head_[w] = v;
        else
            tail_.setWord(w - kInline, v);
    }

    void load(const uint8_t* p) {
        for (size_t w = 0; w < kInline; ++w)
            head_[w] = loadLE<uint64_t>(p + 8 * w);
        tail_.load(p + 8 * kInline);
    }
    void store(uint8_t* p) const {
        for (size_t w = 0; w < kInline; ++w)
            storeLE<uint64_t>(p + 8 * w, head_[w]);
        tail_.store(p + 8 * kInline);
    }

private:
    std::array<uint64_t, kInline> head_{};
    ZeroTail<8 * (kWords - kInline)> tail_;
};

} // namespace famscope::famfs
