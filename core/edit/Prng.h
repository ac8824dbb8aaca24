// The famfs test-data PRNG (testlib randomize_buffer, famfs-format.md section 6.5): the seed is
// truncated to 32 bits, SplitMix64 twice gives the state, xoroshiro128+ with rotations
// (55, 14, 36) gives the stream, and each output contributes its low 32 bits, little endian.
//
// The generator is a linear map T on GF(2)^128, so T^n is a polynomial in T of degree < 128:
// x^n mod P(x), P the characteristic polynomial of T (found once by Berlekamp-Massey). That
// makes jump(n) cost O(log n) polynomial products plus 128 steps, which lets verify and the
// pattern writer split one file's stream across threads and SIMD-style lanes.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace famscope::edit {

// A polynomial over GF(2) of degree < 128: bit i of the pair is the coefficient of x^i.
struct JumpPoly {
    std::array<uint64_t, 2> bits{};
    bool operator==(const JumpPoly&) const = default;
};

class FamfsPrng {
public:
    // famfs's seeding: seed & 0xffffffff, then SplitMix64 twice. (famfs replaces a seed that
    // truncates to 0 by a clock-derived one; here 0 is just another seed.)
    explicit FamfsPrng(uint64_t seed);
    FamfsPrng(uint64_t s0, uint64_t s1) : s0_(s0), s1_(s1) {}

    uint64_t next() {
        const uint64_t r = s0_ + s1_;
        step();
        return r;
    }
    uint32_t nextWord() { return static_cast<uint32_t>(next()); } // one 4-byte pattern word

    void step() {
        uint64_t s1 = s1_;
        s1 ^= s0_;
        s0_ = rotl(s0_, 55) ^ s1 ^ (s1 << 14);
        s1_ = rotl(s1, 36);
    }

    // Advance as if next() had been called n times.
    void jump(uint64_t n);
    // Advance by the polynomial x^n mod P computed once with jumpPolynomial(n).
    void jump(const JumpPoly& poly);
    // x^n mod P: reusable for many jumps of the same distance.
    static JumpPoly jumpPolynomial(uint64_t n);
    // The characteristic polynomial's low 128 coefficients (x^128 is implied).
    static JumpPoly characteristic();

    // Writes the next len bytes of the pattern stream (4 bytes per output; a 1..3 byte tail
    // takes the low bytes of one more output, which is then consumed).
    void fill(uint8_t* out, size_t len);

    uint64_t s0() const { return s0_; }
    uint64_t s1() const { return s1_; }
    bool operator==(const FamfsPrng&) const = default;

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t s0_;
    uint64_t s1_;
};

} // namespace famscope::edit
