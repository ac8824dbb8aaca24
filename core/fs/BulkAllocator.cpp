#include "core/fs/BulkAllocator.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <mutex>

#if defined(__SANITIZE_ADDRESS__) // GCC
#define FAMSCOPE_LEAK_CHECKED 1
#elif defined(__has_feature) // clang
#if __has_feature(address_sanitizer)
#define FAMSCOPE_LEAK_CHECKED 1
#endif
#endif
#ifdef FAMSCOPE_LEAK_CHECKED
#include <sanitizer/lsan_interface.h>
#endif

namespace famscope::fs::bulk {

namespace {

// LeakSanitizer looks for pointers to heap blocks in the heap, globals, stacks and thread
// storage, not in memory mapped here. A heap block that only a mapped array points to (a
// damaged entry's bytes, held by its LogEntry) would be reported as leaked whenever the array
// is alive at exit, as the CLI leaves its loaded file system. Each mapped block is therefore
// declared a place to look for as long as it is handed out.
void declareRoot([[maybe_unused]] void* p, [[maybe_unused]] size_t size) {
#ifdef FAMSCOPE_LEAK_CHECKED
    __lsan_register_root_region(p, size);
#endif
}
void withdrawRoot([[maybe_unused]] void* p, [[maybe_unused]] size_t size) {
#ifdef FAMSCOPE_LEAK_CHECKED
    __lsan_unregister_root_region(p, size);
#endif
}

constexpr size_t kHugePage = size_t{2} << 20;

size_t roundUp(size_t bytes) {
    return (bytes + kHugePage - 1) & ~(kHugePage - 1);
}

// Fresh pages cost a fault and a kernel zero-fill each, which for a 29 MB entry array is a
// large part of a load. Loading the same file system again (a reload after an edit, a refresh)
// asks for blocks of the same sizes, so the last few released blocks are kept for reuse, up
// to kRetainedBytes in all; the oldest are returned to the system first.
class RetainedBlocks {
public:
    void* take(size_t size) {
        std::lock_guard lock(mutex_);
        for (Block& b : blocks_) {
            if (b.p && b.size == size) {
                void* p = b.p;
                total_ -= b.size;
                b = {};
                return p;
            }
        }
        return nullptr;
    }

    // Keeps the block, or unmaps it when it alone exceeds the budget.
    void give(void* p, size_t size) {
        if (size > kRetainedBytes) {
            munmap(p, size);
            return;
        }
        std::lock_guard lock(mutex_);
        while (total_ + size > kRetainedBytes || full())
            evictOldest();
        for (Block& b : blocks_) {
            if (!b.p) {
                b = {p, size, ++clock_};
                total_ += size;
                return;
            }
        }
    }

private:
    struct Block {
        void* p = nullptr;
        size_t size = 0;
        uint64_t age = 0;
    };
    static constexpr size_t kRetainedBytes = size_t{512} << 20;

    bool full() const {
        for (const Block& b : blocks_)
            if (!b.p)
                return false;
        return true;
    }
    void evictOldest() {
        Block* oldest = nullptr;
        for (Block& b : blocks_)
            if (b.p && (!oldest || b.age < oldest->age))
                oldest = &b;
        if (!oldest)
            return;
        munmap(oldest->p, oldest->size);
        total_ -= oldest->size;
        *oldest = {};
    }

    std::mutex mutex_;
    std::array<Block, 8> blocks_{};
    size_t total_ = 0;
    uint64_t clock_ = 0;
};

RetainedBlocks& retained() {
    static RetainedBlocks* blocks = new RetainedBlocks; // never destroyed: used until exit
    return *blocks;
}

} // namespace

void* mapLarge(size_t bytes) {
    const size_t size = roundUp(bytes);
    if (void* p = retained().take(size)) {
        madvise(p, size, MADV_HUGEPAGE); // whatever smallPagesFirst() said to its last user
        declareRoot(p, size);
        return p;
    }
    // Over-map by one huge page and trim, so that the block starts on a 2 MiB boundary and
    // every part of it can be backed by huge pages.
    void* raw = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED)
        throw std::bad_alloc();
    const auto start = reinterpret_cast<uintptr_t>(raw);
    const uintptr_t aligned = (start + kHugePage - 1) & ~uintptr_t{kHugePage - 1};
    if (aligned > start)
        munmap(raw, aligned - start);
    const uintptr_t end = start + size + kHugePage;
    if (end > aligned + size)
        munmap(reinterpret_cast<void*>(aligned + size), end - (aligned + size));
    void* p = reinterpret_cast<void*>(aligned);
    madvise(p, size, MADV_HUGEPAGE); // advice only: without THP this is plain 4 KiB pages
    declareRoot(p, size);
    return p;
}

void unmapLarge(void* p, size_t bytes) noexcept {
    const size_t size = roundUp(bytes);
    withdrawRoot(p, size);
    retained().give(p, size);
}

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14
#endif

bool prefault(void* begin, size_t bytes) noexcept {
    static const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t first = reinterpret_cast<uintptr_t>(begin) / page * page;
    const uintptr_t last = (reinterpret_cast<uintptr_t>(begin) + bytes + page - 1) / page * page;
    return ::madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_WRITE) == 0;
}

void smallPagesFirst(void* block, size_t bytes) noexcept {
    if (bytes >= kLargeBlock)
        madvise(block, std::min(roundUp(bytes), kHugePage), MADV_NOHUGEPAGE);
}

} // namespace famscope::fs::bulk
