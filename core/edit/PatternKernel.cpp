#include "core/edit/PatternKernel.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace famscope::edit {

namespace {

// Below this many words per lane the jump set-up costs more than the lanes save.
constexpr uint64_t kMinLaneWords = 4096;
// Lanes check for a mismatch this often, so a wrong seed is found without a full scan.
constexpr uint64_t kCheckEvery = 8192;

inline uint32_t load32(const uint8_t* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

uint64_t sequentialMismatch(const uint8_t* p, uint64_t nwords, FamfsPrng& prng) {
    FamfsPrng g = prng;
    for (uint64_t i = 0; i < nwords; ++i)
        if (load32(p + 4 * i) != g.nextWord())
            return i;
    prng = g;
    return nwords;
}

struct Lanes {
    uint64_t s0[kPatternLanes];
    uint64_t s1[kPatternLanes];

    Lanes(const FamfsPrng& start, uint64_t wordsPerLane) {
        const JumpPoly poly = FamfsPrng::jumpPolynomial(wordsPerLane);
        FamfsPrng g = start;
        for (unsigned k = 0; k < kPatternLanes; ++k) {
            s0[k] = g.s0();
            s1[k] = g.s1();
            g.jump(poly);
        }
    }
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    // One output of every lane, then one step of every lane.
    void next(uint32_t* out) {
        for (unsigned k = 0; k < kPatternLanes; ++k) {
            out[k] = static_cast<uint32_t>(s0[k] + s1[k]);
            const uint64_t t = s1[k] ^ s0[k];
            s0[k] = rotl(s0[k], 55) ^ t ^ (t << 14);
            s1[k] = rotl(t, 36);
        }
    }
    FamfsPrng lane(unsigned k) const { return {s0[k], s1[k]}; }
};

#if defined(__x86_64__)
template <int K> __attribute__((target("avx2"))) inline __m256i rotlAvx2(__m256i x) {
    return _mm256_or_si256(_mm256_slli_epi64(x, K), _mm256_srli_epi64(x, 64 - K));
}

__attribute__((target("avx2"))) inline void stepAvx2(__m256i& s0, __m256i& s1) {
    const __m256i t = _mm256_xor_si256(s1, s0);
    s0 = _mm256_xor_si256(_mm256_xor_si256(rotlAvx2<55>(s0), t), _mm256_slli_epi64(t, 14));
    s1 = rotlAvx2<36>(t);
}

// Transposes an 8x8 matrix of 32-bit words held in eight rows.
__attribute__((target("avx2"), always_inline)) inline void transpose8x8(__m256i r[8]) {
    __m256i a[8], b[8];
#pragma GCC unroll 8
    for (int i = 0; i < 8; i += 2) {
        a[i] = _mm256_unpacklo_epi32(r[i], r[i + 1]);
        a[i + 1] = _mm256_unpackhi_epi32(r[i], r[i + 1]);
    }
#pragma GCC unroll 8
    for (int i = 0; i < 8; i += 4) {
        b[i] = _mm256_unpacklo_epi64(a[i], a[i + 2]);
        b[i + 1] = _mm256_unpackhi_epi64(a[i], a[i + 2]);
        b[i + 2] = _mm256_unpacklo_epi64(a[i + 1], a[i + 3]);
        b[i + 3] = _mm256_unpackhi_epi64(a[i + 1], a[i + 3]);
    }
#pragma GCC unroll 8
    for (int i = 0; i < 4; ++i) {
        r[i] = _mm256_permute2x128_si256(b[i], b[i + 4], 0x20);
        r[i + 4] = _mm256_permute2x128_si256(b[i], b[i + 4], 0x31);
    }
}

// Compares eight steps of one set of eight lanes: expect[s] holds word j+s of every lane, q
// is word j of the set's first lane, lanes perLane words apart. Reading eight consecutive
// words of each lane with one load and transposing the expected words is far cheaper than
// gathering one word of each lane per step (64 scalar loads and inserts per 64 words).
__attribute__((target("avx2"), always_inline)) inline void
compareEightSteps(const uint8_t* q, uint64_t perLane, __m256i expect[8], __m256i& diff) {
    transpose8x8(expect); // expect[k]: words j..j+7 of lane k
#pragma GCC unroll 8
    for (unsigned k = 0; k < 8; ++k) {
        const __m256i got =
            _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 4 * k * perLane));
        diff = _mm256_or_si256(diff, _mm256_xor_si256(got, expect[k]));
    }
}

