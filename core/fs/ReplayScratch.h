// Working structures of one log replay (Replay.cpp), kept apart so that the replay rules there
// read on their own: the path -> node table and the path arena's buffer (the created-path
// records and their ordering are in PathOrder.h). Internal to replay: not an API.
#pragma once

#include "core/fs/BulkAllocator.h"

#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL // header only: no library to link, and the hash inlines
#endif
#include <xxhash.h>

#include <cstdint>
#include <string_view>
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
        slots_.reserve(capacity);
        bulk::prefault(slots_.data(), capacity * sizeof(Slot)); // every slot is written now
        slots_.resize(capacity);
    }

    // XXH3 (xxHash, inlined): a full log's paths are 20-70 bytes, which it hashes in about half
    // the instructions of std::hash, and every FILE and MKDIR entry hashes its path at least once.
    static uint64_t hash(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }

    // The reference stored for the key hashed to `h`, or 0 when absent: the first whose tag
    // matches and for which isKey(ref) holds.
    template <class IsKey> uint32_t find(uint64_t h, IsKey isKey) const {
        const auto tag = static_cast<uint32_t>(h >> 32);
        for (size_t i = h & mask(); slots_[i].ref != 0; i = (i + 1) & mask())
            if (slots_[i].tag == tag && isKey(slots_[i].ref))
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
    size_t size() const { return size_; }

private:
    char* data_ = nullptr;
    size_t size_ = 0;
};

} // namespace famscope::fs::replay_detail
