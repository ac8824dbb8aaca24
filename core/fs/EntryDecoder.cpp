#include "core/fs/EntryDecoder.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <new>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

namespace famscope::fs {

using namespace famfs;

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22 // Linux 5.14
#endif

// Drops the pages lying wholly inside [begin, end) from the process; pages shared with the
// neighbouring runs stay (their decoders may still be reading them).
void EntryDecoder::SlotReader::releasePages(const uint8_t* begin, const uint8_t* end) {
    static const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t first = (reinterpret_cast<uintptr_t>(begin) + page - 1) / page * page;
    const uintptr_t last = reinterpret_cast<uintptr_t>(end) / page * page;
    if (last > first) // failure only leaves the pages mapped: nothing to report
        ::madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

// Maps the pages of [begin, end) in with one call, from the page cache (or the device), instead
// of a fault per 64 KiB (the kernel's fault-around) while a run is decoded. False when they
// could not all be mapped in: a kernel before 5.14, an image file that shrank, a device mapping
// that cannot be populated.
bool EntryDecoder::SlotReader::populatePages(const uint8_t* begin, const uint8_t* end) {
    static const uintptr_t page = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    const uintptr_t first = reinterpret_cast<uintptr_t>(begin) / page * page;
    const uintptr_t last = (reinterpret_cast<uintptr_t>(end) + page - 1) / page * page;
    return ::madvise(reinterpret_cast<void*>(first), last - first, MADV_POPULATE_READ) == 0;
}

EntryDecoder::EntryDecoder(const uint8_t* slots, uint64_t count, LogEntryList& out,
                           Slots slotsAfterDecode)
    : slots_(slots, slotsAfterDecode), count_(count), chunks_((count + kChunk - 1) / kChunk),
      done_(std::make_unique<std::atomic<bool>[]>(chunks_)) {
    static_assert(bulk::DeferrableConstruction<LogEntry>::value);
    {
        bulk::DeferredConstruction deferred;
        out.resize(count); // storage only: decodeChunk() constructs every element in place
    }
    out_ = out.data();
}

EntryDecoder::CopyBuffer::~CopyBuffer() {
    if (bytes_)
        BulkAllocator<uint8_t>().deallocate(bytes_, size_);
}

std::span<uint8_t> EntryDecoder::CopyBuffer::get(size_t bytes) {
    if (!bytes_) {
        bytes_ = BulkAllocator<uint8_t>().allocate(bytes);
        size_ = bytes;
    }
    return {bytes_, size_};
}

void EntryDecoder::copyChunksFrom(const media::Media& media, uint64_t firstSlotOffset) {
    slots_.copyFrom(media, firstSlotOffset);
}

void EntryDecoder::decodeChunk(uint64_t chunk, CopyBuffer& buffer) noexcept {
    const uint64_t first = chunk * kChunk;
    const uint64_t last = std::min(count_, first + kChunk);
    // A block at a time; a copy's buffer holds one block (the whole log when it is shorter).
    const size_t blockBytes = std::min(count_, kReadBlock) * kLogEntrySize;
    for (uint64_t i = first; i < last; i += kReadBlock) {
        const uint64_t end = std::min(last, i + kReadBlock);
        // The page shared with the previous chunk stays: another thread may be reading it.
        const uint64_t releaseFrom = i == first ? first : i - kReadBlock;
        slots_.read(
            i, end, releaseFrom, ReadWay::Copied, [&] { return buffer.get(blockBytes); },
            [&](const uint8_t* bytes) { decodeSlots(bytes, i, end); });
    }
    done_[chunk].store(true, std::memory_order_release);
    done_[chunk].notify_all();
}

// Entries [first, last) from their slots at `slots`.
void EntryDecoder::decodeSlots(const uint8_t* slots, uint64_t first, uint64_t last) noexcept {
    for (uint64_t i = first; i < last; ++i) {
        prefetchAhead(slots, i - first, last - first);
        ::new (static_cast<void*>(out_ + i))
            LogEntry(LogEntry::decode(std::span<const uint8_t, kLogEntrySize>(
                slots + (i - first) * kLogEntrySize, kLogEntrySize)));
    }
}

void EntryDecoder::work() noexcept {
    CopyBuffer buffer;
    for (uint64_t c = nextChunk_.fetch_add(1, std::memory_order_relaxed); c < chunks_;
         c = nextChunk_.fetch_add(1, std::memory_order_relaxed))
        decodeChunk(c, buffer);
}

uint64_t EntryDecoder::waitFor(uint64_t n) {
    n = std::min(n, count_);
    const uint64_t needChunks = (n + kChunk - 1) / kChunk;
    while (knownDone_ < needChunks) {
        if (done_[knownDone_].load(std::memory_order_acquire)) {
            ++knownDone_;
            continue;
        }
        // The chunk is being decoded elsewhere: rather than wait, decode one nobody has
        // claimed yet, if any is left.
        const uint64_t c = nextChunk_.fetch_add(1, std::memory_order_relaxed);
        if (c < chunks_)
            decodeChunk(c, waiterBuffer_);
        else
            done_[knownDone_].wait(false, std::memory_order_acquire);
    }
    return std::min(count_, knownDone_ * kChunk);
}

std::vector<std::jthread> EntryDecoder::startWorkers(unsigned count) {
    std::vector<std::jthread> workers;
    if (count > 0) {
        // Decoder threads write neighbouring chunks (about 1.1 MiB each) of fresh memory at the
        // same time, so they fault on the same 2 MiB huge page together, and the kernel zeroes
        // a huge page for each of them before it finds another one already installed
        // (do_huge_pmd_anonymous_page zeroes before it takes the lock). Faulting the whole
        // array in first zeroes each page once.
        bulk::prefault(out_, count_ * sizeof(LogEntry));
    }
    for (unsigned t = 0; t < count; ++t) {
        try {
            workers.emplace_back([this] { work(); });
        } catch (const std::system_error&) {
            break; // no more threads: the others decode the rest
        }
    }
    return workers;
}

void EntryDecoder::decodeAll(unsigned threads) {
    const auto workers = startWorkers(threads > 0 ? threads - 1 : 0);
    work();
} // the workers are joined here

EntryDecoder::Slots slotsAfterDecodeFor(media::MediaKind kind) {
    return kind == media::MediaKind::Memory ? EntryDecoder::Slots::Keep
                                            : EntryDecoder::Slots::ReleaseSharedMapping;
}

unsigned decodeThreadsFor(uint64_t entries) {
    constexpr uint64_t kMinPerThread = 8192;
    const uint64_t cores = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
    return static_cast<unsigned>(std::clamp<uint64_t>(entries / kMinPerThread, 1, cores));
}

} // namespace famscope::fs