__attribute__((target("avx2"), always_inline)) inline __m256i loadState(const uint64_t* s) {
    return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s));
}

// One set of eight lanes held in two AVX2 registers of four 64-bit states each: returns the
// set's next word of each lane and steps the lanes.
__attribute__((target("avx2"), always_inline)) inline __m256i
setStepAvx2(__m256i& s0a, __m256i& s1a, __m256i& s0b, __m256i& s1b) {
    const __m256i lowWords = _mm256_setr_epi32(0, 2, 4, 6, 1, 3, 5, 7);
    const __m256i ra = _mm256_permutevar8x32_epi32(_mm256_add_epi64(s0a, s1a), lowWords);
    const __m256i rb = _mm256_permutevar8x32_epi32(_mm256_add_epi64(s0b, s1b), lowWords);
    stepAvx2(s0a, s1a);
    stepAvx2(s0b, s1b);
    return _mm256_permute2x128_si256(ra, rb, 0x20);
}

// One or two sets of eight lanes (from `firstLane` on), each in its own registers (written
// out: in arrays the compiler keeps the states in memory, three times slower), eight steps
// at a time. Returns false on a mismatch. AVX2 has sixteen registers, two sets' worth.
template <unsigned Sets>
__attribute__((target("avx2"))) bool setsMatchAvx2(const uint8_t* p, uint64_t perLane, Lanes& lanes,
                                                   unsigned firstLane) {
    static_assert(Sets == 1 || Sets == 2);
    uint64_t* const s0 = lanes.s0 + firstLane;
    uint64_t* const s1 = lanes.s1 + firstLane;
    // aN: s0 of lanes 4N..4N+3 of these sets, bN: their s1.
    __m256i a0 = loadState(s0), a1 = loadState(s0 + 4), b0 = loadState(s1), b1 = loadState(s1 + 4);
    __m256i a2, a3, b2, b3;
    if constexpr (Sets == 2) {
        a2 = loadState(s0 + 8), a3 = loadState(s0 + 12);
        b2 = loadState(s1 + 8), b3 = loadState(s1 + 12);
    }
    __m256i diffFirst = _mm256_setzero_si256(), diffSecond = _mm256_setzero_si256();
    const uint8_t* first = p + 4 * firstLane * perLane;
    const uint8_t* second = first + 4 * 8 * perLane;
    for (uint64_t j = 0; j < perLane;) {
        const uint64_t end = j + kCheckEvery < perLane ? j + kCheckEvery : perLane;
        for (; j < end; j += 8) {
            __m256i rowsFirst[8], rowsSecond[8];
#pragma GCC unroll 8
            for (unsigned s = 0; s < 8; ++s) {
                rowsFirst[s] = setStepAvx2(a0, b0, a1, b1);
                if constexpr (Sets == 2)
                    rowsSecond[s] = setStepAvx2(a2, b2, a3, b3);
            }
            compareEightSteps(first + 4 * j, perLane, rowsFirst, diffFirst);
            if constexpr (Sets == 2)
                compareEightSteps(second + 4 * j, perLane, rowsSecond, diffSecond);
        }
        const __m256i diff = _mm256_or_si256(diffFirst, diffSecond);
        if (!_mm256_testz_si256(diff, diff))
            return false;
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(s0), a0);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(s0 + 4), a1);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(s1), b0);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(s1 + 4), b1);
    if constexpr (Sets == 2) {
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(s0 + 8), a2);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(s0 + 12), a3);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(s1 + 8), b2);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(s1 + 12), b3);
    }
    return true;
}

// The three sets: the first two together, then the third (the lanes are independent).
__attribute__((target("avx2"))) bool lanesMatchAvx2(const uint8_t* p, uint64_t perLane,
                                                    Lanes& lanes) {
    static_assert(kLaneSets == 3);
    return setsMatchAvx2<2>(p, perLane, lanes, 0) && setsMatchAvx2<1>(p, perLane, lanes, 16);
}

// The same with AVX-512: one register holds a set's eight lanes, rotates and the three-way
// XOR are single instructions. (GCC 12's AVX-512 headers trip -Wmaybe-uninitialized, GCC bug
// 105593, hence the pragma.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
__attribute__((target("avx512f,avx512vl"), always_inline)) inline __m256i
setStepAvx512(__m512i& s0, __m512i& s1) {
    const __m256i expect = _mm512_cvtepi64_epi32(_mm512_add_epi64(s0, s1));
    const __m512i t = _mm512_xor_si512(s1, s0);
    // 0x96: a ^ b ^ c
    s0 = _mm512_ternarylogic_epi64(_mm512_rol_epi64(s0, 55), t, _mm512_slli_epi64(t, 14), 0x96);
    s1 = _mm512_rol_epi64(t, 36);
    return expect;
}

