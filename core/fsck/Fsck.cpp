#include "core/fsck/Fsck.h"
#include "core/edit/HostIdentity.h"

#include "core/fs/EntryStream.h"
#include "core/fsck/FsckRun.h"

#include <algorithm>

namespace famscope::fsck {

using namespace famfs;

FamfsFigures famfsFigures(const fs::LoadedFs& lfs, const fs::AllocationMap& a) {
    FamfsFigures f;
    f.entriesInUse = lfs.log.nextIndex;
    f.logSlots = lfs.logCapacity();
    f.logLen = lfs.sb.logLen;
    f.collisions = a.collisions;
    f.deviceCapacity = lfs.sb.ddSize;
    f.bitmapCapacity = a.bitmapCapacity();
    f.sumOfFileSizes = a.sumOfFileSizes;
    f.allocatedBytes = a.allocatedBytes();
    f.freeBytes = a.freeBytes();
    f.badEntries = a.badEntries;
    f.files = a.filesLogged;
    f.directories = a.dirsLogged;
    return f;
}

Role hostRole(const Superblock& sb, const std::string& systemUuidFile) {
    if (!sb.magicValid() || !sb.crcValid())
        return Role::InvalidSuperblock;
    // Bounded and non-blocking: a FIFO or /dev/zero given as the file makes this host a
    // client instead of hanging fsck.
    const auto local = edit::readSystemUuid(systemUuidFile);
    return local && *local == sb.systemUuid ? Role::Owner : Role::Client;
}

namespace {

// Feeds `run` the entries of `stream`, each while the stream's window still holds it: decoding a
// block overwrites the entries one window before it, so those are checked first. The replay
// has decided them by then, as it asks for no more than kReplayReadsAhead entries ahead.
class StreamFeed {
public:
    StreamFeed(fs::EntryStream& stream, FsckRun& run) : stream_(stream), run_(run) {}

    // The replay's gate: decodes the first `n` entries (as far as the log goes).
    uint64_t decodeUpTo(uint64_t n) {
        using fs::EntryStream;
        static_assert(EntryStream::kBlock > fs::kReplayReadsAhead);
        n = std::min(n, stream_.count());
        while (stream_.decoded() < n) {
            const uint64_t next = stream_.decoded();
            if (next >= EntryStream::kWindow)
                feedBelow(next - EntryStream::kWindow + EntryStream::kBlock);
            stream_.decodeUpTo(next + 1); // one block
        }
        return stream_.decoded();
    }

    // Every entry not fed yet (all of them when the log was not replayed).
    void feedRest() {
        while (fed_ < stream_.count()) {
            decodeUpTo(fed_ + 1);
            feedBelow(stream_.decoded());
        }
    }

private:
    void feedBelow(uint64_t end) {
        for (; fed_ < end; ++fed_)
            run_.entry(fed_, stream_.window()[fed_ & fs::EntryStream::kWindowMask]);
    }

    fs::EntryStream& stream_;
    FsckRun& run_;
    uint64_t fed_ = 0; // entries given to run_
};

} // namespace

FsckReport runFsck(const fs::LoadedFs& lfs, const FsckOptions& options,
                   const std::string& repairIntentFile) {
    const fs::LoadedEntries entries(lfs.entries);
    FsckRun run(lfs, entries, options, repairIntentFile);
    if (run.checksEntries())
        fs::replaySummary(lfs, fs::ReplayMode::Fsck, run.observer());
    for (uint64_t i = 0; i < lfs.entries.size(); ++i)
        run.entry(i, lfs.entries[i]);
    return run.finish();
}

FsckReport runFsck(const media::Media& media, const fs::PendingLoad& pending,
                   const FsckOptions& options, const std::string& repairIntentFile) {
    const fs::MediaEntries entries(media, pending);
    FsckRun run(pending.fs, entries, options, repairIntentFile);
    fs::EntryStream stream(media, pending);
    StreamFeed feed(stream, run);
    if (run.checksEntries()) {
        const fs::EntryGate gate = [&feed](uint64_t n) { return feed.decodeUpTo(n); };
        fs::replaySummary(pending.fs, fs::ReplayMode::Fsck, stream, gate, run.observer());
    }
    feed.feedRest();
    return run.finish();
}

int exitStatus(const FsckReport& report) {
    if (report.counts.errors > 0)
        return FsckErrors;
    if (report.counts.warnings > 0)
        return FsckWarnings;
    return FsckClean;
}

int famfsExitStatus(const FsckReport& report) {
    if (!report.famfsSuperblockValid)
        return 1;
    return static_cast<int>(std::min<uint64_t>(report.figures.collisions, 127));
}

} // namespace famscope::fsck
