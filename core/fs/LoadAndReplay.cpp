#include "core/fs/LoadAndReplay.h"

#include "core/fs/EntryDecoder.h"
#include "core/fs/EntryStream.h"

namespace famscope::fs {

Result<LoadedNamespace> loadAndReplay(media::Media& media, ReplayMode mode,
                                      const LoadOptions& options) {
    auto pending = startLoad(media, options);
    if (!pending)
        return Error{pending.error()};
    LoadedNamespace out;
    const uint64_t count = pending->slotCount();
    if (count == 0) {
        out.ns = replay(pending->fs, mode);
        out.fs = std::move(pending->fs);
        return out;
    }
    EntryDecoder decoder(pending->firstSlot(), count, pending->fs.entries,
                         slotsAfterDecodeFor(pending->fs.mediaKind));
    decoder.copyChunksFrom(media, famfs::kLogOffset + famfs::kLogHeaderSize);
    {
        // This thread replays, and decodes whatever no other thread has taken yet.
        const auto workers = decoder.startWorkers(decodeThreadsFor(count) - 1);
        const EntryGate gate = [&decoder](uint64_t n) { return decoder.waitFor(n); };
        out.ns = replay(pending->fs, mode, gate);
        // A mount replay may stop early; the loaded file system still holds every entry.
        decoder.work();
    } // the workers are joined here
    out.fs = std::move(pending->fs);
    return out;
}

Result<LoadedSummary> loadAndSummarise(media::Media& media, ReplayMode mode,
                                       const LoadOptions& options) {
    auto pending = startLoad(media, options);
    if (!pending)
        return Error{pending.error()};
    LoadedSummary out;
    EntryStream stream(media, *pending);
    out.summary = replaySummary(pending->fs, mode, stream);
    out.fs = std::move(pending->fs);
    return out;
}

} // namespace famscope::fs
