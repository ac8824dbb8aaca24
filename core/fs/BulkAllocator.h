// Allocator for the few very large arrays a load builds (a full 64 MiB log decodes into about
// 29 MB of LogEntry objects, and replay's lists and tables take a few MB each). Two costs dominate
// such an array on a fresh allocation: one page fault per 4 KiB page, and value-initialising every
// element before it is overwritten. Large blocks are therefore mapped on their own and advised to
// use transparent huge pages (one fault per 2 MiB), and a loader may construct elements itself, in
// parallel, inside a DeferredConstruction scope. Small blocks come from operator new like
// std::allocator's.
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace famscope::fs {

namespace bulk {
// Page-aligned anonymous mapping of at least `bytes` (huge-page advised); throws bad_alloc.
void* mapLarge(size_t bytes);
void unmapLarge(void* p, size_t bytes) noexcept;
// Below this, operator new. A block of 1 MiB or more would take 256 or more 4 KiB faults;
// mapping replay's 2-3 MB lists on huge pages cut fsck's faults on a full 64 MiB log from
// 2,145 to 916 (docs/BENCHMARKS.md).
inline constexpr size_t kLargeBlock = size_t{1} << 20;

// Faults in the pages of [begin, begin + bytes) that the caller is about to write, in one
// call: a smaller array is on 4 KiB pages, and touching them one by one costs a fault each (64
// pages took 0.68 ms so and 0.28 ms populated at once, docs/BENCHMARKS.md). Contents are left
// as they are. False when the kernel refused (MADV_POPULATE_WRITE is Linux 5.14): the pages
// then fault as before, which is all a caller needs to know.
bool prefault(void* begin, size_t bytes) noexcept;

// For an array of `bytes` from BulkAllocator that may stay almost unwritten (replay's list of
// directories, which most logs hold a few of): its first 2 MiB on 4 KiB pages, so that the
// first write costs a 4 KiB page, not a 2 MiB one the kernel zeroes whole. The rest keeps its
// huge pages. Nothing for an array below kLargeBlock, which is not mapped on its own.
void smallPagesFirst(void* block, size_t bytes) noexcept;

// While one of these lives on a thread, BulkAllocator::construct(p) with no arguments leaves
// the element unconstructed: the caller promises to placement-new every such element before
// anything reads it. Only for types where DeferrableConstruction holds.
class DeferredConstruction {
public:
    DeferredConstruction() { active() = true; }
    ~DeferredConstruction() { active() = false; }
    DeferredConstruction(const DeferredConstruction&) = delete;
    DeferredConstruction& operator=(const DeferredConstruction&) = delete;
    static bool& active() {
        thread_local bool on = false;
        return on;
    }
};

// Trivially destructible types, so that a failure in between leaves nothing to destroy; and
// any other type whose loader guarantees to construct every element before the array can be
// destroyed, by specialising this (LoadedFs.h does for LogEntry).
template <class T> struct DeferrableConstruction : std::is_trivially_destructible<T> {};
} // namespace bulk

template <class T> class BulkAllocator {
public:
    using value_type = T;

    BulkAllocator() noexcept = default;
    template <class U> BulkAllocator(const BulkAllocator<U>&) noexcept {} // NOLINT: rebind

    T* allocate(size_t n) {
        if (n > SIZE_MAX / sizeof(T))
            throw std::bad_array_new_length();
        const size_t bytes = n * sizeof(T);
        if (bytes >= bulk::kLargeBlock)
            return static_cast<T*>(bulk::mapLarge(bytes));
        return std::allocator<T>().allocate(n);
    }
    void deallocate(T* p, size_t n) noexcept {
        const size_t bytes = n * sizeof(T);
        if (bytes >= bulk::kLargeBlock)
            bulk::unmapLarge(p, bytes);
        else
            std::allocator<T>().deallocate(p, n);
    }

    template <class U, class... Args> void construct(U* p, Args&&... args) {
        if constexpr (sizeof...(Args) == 0 && bulk::DeferrableConstruction<U>::value) {
            if (bulk::DeferredConstruction::active())
                return;
        }
        ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }

    template <class U> bool operator==(const BulkAllocator<U>&) const noexcept { return true; }
};

} // namespace famscope::fs
