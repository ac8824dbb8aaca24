// The engine of a log replay: everything that makes ReplayRules.cpp fast without changing what
// it decides. See Replayer.h.
#include "core/fs/Replayer.h"

#include "core/format/PlainPath.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <exception>
#include <optional>
#include <span>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace famscope::fs {

using namespace famfs;

namespace replay_detail {

Namespace Replayer::run(bool build) {
    // The lookup table refers to pendingFiles_ and pendingDirs_ by index, and they to paths in
    // the arena; a normalised path is never longer than the logged one (and keep() adds one
    // byte to a directory's).
    const size_t n = entryCount_;
    arena_ = ByteBuffer(n * (kMaxPathLen + 1));
    // Both lists reserved whole: growing one copies it into fresh pages each time, and a
    // short-lived process (fsck, info) pays a page fault for every 4 KiB of each copy. Pages
    // never written are never faulted in.
    pendingFiles_.reserve(n);
    pendingDirs_.reserve(n);
    // Huge pages only where a log writes much: a log of files writes a few directories and,
    // when nothing is built, copies only their paths to the arena. With the first 2 MiB of both
    // on huge pages, fsck of a full 64 MiB log of 4-strip files peaked at 15.2 MiB, not 11.3.
    bulk::smallPagesFirst(pendingDirs_.data(), n * sizeof(Pending));
    if (!build)
        bulk::smallPagesFirst(arena_.data(), n * (kMaxPathLen + 1));
    nodes_.emplace(n);
    readable_ = gate_ ? 0 : n;
    ordered_ = build;

    logplay();

    nodes_.reset();
    if (build) {
        const PathOrder order = orderWhileSizingFiles();
        buildFiles(order.files);
        buildDirs(order.dirs);
        markLandings();
    }
    return std::move(ns_);
}

ReplaySummary Replayer::summary() {
    Namespace ns = run(false);
    ReplaySummary s;
    s.files = pendingFiles_.size();
    s.dirs = pendingDirs_.size();
    s.events = std::move(ns.events);
    s.stoppedAt = ns.stoppedAt;
    s.stats = ns.stats;
    s.census = census_;
    s.refused = ns.refused;
    s.refusedReason = std::move(ns.refusedReason);
    return s;
}

void Replayer::countFrom(uint64_t i) {
    for (; i < entryCount_; ++i) {
        if (i >= readable_) // a stream decodes a block at a time: not all of them at once
            readable_ = (*gate_)(i + 1);
        census_.addAt(entry(i), i);
    }
}

void Replayer::prepare(uint64_t i) {
    const uint64_t n = entryCount_;
    // hashAhead() reads two lookaheads further on.
    if (readable_ <= i + 2 * kLookahead && readable_ < n)
        readable_ = (*gate_)(std::min<uint64_t>(n, i + 2 * kLookahead + 1));
    if (i + kLookahead < n)
        hashAhead(i + kLookahead);
    current_ = i;
}

void Replayer::hashAhead(uint64_t j) {
    // The entries themselves are streamed from memory: ask for the cache lines replay reads
    // (header, path, extent count, CRCs) of the entry one lookahead further on.
    if (j + kLookahead < entryCount_) {
        const LogEntry& next = entry(j + kLookahead);
        const auto* bytes = reinterpret_cast<const char*>(&next);
        for (size_t line = 0; line < 192; line += 64)
            __builtin_prefetch(bytes + line);
        __builtin_prefetch(&next.crc);
    }
    const LogEntry& e = entry(j);
    const PathField* field = nullptr;
    if (const FileMeta* f = e.file())
        field = &f->relpath;
    else if (const MkdirMeta* d = e.mkdir())
        field = &d->relpath;
    else
        return;
    // A plain path's length comes with the verdict that it needs no walk (land()).
    const size_t plainLength = plainPathLength(*field);
    const std::string_view raw =
        plainLength ? std::string_view(reinterpret_cast<const char*>(field->data()), plainLength)
                    : pathUpToNul(*field);
    const uint64_t h = PathTable::hash(raw);
    nodes_->prefetch(h);
    ahead_[j % ahead_.size()] = {j, raw.data(), raw.size(), h, plainLength != 0};
}

bool Replayer::knownPlain(std::string_view raw) const {
    const HashedPath& a = ahead_[current_ % ahead_.size()];
    return a.plain && a.entry == current_ && a.data == raw.data() && a.size == raw.size();
}

uint64_t Replayer::hashOf(std::string_view path) const {
    const HashedPath& a = ahead_[current_ % ahead_.size()];
    if (a.data == path.data() && a.size == path.size() && path.data() != nullptr)
        return a.hash;
    return PathTable::hash(path);
}

std::string_view Replayer::loggedPath(uint64_t i, const PathField& field) const {
    const HashedPath& a = ahead_[i % ahead_.size()];
    if (a.entry == i && a.data == reinterpret_cast<const char*>(field.data()))
        return {a.data, a.size};
    return pathUpToNul(field);
}

std::string_view Replayer::pathUpToNul(const PathField& field) {
    const auto* bytes = reinterpret_cast<const char*>(field.data());
    const void* nul = std::memchr(bytes, 0, field.size());
    return {bytes, nul ? static_cast<size_t>(static_cast<const char*>(nul) - bytes) : field.size()};
}

uint32_t Replayer::findRef(std::string_view path, uint64_t h) {
    return nodes_->find(h, [this, path](uint32_t r) { return keyIs(r, path); });
}

bool Replayer::keyIs(uint32_t ref, std::string_view path) {
    const Pending& p = pendingOf(ref);
    if (p.size != path.size())
        return false;
    if (p.data)
        return p.path() == path;
    // A file's path left in its streamed entry (keep()), read again only when the table holds
    // a path of this hash tag and length: in a sound log, a duplicate path. Once found it is
    // kept, so that a path logged many times is read again once.
    const LogEntry e = stream_->reread(p.entryIndex);
    const FileMeta* f = e.file();
    if (!f || pathUpToNul(f->relpath) != path)
        return false;
    pendingFiles_[ref / 2].data = copyToArena(path, false);
    return true;
}

bool Replayer::findDir(std::string_view dir, std::optional<Node>& other) {
    if (dir.empty()) {
        parentNode_ = 0;
        return true;
    }
    // Log entries mostly come in runs within one directory, and a directory never stops being
    // one: remember the last one found.
    if (dir == lastDir_) {
        parentNode_ = lastDirNode_;
        return true;
    }
    const uint32_t ref = findRef(dir, PathTable::hash(dir));
    if (ref != 0 && ref % 2 == 0) {
        lastDir_.assign(dir);
        lastDirNode_ = parentNode_ = ref / 2; // dirRef(k) / 2 == k + 1
        return true;
    }
    other = ref ? std::optional<Node>(nodeOf(ref)) : std::nullopt;
    return false;
}

namespace {

// Starts loading the cache line a little past the end of `bytes` bytes written at `data` (of
// `capacity`): a prefetch for writing where the target has one, `prefetcht0` at the x86-64
// baseline. The pending lists and the arena are reserved whole in fresh memory, so each new line
// an append reaches is a trip to memory; the stores queue behind it, and the first load that
// overlaps one of them (the landing the replay builds next) waits for the lot. Taken ahead, fsck
// of a full 256 MiB log took 10 % less (77.07 -> 68.99 ms), info 12 % (63.77 -> 56.28 ms).
// Always inlined: GCC otherwise finds a function of nothing but a prefetch free of side effects
// and deletes its calls (as for EntryDecoder::prefetchAhead()).
[[gnu::always_inline]] inline void prefetchForAppend(const void* data, size_t bytes,
                                                     size_t capacity) {
    constexpr size_t kAhead = 1536; // bytes: 64 pending records; 16 to 256 measured the same
    if (bytes + kAhead < capacity)
        __builtin_prefetch(static_cast<const char*>(data) + bytes + kAhead, 1);
}

template <class List> [[gnu::always_inline]] inline void prefetchForAppend(const List& list) {
    using T = typename List::value_type;
    prefetchForAppend(list.data(), list.size() * sizeof(T), list.capacity() * sizeof(T));
}

} // namespace

// The pending record is built in place in the list: returned by value from keep() and copied
// in, it was read back right after it was written, which cost `famscope info` 3-7 % on the full
// 64 MiB log and 2 % on the 256 MiB one (two and one alternating runs on a busy host).
void Replayer::addFile(std::string_view path, uint64_t h, uint64_t entry, fs::Landing how) {
    prefetchForAppend(pendingFiles_);
    pendingFiles_.emplace_back(keep(path, entry, false), static_cast<uint32_t>(path.size()),
                               parentNode_, static_cast<uint32_t>(entry));
    nodes_->insert(h, fileRef(pendingFiles_.size() - 1));
    if (how != fs::Landing::AsLogged)
        landed_.push_back({std::string(path), false, how});
}

void Replayer::addDir(std::string_view path, uint64_t h, uint64_t entry, fs::Landing how) {
    prefetchForAppend(pendingDirs_);
    pendingDirs_.emplace_back(keep(path, entry, true), static_cast<uint32_t>(path.size()),
                              parentNode_, static_cast<uint32_t>(entry));
    nodes_->insert(h, dirRef(pendingDirs_.size() - 1));
    if (how != fs::Landing::AsLogged)
        landed_.push_back({std::string(path), true, how});
}

void Replayer::markLandings() {
    auto byPath = [](const auto& node, const std::string& path) { return node.path < path; };
    for (const Landed& l : landed_) {
        if (l.isDir) {
            auto it = std::lower_bound(ns_.dirs.begin(), ns_.dirs.end(), l.path, byPath);
            if (it != ns_.dirs.end() && it->path == l.path)
                it->landing = l.how;
        } else {
            auto it = std::lower_bound(ns_.files.begin(), ns_.files.end(), l.path, byPath);
            if (it != ns_.files.end() && it->path == l.path)
                it->landing = l.how;
        }
    }
}

// Keeps a created path: copied into the arena, so that ordering and lookups compare paths
// packed together rather than scattered over the entries, with a '/' after a directory's (see
// orderByPath). The arena is reserved for the longest path of every entry in run() and never
// reallocates, so the copies stay where they are. A replay that builds no namespace is never
// ordered, and there a path still in its entry is not copied: referred to in place when the
// entries outlive the replay (fsck over loaded entries), left in the media for a stream's file
// (keyIs() reads it again in the rare lookup that needs it). That spares the copy and the fresh
// pages it writes: fsck's peak memory on a full 256 MiB log fell from 59.3 to 43.4 MiB. A
// stream's directories are copied: every parent lookup compares one.
const char* Replayer::keep(std::string_view path, uint64_t entry, bool isDir) {
    if (!ordered_ && insideEntry(path, entry) && (entriesOutliveReplay_ || !isDir))
        return entriesOutliveReplay_ ? path.data() : nullptr;
    return copyToArena(path, isDir);
}

const char* Replayer::copyToArena(std::string_view path, bool isDir) {
    prefetchForAppend(arena_.data(), arenaUsed_, arena_.size());
    char* at = arena_.data() + arenaUsed_;
    std::memcpy(at, path.data(), path.size());
    if (isDir)
        at[path.size()] = '/';
    arenaUsed_ += path.size() + (isDir ? 1 : 0);
    return at;
}

// True when `path` lies in entry `index` itself (the logged path), not in walked_.
bool Replayer::insideEntry(std::string_view path, uint64_t index) const {
    const auto begin = reinterpret_cast<uintptr_t>(&entry(index));
    const auto at = reinterpret_cast<uintptr_t>(path.data());
    return at >= begin && at + path.size() <= begin + sizeof(LogEntry);
}

bool Replayer::secondThreadPays(size_t files) {
    return files >= kParallelBuildFrom && std::thread::hardware_concurrency() > 1;
}

// Constructing the files' array writes every FsFile (24 MB for a full 64 MiB log) and needs
// nothing but their count, while ordering the paths reads only the pending lists: with a
// second core the two run side by side.
PathOrder Replayer::orderWhileSizingFiles() {
    const size_t count = pendingFiles_.size();
    std::exception_ptr sizingFailed;
    std::optional<std::jthread> sizing;
    if (secondThreadPays(count)) {
        try {
            sizing.emplace([this, count, &sizingFailed] {
                try {
                    ns_.files.resize(count);
                } catch (...) { // bad_alloc: rethrown below, where the caller can see it
                    sizingFailed = std::current_exception();
                }
            });
        } catch (const std::system_error&) {
            // no second thread: sized below
        }
    }
    if (!sizing)
        ns_.files.resize(count);
    PathOrder order = orderByPath(pendingFiles_, pendingDirs_);
    sizing.reset(); // joined
    if (sizingFailed)
        std::rethrow_exception(sizingFailed);
    return order;
}

// Builds ns_.files from the pending list in path order, reading each entry once more; entries
// a few places ahead in that order are prefetched, as the order jumps. The list is sized first
// (orderWhileSizingFiles()) so that a long one is filled in two halves on two threads, each in
// place.
void Replayer::buildFiles(const PathOrder::List& order) {
    const size_t count = order.size();
    ns_.files.resize(count); // sized already by orderWhileSizingFiles()
    const std::span<FsFile> out(ns_.files);
    if (secondThreadPays(count)) {
        try {
            const size_t half = count / 2;
            std::jthread worker(
                [this, &order, out, half] { fillFiles(order, half, out.subspan(half)); });
            fillFiles(order, 0, out.first(half));
            return; // the worker is joined here
        } catch (const std::system_error&) {
            // no second thread: fill everything here
        }
    }
    fillFiles(order, 0, out);
}

// Fills `out` with the files order[first], order[first + 1], ...
void Replayer::fillFiles(const PathOrder::List& order, size_t first, std::span<FsFile> out) const {
    constexpr size_t kAhead = 8;
    const size_t last = first + out.size();
    for (size_t k = first; k < last; ++k) {
        if (k + kAhead < last) {
            const auto* next =
                reinterpret_cast<const char*>(&fs_.entries[order[k + kAhead].entryIndex]);
            for (size_t line = 0; line < 192; line += 64)
                __builtin_prefetch(next + line);
        }
        const Pending& p = order[k];
        const FileMeta& meta = *fs_.entries[p.entryIndex].file();
        // Field by field into the empty file: a braced temporary moved in costs 10-15 % of
        // loadAndReplay (the FileMap's inline extents are copied).
        FsFile& f = out[k - first];
        f.path.assign(p.path());
        f.entryIndex = p.entryIndex;
        f.size = meta.size;
        f.mode = meta.mode;
        f.uid = meta.uid;
        f.gid = meta.gid;
        f.flags = meta.flags;
        fillFileMap(meta, f.map);
    }
}

void Replayer::buildDirs(const PathOrder::List& order) {
    ns_.dirs.reserve(order.size());
    for (const Pending& p : order) {
        const MkdirMeta& meta = *fs_.entries[p.entryIndex].mkdir();
        ns_.dirs.push_back(
            FsDir{std::string(p.path()), p.entryIndex, meta.mode, meta.uid, meta.gid});
    }
}

} // namespace replay_detail

Namespace replay(const LoadedFs& fs, ReplayMode mode) {
    return replay_detail::Replayer(fs, mode).run();
}

Namespace replay(const LoadedFs& fs, ReplayMode mode, const EntryGate& gate) {
    return replay_detail::Replayer(fs, mode, &gate).run();
}

ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode) {
    return replay_detail::Replayer(fs, mode).summary();
}

ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode, EntryStream& stream) {
    const EntryGate gate = [&stream](uint64_t n) { return stream.decodeUpTo(n); };
    return replay_detail::Replayer(fs, mode, stream, gate).summary();
}

ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode, const DecisionObserver& observe) {
    replay_detail::Replayer replayer(fs, mode);
    replayer.observe(&observe);
    return replayer.summary();
}

ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode, const EntryStream& stream,
                            const EntryGate& gate, const DecisionObserver& observe) {
    replay_detail::Replayer replayer(fs, mode, stream, gate);
    replayer.observe(&observe);
    return replayer.summary();
}

} // namespace famscope::fs
