// One table per on-media structure, in the order of the C struct: each row is a field's name
// as famfs spells it, its byte offset and the member it decodes into. decodeFields, encodeFields
// and fieldSpans all read the same rows, so an offset is written once (as xfs_db derives its
// field tables from the structures). The width of a field is the size of its member: 8 for
// uint64_t, 4 for uint32_t, 16 for a Uuid, N for std::array<uint8_t, N>, 8N for
// std::array<uint64_t, N> (little-endian words, as a union of 64-bit fields is stored), and
// kWireSize for a member that codes itself (ZeroTail.h).
#pragma once

#include "core/format/ByteOrder.h"
#include "core/format/FieldValues.h"
#include "core/format/Superblock.h" // FieldSpan
#include "core/format/Uuid.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <tuple>

namespace famscope::famfs::fieldtable {

template <class S, class T> struct Field {
    const char* name;
    uint32_t offset;
    T S::*member;
};

template <class T> struct IsWordArray : std::false_type {};
template <size_t N> struct IsWordArray<std::array<uint64_t, N>> : std::true_type {};

// A member that reads and writes its own bytes (ZeroTail.h) and says how many.
template <class T>
concept SelfCoding = requires(T& v, const T& c, const uint8_t* in, uint8_t* out) {
    v.load(in);
    c.store(out);
    T::kWireSize;
};

template <class T> constexpr uint32_t wireSize() {
    if constexpr (SelfCoding<T>)
        return static_cast<uint32_t>(T::kWireSize);
    else if constexpr (std::is_same_v<T, Uuid>)
        return 16;
    else
        return static_cast<uint32_t>(sizeof(T)); // integers and byte arrays: their own size
}

template <class T> void load(const uint8_t* p, T& v) {
    if constexpr (SelfCoding<T>)
        v.load(p);
    else if constexpr (std::is_same_v<T, Uuid>)
        std::memcpy(v.bytes.data(), p, v.bytes.size());
    else if constexpr (std::is_integral_v<T>)
        v = loadLE<T>(p);
    else if constexpr (IsWordArray<T>::value)
        for (size_t i = 0; i < v.size(); ++i)
            v[i] = loadLE<uint64_t>(p + 8 * i);
    else
        std::memcpy(v.data(), p, v.size());
}

template <class T> void store(uint8_t* p, const T& v) {
    if constexpr (SelfCoding<T>)
        v.store(p);
    else if constexpr (std::is_same_v<T, Uuid>)
        std::memcpy(p, v.bytes.data(), v.bytes.size());
    else if constexpr (std::is_integral_v<T>)
        storeLE<T>(p, v);
    else if constexpr (IsWordArray<T>::value)
        for (size_t i = 0; i < v.size(); ++i)
            storeLE<uint64_t>(p + 8 * i, v[i]);
    else
        std::memcpy(p, v.data(), v.size());
}

// Every field of `s` from `p` (the caller has checked the structure's size).
template <class S, class... T>
void decodeFields(const std::tuple<Field<S, T>...>& table, const uint8_t* p, S& s) {
    std::apply([&](const auto&... f) { (load(p + f.offset, s.*f.member), ...); }, table);
}

template <class S, class... T>
void encodeFields(const std::tuple<Field<S, T>...>& table, const S& s, uint8_t* p) {
    std::apply([&](const auto&... f) { (store(p + f.offset, s.*f.member), ...); }, table);
}

// The rows as (name, offset, size) for the hex overlay and the structure view.
template <class S, class... T>
constexpr std::array<FieldSpan, sizeof...(T)> fieldSpans(const std::tuple<Field<S, T>...>& table) {
    return std::apply(
        [](const auto&... f) {
            return std::array<FieldSpan, sizeof...(T)>{
                FieldSpan{f.name, f.offset, wireSize<T>()}...};
        },
        table);
}

// A field's value as FieldValue holds it.
template <class T> std::variant<uint64_t, std::string> shownValue(const T& v) {
    if constexpr (std::is_same_v<T, Uuid>) {
        return v.toString();
    } else if constexpr (std::is_integral_v<T>) {
        return uint64_t{v};
    } else {
        static_assert(std::is_same_v<typename T::value_type, uint8_t>, "a byte string");
        const auto nul = std::find(v.begin(), v.end(), uint8_t{0});
        return std::string(v.begin(), nul);
    }
}

// The rows with the values `s` holds, for the structure view.
template <class S, class... T>
std::vector<FieldValue> fieldValues(const std::tuple<Field<S, T>...>& table, const S& s) {
    std::vector<FieldValue> out;
    std::apply(
        [&](const auto&... f) {
            (out.push_back(FieldValue{{f.name, f.offset, wireSize<T>()}, shownValue(s.*f.member)}),
             ...);
        },
        table);
    return out;
}

// True when the rows follow each other without gap or overlap and fill exactly the bytes
// [from, end).
template <size_t N>
constexpr bool tilesExactly(const std::array<FieldSpan, N>& spans, size_t end, uint32_t from = 0) {
    uint32_t at = from;
    for (const FieldSpan& f : spans) {
        if (f.offset != at)
            return false;
        at += f.size;
    }
    return at == end;
}

} // namespace famscope::famfs::fieldtable