// Every set in its own registers (32 of them), eight steps at a time.
__attribute__((target("avx512f,avx512vl"))) bool lanesMatchAvx512(const uint8_t* p,
                                                                  uint64_t perLane, Lanes& lanes) {
    __m512i s0[kLaneSets], s1[kLaneSets];
    __m256i diff[kLaneSets];
#pragma GCC unroll 8
    for (unsigned k = 0; k < kLaneSets; ++k) {
        s0[k] = _mm512_loadu_si512(lanes.s0 + 8 * k);
        s1[k] = _mm512_loadu_si512(lanes.s1 + 8 * k);
        diff[k] = _mm256_setzero_si256();
    }
    for (uint64_t j = 0; j < perLane;) {
        const uint64_t end = j + kCheckEvery < perLane ? j + kCheckEvery : perLane;
        for (; j < end; j += 8) {
            __m256i rows[kLaneSets][8];
#pragma GCC unroll 8
            for (unsigned s = 0; s < 8; ++s)
#pragma GCC unroll 8
                for (unsigned k = 0; k < kLaneSets; ++k)
                    rows[k][s] = setStepAvx512(s0[k], s1[k]);
#pragma GCC unroll 8
            for (unsigned k = 0; k < kLaneSets; ++k)
                compareEightSteps(p + 4 * (8 * k * perLane + j), perLane, rows[k], diff[k]);
        }
        __m256i any = diff[0];
#pragma GCC unroll 8
        for (unsigned k = 1; k < kLaneSets; ++k)
            any = _mm256_or_si256(any, diff[k]);
        if (!_mm256_testz_si256(any, any))
            return false;
    }
#pragma GCC unroll 8
    for (unsigned k = 0; k < kLaneSets; ++k) {
        _mm512_storeu_si512(lanes.s0 + 8 * k, s0[k]);
        _mm512_storeu_si512(lanes.s1 + 8 * k, s1[k]);
    }
    return true;
}

#pragma GCC diagnostic pop

bool haveAvx512() {
    static const bool yes = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl");
    return yes;
}

bool haveAvx2() {
    static const bool yes = __builtin_cpu_supports("avx2");
    return yes;
}
#endif

std::atomic<PatternIsa> forcedIsa{PatternIsa::Auto};

PatternIsa requestedIsa() {
    const PatternIsa forced = forcedIsa.load(std::memory_order_relaxed);
    if (forced != PatternIsa::Auto)
        return forced;
    const char* env = std::getenv("FAMSCOPE_SIMD");
    return env ? patternIsaNamed(env).value_or(PatternIsa::Auto) : PatternIsa::Auto;
}

// Returns false on a mismatch.
bool lanesMatch(const uint8_t* p, uint64_t perLane, Lanes& lanes) {
#if defined(__x86_64__)
    switch (activePatternIsa()) {
    case PatternIsa::Avx512:
        return lanesMatchAvx512(p, perLane, lanes);
    case PatternIsa::Avx2:
        return lanesMatchAvx2(p, perLane, lanes);
    default:
        break;
    }
#endif
    uint32_t diff[kPatternLanes] = {};
    uint32_t expect[kPatternLanes];
    for (uint64_t j = 0; j < perLane;) {
        const uint64_t end = j + kCheckEvery < perLane ? j + kCheckEvery : perLane;
        for (; j < end; ++j) {
            lanes.next(expect);
            for (unsigned k = 0; k < kPatternLanes; ++k)
                diff[k] |= load32(p + 4 * (k * perLane + j)) ^ expect[k];
        }
        uint32_t any = 0;
        for (unsigned k = 0; k < kPatternLanes; ++k)
            any |= diff[k];
        if (any != 0)
            return false;
    }
    return true;
}

} // namespace

void forcePatternIsa(PatternIsa isa) {
    forcedIsa.store(isa);
}

bool patternIsaAvailable(PatternIsa isa) {
    switch (isa) {
    case PatternIsa::Auto:
    case PatternIsa::Portable:
        return true;
#if defined(__x86_64__)
    case PatternIsa::Avx2:
        return haveAvx2();
    case PatternIsa::Avx512:
        return haveAvx512();
#else
    default:
        return false;
#endif
    }
    return false;
}

