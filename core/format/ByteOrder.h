// Little-endian field access on byte buffers whose size the caller has already checked.
// famfs writes its structs with plain stores on x86_64, so every integer is little-endian.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace famscope::famfs {

template <class T> inline T loadLE(const uint8_t* p) {
    if constexpr (std::endian::native == std::endian::little) {
        T v; // famfs's own byte order: a plain (unaligned-safe) copy
        std::memcpy(&v, p, sizeof v);
        return v;
    }
    T v = 0;
    for (size_t i = 0; i < sizeof(T); ++i)
        v = static_cast<T>(v | static_cast<T>(static_cast<T>(p[i]) << (8 * i)));
    return v;
}

template <class T> inline void storeLE(uint8_t* p, T v) {
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(p, &v, sizeof v);
        return;
    }
    for (size_t i = 0; i < sizeof(T); ++i)
        p[i] = static_cast<uint8_t>(static_cast<uint64_t>(v) >> (8 * i));
}

inline uint64_t load64(const uint8_t* p) {
    return loadLE<uint64_t>(p);
}
inline uint32_t load32(const uint8_t* p) {
    return loadLE<uint32_t>(p);
}
inline void store64(uint8_t* p, uint64_t v) {
    storeLE<uint64_t>(p, v);
}
inline void store32(uint8_t* p, uint32_t v) {
    storeLE<uint32_t>(p, v);
}

} // namespace famscope::famfs
