// Working structures of one log replay (Replay.cpp), kept apart so that the replay rules there
// read on their own: the path -> node table, the path arena's buffer, and the created-path
// records that are sorted before the namespace is built. Internal to replay: not an API.
#pragma once

#include "fs/BulkAllocator.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace famscope::fs::replay_detail {

// Path -> node table for one replay: open addressing with linear probing over a power-of-two
// array sized once for every entry, so a lookup is one short probe sequence and an insert
// allocates nothing (a log can hold 123,361 entries). A slot is 8 bytes: part of the hash, to
// skip most mismatches without touching the key, and a reference the owner resolves to the
// key and node (the replayer's pending lists and path arena, which outlive the table).
class PathTable {
public:
    explicit PathTable(size_t maxEntries) {
        size_t capacity = 16;
        while (capacity < 2 * maxEntries)
            capacity <<= 1;
        slots_.resize(capacity);
    }

    static uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }

    // The reference stored for `key` (hashed to `h`), or 0 when absent.
    template <class KeyOf> uint32_t find(std::string_view key, uint64_t h, KeyOf keyOf) const {
        const auto tag = static_cast<uint32_t>(h >> 32);
        for (size_t i = h & mask(); slots_[i].ref != 0; i = (i + 1) & mask())
            if (slots_[i].tag == tag && keyOf(slots_[i].ref) == key)
                return slots_[i].ref;
        return 0;
    }

    // Starts loading the slot `h` probes first: the table is far larger than the caches that
    // the streamed log leaves it, so an unannounced probe is a trip to memory.
    void prefetch(uint64_t h) const { __builtin_prefetch(&slots_[h & mask()]); }

    // `ref` (non-zero) must not be present; at most maxEntries keys are ever inserted.
    void insert(uint64_t h, uint32_t ref) {
        size_t i = h & mask();
        while (slots_[i].ref != 0)
            i = (i + 1) & mask();
        slots_[i] = {static_cast<uint32_t>(h >> 32), ref};
    }

private:
    struct Slot {
        uint32_t tag = 0;
        uint32_t ref = 0; // 0: empty
    };
    size_t mask() const { return slots_.size() - 1; }
    std::vector<Slot, BulkAllocator<Slot>> slots_;
};

// Uninitialised bytes from BulkAllocator, for a buffer filled front to back.
class ByteBuffer {
public:
    ByteBuffer() = default;
    explicit ByteBuffer(size_t size) : data_(BulkAllocator<char>().allocate(size)), size_(size) {}
    ByteBuffer(const ByteBuffer&) = delete;
    ByteBuffer& operator=(ByteBuffer&& o) noexcept {
        std::swap(data_, o.data_);
        std::swap(size_, o.size_);
        return *this;
    }
    ~ByteBuffer() {
        if (data_)
            BulkAllocator<char>().deallocate(data_, size_);
    }
    char* data() { return data_; }

private:
    char* data_ = nullptr;
    size_t size_ = 0;
};

// A created file or directory before the namespace holds it: its entry and its normalised path
// (a view of the replayer's path arena). Replay records these, sorts them and only then builds
// the FsFile and FsDir objects, in their final order, so that no built object is moved to sort
// it. The key carries the path's first sixteen bytes as two big-endian numbers, so most
// comparisons are integer compares.
struct Pending {
    uint64_t prefix[2] = {0, 0};
    const char* data = nullptr;
    size_t size = 0;
    uint64_t entryIndex = 0;

    Pending(std::string_view path, uint64_t entry)
        : data(path.data()), size(path.size()), entryIndex(entry) {
        std::array<uint8_t, 16> head{};
        std::memcpy(head.data(), data, std::min(size, head.size()));
        prefix[0] = loadBigEndian(head.data());
        prefix[1] = loadBigEndian(head.data() + 8);
    }
    std::string_view path() const { return {data, size}; }
    bool operator<(const Pending& o) const {
        if (prefix[0] != o.prefix[0])
            return prefix[0] < o.prefix[0];
        if (prefix[1] != o.prefix[1])
            return prefix[1] < o.prefix[1];
        // Equal prefixes: the paths agree on their first min(16, size) bytes (no path holds a
        // NUL, so the zero padding of a short one cannot tie with real bytes).
        const size_t common = std::min(size, o.size);
        if (common > 16)
            if (const int c = std::memcmp(data + 16, o.data + 16, common - 16); c != 0)
                return c < 0;
        return size < o.size;
    }

private:
    static uint64_t loadBigEndian(const uint8_t* p) {
        uint64_t v = 0;
        for (size_t b = 0; b < 8; ++b)
            v = (v << 8) | p[b];
        return v;
    }
};

// Sorts by path; a long list in two halves on two threads, then merged into a second array.
template <class Vector> void sortByPath(Vector& items) {
    constexpr size_t kParallelFrom = 16384;
    if (items.size() >= kParallelFrom && std::thread::hardware_concurrency() > 1) {
        const auto mid = items.begin() + static_cast<std::ptrdiff_t>(items.size() / 2);
        std::optional<std::jthread> upper;
        try {
            upper.emplace([&items, mid] { std::sort(mid, items.end()); });
        } catch (const std::system_error&) {
            // no second thread: sort in one piece below
        }
        if (upper) {
            std::sort(items.begin(), mid);
            upper.reset(); // joins
            Vector merged;
            merged.reserve(items.size());
            std::merge(items.begin(), mid, mid, items.end(), std::back_inserter(merged));
            items.swap(merged);
            return;
        }
    }
    std::sort(items.begin(), items.end());
}

} // namespace famscope::fs::replay_detail
