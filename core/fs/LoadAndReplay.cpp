#include "fs/LoadAndReplay.h"

#include "fs/EntryDecoder.h"

#include <system_error>
#include <thread>
#include <vector>

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
    EntryDecoder decoder(pending->firstSlot(), count, pending->fs.entries);
    std::vector<std::jthread> workers;
    for (unsigned t = 1; t < decodeThreadsFor(count); ++t) {
        try {
            workers.emplace_back([&decoder] { decoder.work(); });
        } catch (const std::system_error&) {
            break; // replay decodes what no other thread takes
        }
    }
    const EntryGate gate = [&decoder](uint64_t n) { return decoder.waitFor(n); };
    out.ns = replay(pending->fs, mode, gate);
    // A mount replay may stop early; the loaded file system still holds every entry.
    decoder.work();
    for (auto& w : workers)
        w.join();
    out.fs = std::move(pending->fs);
    return out;
}

} // namespace famscope::fs
