// The inner loops of pattern verify and write on plain memory. A long span is cut into
// kPatternLanes equal blocks; each block's generator starts where the sequential stream would
// be (jumped ahead), and the blocks are stepped together so the independent xoroshiro chains
// overlap in the CPU (and in SIMD registers where the compiler manages). The result is
// identical to walking the stream word by word, which the tests check.
#pragma once

#include "core/edit/Prng.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace famscope::edit {

// Three sets of eight lanes: one set fills a SIMD register (AVX-512) and its step is a chain
// of dependent instructions (about 7 cycles on AMD Zen 5); independent sets let the CPU run
// one set's chain while the others wait. Two sets leave the compare loop bound by that chain
// (25 GiB/s on data in cache), three let it run at 30; four would run at 32 but read 32
// streams at once, which cost more in memory than they save.
inline constexpr unsigned kLaneSets = 3;
inline constexpr unsigned kPatternLanes = 8 * kLaneSets;

// Words per lane for a span of nwords, or 0 when the span is too short for lanes. The lanes
// cover the first kPatternLanes * that words; the rest is walked after them.
uint64_t patternWordsPerLane(uint64_t nwords);

// Compares nwords 4-byte words at p with the stream at `prng`. Returns the index of the first
// mismatching word, or nwords when all match. `prng` is left nwords ahead only on success.
uint64_t firstMismatchWord(const uint8_t* p, uint64_t nwords, FamfsPrng& prng);

// The lane loop alone, over the kPatternLanes * patternWordsPerLane(nwords) words the lanes
// cover: true when they all match. For tests: a loop that saw mismatches where there are none
// would still give right answers through the word-by-word fallback, only slower.
bool patternLanesMatch(const uint8_t* p, uint64_t nwords, const FamfsPrng& prng);

// Which compare loop runs: the best the CPU has (Auto), or one forced so that a host with
// AVX-512 can run the loops other hosts run, and tests cover every implementation. A loop is
// forced by forcePatternIsa() or, when that is Auto, by the environment variable
// FAMSCOPE_SIMD=scalar|avx2|avx512|auto (read at every call, so tests may change it; an
// unknown value means auto). Forcing one the CPU lacks falls back to Portable.
enum class PatternIsa { Auto, Portable, Avx2, Avx512 };
void forcePatternIsa(PatternIsa isa);
bool patternIsaAvailable(PatternIsa isa);
std::optional<PatternIsa> patternIsaNamed(std::string_view name); // "scalar", "avx2", ...
const char* patternIsaName(PatternIsa isa);                       // "scalar", "avx2", ...
PatternIsa activePatternIsa(); // the loop firstMismatchWord uses now (never Auto)

// Writes nwords pattern words to p and leaves `prng` nwords ahead.
void fillWords(uint8_t* p, uint64_t nwords, FamfsPrng& prng);

} // namespace famscope::edit
