#include "core/edit/Prng.h"

#include <cstring>
#include <vector>

namespace famscope::edit {

namespace {

uint64_t splitMix(uint64_t& x) {
    x += 0x9E3779B97F4A7C15ULL;
    uint64_t z = x;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

bool bit(const JumpPoly& p, unsigned i) {
    return (p.bits[i / 64] >> (i % 64)) & 1U;
}

// p * x mod P, P = x^128 + low.
JumpPoly timesX(const JumpPoly& p, const JumpPoly& low) {
    const bool carry = (p.bits[1] >> 63) & 1U;
    JumpPoly r;
    r.bits[1] = (p.bits[1] << 1) | (p.bits[0] >> 63);
    r.bits[0] = p.bits[0] << 1;
    if (carry) {
        r.bits[0] ^= low.bits[0];
        r.bits[1] ^= low.bits[1];
    }
    return r;
}

// a * b mod P by Horner's rule over the bits of b, highest first.
JumpPoly mulMod(const JumpPoly& a, const JumpPoly& b, const JumpPoly& low) {
    JumpPoly r;
    for (unsigned i = 128; i-- > 0;) {
        r = timesX(r, low);
        if (bit(b, i)) {
            r.bits[0] ^= a.bits[0];
            r.bits[1] ^= a.bits[1];
        }
    }
    return r;
}

// Berlekamp-Massey over GF(2): the shortest LFSR producing `s`. For a full-period generator
// every nonzero output bit sequence has the characteristic polynomial of T as its minimal
// polynomial, so 256 bits of one state bit suffice to recover it.
JumpPoly findCharacteristic() {
    constexpr size_t n = 256;
    std::vector<uint8_t> s(n);
    FamfsPrng g(1);
    for (size_t i = 0; i < n; ++i) {
        s[i] = static_cast<uint8_t>(g.s0() & 1U);
        g.step();
    }
    std::vector<uint8_t> c(n + 1, 0), b(n + 1, 0), t;
    c[0] = b[0] = 1;
    size_t l = 0;
    size_t m = 1;
    for (size_t i = 0; i < n; ++i) {
        uint8_t d = s[i];
        for (size_t j = 1; j <= l; ++j)
            d ^= static_cast<uint8_t>(c[j] & s[i - j]);
        if (d == 0) {
            ++m;
        } else if (2 * l <= i) {
            t = c;
            for (size_t j = 0; j + m <= n; ++j)
                c[j + m] ^= b[j];
            l = i + 1 - l;
            b = t;
            m = 1;
        } else {
            for (size_t j = 0; j + m <= n; ++j)
                c[j + m] ^= b[j];
            ++m;
        }
    }
    // The connection polynomial C(x) = sum c_j x^j relates to the characteristic polynomial
    // by reversal: P(x) = x^l C(1/x), so the coefficient of x^k in P is c[l - k].
    JumpPoly low;
    if (l != 128)
        return low; // cannot happen for this generator; jump() then degrades to stepping
    for (unsigned k = 0; k < 128; ++k)
        if (c[128 - k])
            low.bits[k / 64] |= uint64_t{1} << (k % 64);
    return low;
}

} // namespace

FamfsPrng::FamfsPrng(uint64_t seed) {
    uint64_t x = seed & 0xffffffffULL;
    s0_ = splitMix(x);
    s1_ = splitMix(x);
}

JumpPoly FamfsPrng::characteristic() {
    static const JumpPoly low = findCharacteristic();
    return low;
}

JumpPoly FamfsPrng::jumpPolynomial(uint64_t n) {
    const JumpPoly low = characteristic();
    JumpPoly result;
    result.bits[0] = 1; // x^0
    JumpPoly power;
    power.bits[0] = 2; // x^1
    while (n != 0) {
        if (n & 1U)
            result = mulMod(result, power, low);
        n >>= 1;
        if (n != 0)
            power = mulMod(power, power, low);
    }
    return result;
}

void FamfsPrng::jump(const JumpPoly& poly) {
    // T^n = sum_i poly_i T^i (Cayley-Hamilton), applied to the state.
    uint64_t a0 = 0;
    uint64_t a1 = 0;
    FamfsPrng walker = *this;
    for (unsigned i = 0; i < 128; ++i) {
        if (bit(poly, i)) {
            a0 ^= walker.s0_;
            a1 ^= walker.s1_;
        }
        walker.step();
    }
    s0_ = a0;
    s1_ = a1;
}

void FamfsPrng::jump(uint64_t n) {
    if (n < 256) { // cheaper to walk than to build the polynomial
        for (uint64_t i = 0; i < n; ++i)
            step();
        return;
    }
    jump(jumpPolynomial(n));
}

void FamfsPrng::fill(uint8_t* out, size_t len) {
    size_t i = 0;
    for (; i + 4 <= len; i += 4) {
        const uint32_t w = nextWord();
        std::memcpy(out + i, &w, 4); // little endian on the only target famfs supports
    }
    if (i < len) {
        const uint32_t w = nextWord();
        for (size_t k = 0; i < len; ++i, ++k)
            out[i] = static_cast<uint8_t>(w >> (8 * k));
    }
}

} // namespace famscope::edit
