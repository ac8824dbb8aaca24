// The trailing bytes of an on-media union that the famfs tools always leave zero (unused extent
// slots, the rest of a MKDIR or ADD_DAXDEV body). A decoded log entry must keep them, so that
// encode(decode(bytes)) == bytes for any input, but holding them inline made every decoded
// entry 560 bytes, more than the log itself. Here they take one pointer, and memory of their
// own only when some byte is not zero: on damaged or hand-made entries, and in the fmap of an
// interleaved file (its strips past the second), of which only the words in use are kept.
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
    ZeroTail(const ZeroTail& other) : kept_(copyOf(other)) {}
    ZeroTail& operator=(const ZeroTail& other) {
        if (this != &other)
            kept_ = copyOf(other);
        return *this;
    }
    ZeroTail(ZeroTail&&) noexcept = default;
    ZeroTail& operator=(ZeroTail&&) noexcept = default;

    // The N bytes at p, as read from media.
    void load(const uint8_t* p) {
        const size_t used = usedLength(p);
        if (used == 0) {
            kept_.reset();
            return;
        }
        // A decoder reusing its entries (a streamed log) reuses their memory too.
        if (capacity() >= used)
            setKeptLength(used);
        else
            kept_ = allocate(used);
        copyKept(data(), p, used);
    }
    void store(uint8_t* p) const {
        const size_t used = keptLength();
        if (used > 0)
            std::memcpy(p, data(), used);
        std::memset(p + used, 0, N - used);
    }

    // Little-endian 64-bit word w, as a union of 64-bit fields is stored.
    uint64_t word(size_t w) const {
        return 8 * w + 8 <= keptLength() ? loadLE<uint64_t>(data() + 8 * w) : 0;
    }
    // Words [first, first + count) into `out`, as word() reads them. A few words, so inline:
    // the empty asm stops GCC from making the loops calls to memcpy and memset.
    void copyWords(size_t first, size_t count, uint64_t* out) const {
        const size_t kept = keptLength() / 8;
        size_t w = first;
        for (; w < first + count && w < kept; ++w) {
            asm("");
            *out++ = loadLE<uint64_t>(data() + 8 * w);
        }
        for (; w < first + count; ++w) {
            asm("");
            *out++ = 0;
        }
    }
    void setWord(size_t w, uint64_t v) {
        if (8 * w + 8 > keptLength()) {
            if (v == 0)
                return;
            grow(8 * w + 8);
        }
        storeLE<uint64_t>(data() + 8 * w, v);
    }

private:
    // The bytes kept are those up to the last one that is not zero, in whole words (at most N),
    // after their length and the room allocated (4 bytes each). An interleaved file of four
    // strips spills six words of its fmap here; kept whole, its 336 bytes made fsck of a full
    // 64 MiB log of such files take 1.5-1.6 times the CPU time and 1.6 times the memory.
    static constexpr size_t kHeader = sizeof(uint64_t);

    // memcpy(to, from, n) for the few words a tail keeps, inline: decoding calls it for every
    // interleaved file, and libc's memcpy called from here and from copyWords() took 1.5-1.7 %
    // of fsck's samples on a full log of 4-strip files. Eight bytes at a time, past an empty
    // asm that stops GCC from turning the loop back into that call.
    static void copyKept(uint8_t* to, const uint8_t* from, size_t n) {
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            asm("");
            std::memcpy(to + i, from + i, 8);
        }
        for (; i < n; ++i)
            to[i] = from[i];
    }

    static size_t usedLength(const uint8_t* p) {
        if (allZero(p, N))
            return 0;
        constexpr size_t kPart = N % 8; // a tail that is not whole words ends in part of one
        if (kPart != 0 && !allZeroPortable(p + N - kPart, kPart))
            return N;
        // Back to the last word that is not zero (there is one): 64 bytes at a time, then a
        // word at a time. An interleaved file of four strips keeps the first six words of 42,
        // and word by word from the end its 36 empty ones took a load and a branch each.
        size_t end = N - kPart;
        while (end >= 64 && allZero(p + end - 64, 64))
            end -= 64;
        while (loadLE<uint64_t>(p + end - 8) == 0)
            end -= 8;
        return end;
    }
    size_t keptLength() const { return kept_ ? loadLE<uint32_t>(kept_.get()) : 0; }
    size_t capacity() const { return kept_ ? loadLE<uint32_t>(kept_.get() + 4) : 0; }
    void setKeptLength(size_t length) {
        storeLE<uint32_t>(kept_.get(), static_cast<uint32_t>(length));
    }
    uint8_t* data() const { return kept_.get() + kHeader; }
    static std::unique_ptr<uint8_t[]> allocate(size_t length) {
        std::unique_ptr<uint8_t[]> kept(new uint8_t[kHeader + length]);
        storeLE<uint32_t>(kept.get(), static_cast<uint32_t>(length));
        storeLE<uint32_t>(kept.get() + 4, static_cast<uint32_t>(length));
        return kept;
    }
    // Keeps `length` bytes, the new ones zero.
    void grow(size_t length) {
        const size_t old = keptLength();
        auto kept = allocate(length);
        if (old > 0)
            std::memcpy(kept.get() + kHeader, data(), old);
        std::memset(kept.get() + kHeader + old, 0, length - old);
        kept_ = std::move(kept);
    }
    static std::unique_ptr<uint8_t[]> copyOf(const ZeroTail& t) {
        const size_t used = t.keptLength();
        if (used == 0)
            return nullptr;
        auto kept = allocate(used);
        std::memcpy(kept.get() + kHeader, t.data(), used);
        return kept;
    }
    std::unique_ptr<uint8_t[]> kept_; // nullptr: every byte is zero
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
    // Words [0, count) into `out`, count <= kWords, and the inline words whatever the count
    // (`out` has room for max(count, kInline)): a copy of fixed length costs less than a
    // counted loop, and a simple extent or an interleave of two strips reads no further.
    void copyPrefix(size_t count, uint64_t* out) const {
        std::memcpy(out, head_.data(), sizeof(head_));
        if (count > kInline)
            tail_.copyWords(0, count - kInline, out + kInline);
    }
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
