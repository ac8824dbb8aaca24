// Decodes the slots of a log into an entry array in fixed-size chunks that any thread may claim.
// Loading (loadFileSystem) runs it on every core; loading and replaying together
// (loadAndReplay) lets the replaying thread start on the first chunks while other threads
// still decode later ones, and makes it decode chunks itself whenever it catches up, so that
// neither the CRC work nor the replay leaves a core idle.
#pragma once

#include "core/format/Constants.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/ReadWay.h"
#include "core/media/Media.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <thread>
#include <vector>

namespace famscope::fs {

class EntryDecoder {
public:
    static constexpr uint64_t kChunk = 2048; // entries per claim (about 1 MiB of log)
    // Slots read at a time (SlotReader::read()): about 270 KB, which the core's cache still
    // holds when they are decoded; a copy takes a buffer per thread a quarter of a chunk's.
    static constexpr uint64_t kReadBlock = 512;
    // Slots the decoding loops prefetch ahead (about 4 KiB): reading through a mapping, the
    // hardware prefetcher stops at each page, and a cold slot would wait on memory.
    static constexpr uint64_t kPrefetchSlots = 8;

    // Prefetches slot k + kPrefetchSlots of the `count` slots at `slots`, if there is one.
    // Always inlined: GCC 12 otherwise finds a function of nothing but prefetches free of side
    // effects and deletes its calls before it would inline them.
    [[gnu::always_inline]] static void prefetchAhead(const uint8_t* slots, uint64_t k,
                                                     uint64_t count) {
        if (k + kPrefetchSlots >= count)
            return;
        const uint8_t* slot = slots + (k + kPrefetchSlots) * famfs::kLogEntrySize;
        for (size_t line = 0; line < famfs::kLogEntrySize; line += 64) // 9 lines: any alignment
            __builtin_prefetch(slot + line);
    }

    // What becomes of the slots' memory once a chunk is decoded.
    enum class Slots {
        Keep,
        // The slots are a shared mapping of a file or device that nothing reads after decoding:
        // each decoded chunk's pages are dropped from the process (MADV_DONTNEED; a later read
        // would fault them in again from the page cache), so that a load holds the decoded
        // entries and about one chunk of the log at a time rather than the whole log twice.
        // Never for anonymous memory, which MADV_DONTNEED would zero.
        ReleaseSharedMapping,
    };

    // Where a block of slots is copied (SlotReader::read()), taken on first use: as many bytes
    // as the first get() asks for (every later one asks the same). A reader that never copies
    // allocates nothing.
    class CopyBuffer {
    public:
        CopyBuffer() = default;
        CopyBuffer(const CopyBuffer&) = delete;
        CopyBuffer& operator=(const CopyBuffer&) = delete;
        ~CopyBuffer();
        std::span<uint8_t> get(size_t bytes);

    private:
        uint8_t* bytes_ = nullptr;
        size_t size_ = 0;
    };

    // A log's slots as decoding reads them: copied with the media's own read (copyFrom()), or
    // in place through their mapping, whose pages are mapped in before a run is decoded and,
    // for Slots::ReleaseSharedMapping, dropped after it (ReadWay.h says which costs less).
    class SlotReader {
    public:
        // `mapped` points at the log's slots, which outlive the reader.
        SlotReader(const uint8_t* mapped, Slots after) : mapped_(mapped), after_(after) {}
        // Copy with media.readCopy(), slot 0 being at media offset `firstSlotOffset`; `media`
        // outlives the reader.
        void copyFrom(const media::Media& media, uint64_t firstSlotOffset) {
            copyFrom_ = &media;
            copyOffset_ = firstSlotOffset;
        }
        // Copies slots [first, last) into `out` (that many slots long); false when there is no
        // media to copy from or its read falls short.
        bool copy(uint64_t first, uint64_t last, std::span<uint8_t> out) const {
            return copyFrom_ &&
                   copyFrom_->readCopy(copyOffset_ + first * famfs::kLogEntrySize,
                                       out.first((last - first) * famfs::kLogEntrySize));
        }
        // Calls decode(bytes) with the slots [first, last) read the `preferred` way when it
        // can be taken, else the other, and returns the way taken. Memory is always read in
        // place. A copy goes into buffer() (a span of at least that many slots). Through the
        // mapping, the pages are mapped in with one call; where they cannot be (an older
        // kernel, an image file that shrank: a read there would raise SIGBUS), the slots are
        // copied, and without a copy (a device) read a fault at a time. decode() should
        // prefetchAhead(): reading a cold page waits on memory at its first line. Then the
        // pages lying wholly inside slots [releaseFrom, last) are dropped, for
        // Slots::ReleaseSharedMapping: a caller reading runs in order passes the previous
        // run's first slot, so that the page two runs share goes too.
        template <class Buffer, class Decode>
        ReadWay read(uint64_t first, uint64_t last, uint64_t releaseFrom, ReadWay preferred,
                     Buffer buffer, Decode decode) const {
            const uint8_t* begin = mapped_ + first * famfs::kLogEntrySize;
            const uint8_t* end = mapped_ + last * famfs::kLogEntrySize;
            if (after_ == Slots::Keep) {
                decode(begin);
                return ReadWay::Mapped;
            }
            const auto copied = [&] {
                const std::span<uint8_t> out = buffer();
                if (!copy(first, last, out))
                    return false;
                decode(out.data());
                return true;
            };
            if (preferred == ReadWay::Copied && copyFrom_ && copied())
                return ReadWay::Copied;
            if (!populatePages(begin, end) && preferred == ReadWay::Mapped && copyFrom_ && copied())
                return ReadWay::Copied;
            decode(begin);
            releasePages(mapped_ + releaseFrom * famfs::kLogEntrySize, end);
            return ReadWay::Mapped;
        }

