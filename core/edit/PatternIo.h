// Writing and verifying the famfs test pattern in a file's data, always through the resolver
// (the kernel's offset resolution), like `famfs creat -r -S` and `famfs verify -S`.
//
// Memory stays bounded whatever the file size: the file is walked in windows, each window is
// resolved and mapped run by run and released before the next. The file is split into one
// contiguous slice per thread; each slice's generator is jumped ahead to the slice start.
#pragma once

#include "core/Result.h"
#include "core/fs/FileMap.h"
#include "core/media/Media.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace famscope::edit {

// Mapped file pages count in the resident set: the default windows of all threads together
// map at most this much (each thread kPatternMinWindow at least, so 8 threads map 32 MiB).
inline constexpr uint64_t kPatternMappedBytes = uint64_t{32} << 20;
inline constexpr uint64_t kPatternMinWindow = uint64_t{4} << 20;

struct PatternOptions {
    unsigned threads = 0; // 0: hardware concurrency, at most 8
    // Resolved and mapped at a time, per thread. 0: kPatternMappedBytes shared by the threads
    // (at least kPatternMinWindow each), so that memory stays bounded whatever the thread count.
    uint64_t windowBytes = 0;
    // Called after each window with the bytes it covered, from the worker threads (possibly
    // several at once: it must be thread-safe). Returning false cancels the walk.
    std::function<bool(uint64_t bytesDone)> progress;
    // The media of a device other than 0 that is open (read-only, so for verify), or nullptr.
    // Without it, or when it returns nullptr, a piece on such a device is an error naming the
    // file offset and the device: device 0's bytes are never read in its place.
    std::function<media::Media*(uint64_t devindex)> otherDevice;
};

struct VerifyResult {
    uint64_t fileSize = 0;
    uint64_t bytesVerified = 0;             // = fileSize on success, else the mismatch offset
    std::optional<uint64_t> mismatchOffset; // first bad 4-byte word, as famfs verify reports
    uint64_t unbackedBytes = 0; // bytes of the size past the extents: never compared, a failure
    bool cancelled = false;     // the progress callback stopped the walk
    bool ok() const { return !mismatchOffset && unbackedBytes == 0 && !cancelled; }
};

// Compares [0, fileSize) of the file with the pattern of `seed`. A size that runs past the
// extents is a failed result (unbackedBytes; the backed part is still compared), not an
// error. Fails only when the file cannot be read (media error, device offsets past the media);
// a mismatch is a result, not an error. When
// cancelled, a mismatchOffset found before the cancel is kept (it may not be the first).
Result<VerifyResult> verifyPattern(media::Media& media, const fs::FileMap& map, uint64_t fileSize,
                                   uint64_t seed, const PatternOptions& options = {});

// "N of S bytes have no backing ...", the one wording of an unbacked size for both front ends.
std::string unbackedText(const VerifyResult& result);

// Writes the pattern of `seed` into [0, fileSize) of the file (only fm_size bytes, as famfs)
// and flushes what it wrote. A cancel leaves part of the pattern written and is an error.
Status writePattern(media::Media& media, const fs::FileMap& map, uint64_t fileSize, uint64_t seed,
                    const PatternOptions& options = {});

} // namespace famscope::edit