std::optional<PatternIsa> patternIsaNamed(std::string_view name) {
    if (name == "auto")
        return PatternIsa::Auto;
    if (name == "scalar" || name == "portable")
        return PatternIsa::Portable;
    if (name == "avx2")
        return PatternIsa::Avx2;
    if (name == "avx512")
        return PatternIsa::Avx512;
    return std::nullopt;
}

const char* patternIsaName(PatternIsa isa) {
    switch (isa) {
    case PatternIsa::Auto:
        return "auto";
    case PatternIsa::Portable:
        return "scalar";
    case PatternIsa::Avx2:
        return "avx2";
    case PatternIsa::Avx512:
        return "avx512";
    }
    return "auto";
}

PatternIsa activePatternIsa() {
    const PatternIsa isa = requestedIsa();
    if (isa == PatternIsa::Auto) {
        if (patternIsaAvailable(PatternIsa::Avx512))
            return PatternIsa::Avx512;
        if (patternIsaAvailable(PatternIsa::Avx2))
            return PatternIsa::Avx2;
        return PatternIsa::Portable;
    }
    return patternIsaAvailable(isa) ? isa : PatternIsa::Portable;
}

uint64_t patternWordsPerLane(uint64_t nwords) {
    const uint64_t even = nwords / kPatternLanes;
    if (even < kMinLaneWords)
        return 0;
    // Lanes a multiple of 4 KiB apart would all fall in the same L1 cache set, and sixteen
    // or more streams there exceed its ways: every load would miss (verify ran at half speed).
    // Lanes an odd number of cache lines apart fall in kPatternLanes different sets (an odd
    // stride visits every one of the 64 line slots of 4 KiB before repeating). Whole lines
    // also keep the SIMD loops' eight-word groups inside one line. The words this leaves
    // after the last lane (< 32 words per lane, 3 KiB) are walked on one generator.
    constexpr uint64_t kLineWords = 64 / 4;
    uint64_t lines = even / kLineWords;
    if (lines % 2 == 0)
        --lines;
    return lines * kLineWords;
}

uint64_t firstMismatchWord(const uint8_t* p, uint64_t nwords, FamfsPrng& prng) {
    const uint64_t perLane = patternWordsPerLane(nwords);
    if (perLane == 0)
        return sequentialMismatch(p, nwords, prng);
    Lanes lanes(prng, perLane);
    if (!lanesMatch(p, perLane, lanes)) // rare: find the exact word the slow, obvious way
        return sequentialMismatch(p, nwords, prng);
    // The last lane stopped exactly at word kPatternLanes * perLane; finish from there.
    FamfsPrng tail = lanes.lane(kPatternLanes - 1);
    const uint64_t done = kPatternLanes * perLane;
    const uint64_t rest = sequentialMismatch(p + 4 * done, nwords - done, tail);
    if (rest != nwords - done)
        return sequentialMismatch(p, nwords, prng);
    prng = tail;
    return nwords;
}

bool patternLanesMatch(const uint8_t* p, uint64_t nwords, const FamfsPrng& prng) {
    const uint64_t perLane = patternWordsPerLane(nwords);
    if (perLane == 0)
        return true;
    Lanes lanes(prng, perLane);
    return lanesMatch(p, perLane, lanes);
}

void fillWords(uint8_t* p, uint64_t nwords, FamfsPrng& prng) {
    const uint64_t perLane = patternWordsPerLane(nwords);
    if (perLane == 0) {
        prng.fill(p, 4 * nwords);
        return;
    }
    // The lanes below write kPatternLanes places at once, so fresh pages (page cache of an
    // image file, anonymous memory) would be allocated interleaved, in lane order, and reading
    // them back in file order was about 30 % slower (bench_verify --image). Touch every page
    // in file order first, keeping its bytes.
    for (uint64_t off = 0; off < 4 * nwords; off += 4096) {
        volatile uint8_t* byte = p + off;
        *byte = *byte;
    }
    Lanes lanes(prng, perLane);
    uint32_t words[kPatternLanes];
    for (uint64_t j = 0; j < perLane; ++j) {
        lanes.next(words);
        for (unsigned k = 0; k < kPatternLanes; ++k)
            std::memcpy(p + 4 * (k * perLane + j), &words[k], 4);
    }
    FamfsPrng tail = lanes.lane(kPatternLanes - 1);
    const uint64_t done = kPatternLanes * perLane;
    tail.fill(p + 4 * done, 4 * (nwords - done));
    prng = tail;
}

} // namespace famscope::edit