    private:
        static bool populatePages(const uint8_t* begin, const uint8_t* end);
        static void releasePages(const uint8_t* begin, const uint8_t* end);

        const uint8_t* mapped_;
        Slots after_;
        const media::Media* copyFrom_ = nullptr;
        uint64_t copyOffset_ = 0;
    };

    // `slots` points at `count` log slots of kLogEntrySize bytes that outlive the decoder.
    // Sizes `out` to `count` elements without constructing them: nothing may read `out` before
    // the entries it reads are known to be decoded (work() returned, or waitFor()).
    EntryDecoder(const uint8_t* slots, uint64_t count, LogEntryList& out,
                 Slots slotsAfterDecode = Slots::Keep);
    // Decodes whatever is left, so that `out` never holds an unconstructed entry once the
    // decoder is gone, even when the caller left early by an exception.
    ~EntryDecoder() { work(); }
    EntryDecoder(const EntryDecoder&) = delete;
    EntryDecoder& operator=(const EntryDecoder&) = delete;

    // Reads the slots with media.readCopy() (slot 0 at media offset `firstSlotOffset`), a block
    // at a time, into a buffer of the decoding thread instead of through the mapped slots,
    // which are then read only for a block whose copy fails. Call before decoding starts;
    // `media` outlives it.
    void copyChunksFrom(const media::Media& media, uint64_t firstSlotOffset);

    // Decodes unclaimed chunks until none are left. Safe to call from several threads.
    void work() noexcept;

    // Returns once entries [0, n) are decoded, decoding unclaimed chunks meanwhile; the
    // result is the number of leading entries known to be decoded (at least n).
    uint64_t waitFor(uint64_t n);

    // Starts `count` threads running work(); threads that cannot be started leave their share
    // to the others. Joined when the returned vector goes.
    std::vector<std::jthread> startWorkers(unsigned count);

    // Runs work() on up to `threads` threads (this one included) and returns when every
    // entry is decoded.
    void decodeAll(unsigned threads);

private:
    // noexcept: out of memory (for a buffer, or a damaged entry's bytes) ends the process
    // rather than leave entries unconstructed.
    void decodeChunk(uint64_t chunk, CopyBuffer& buffer) noexcept;
    void decodeSlots(const uint8_t* slots, uint64_t first, uint64_t last) noexcept;

    SlotReader slots_;
    uint64_t count_;
    famfs::LogEntry* out_;
    uint64_t chunks_;
    std::atomic<uint64_t> nextChunk_{0};
    std::unique_ptr<std::atomic<bool>[]> done_;
    uint64_t knownDone_ = 0;  // chunks known done by the waitFor() caller (single caller)
    CopyBuffer waiterBuffer_; // the waitFor() caller's
};

// Slots::ReleaseSharedMapping for the log mapping of media whose mappings are shared file or
// device mappings (images, devdax), Slots::Keep for memory.
EntryDecoder::Slots slotsAfterDecodeFor(media::MediaKind kind);

// How many threads a load should decode with: at most the cores (and 8), and none beyond one
// per few thousand entries, where starting a thread costs more than it saves.
unsigned decodeThreadsFor(uint64_t entries);

} // namespace famscope::fs
