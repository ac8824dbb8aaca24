#include "fs/Replay.h"

#include "format/Hex.h"
#include "fs/PathOrder.h"
#include "fs/ReplayScratch.h"

#include <algorithm>
#include <array>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iterator>
#include <optional>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace famscope::fs {

using namespace famfs;

namespace {

using namespace replay_detail;

// Paths come from media: show them quoted, with control bytes escaped so that one event is
// always one line.
std::string quoted(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f || c == '"' || c == '\\') {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string entryPrefix(uint64_t index) {
    return "entry " + std::to_string(index) + ": ";
}

// Why famfs would refuse this file system, in famfs_check_super() order; nullopt if it would
// not.
std::optional<std::string> refusal(const LoadedFs& fs, ReplayMode mode) {
    const Superblock& sb = fs.sb;
    if (!sb.magicValid())
        return "superblock magic " + hexString(sb.magic) + " is not " + hexString(kSuperMagic);
    if (!sb.versionKnown())
        return "superblock version " + std::to_string(sb.version) + " is not " +
               std::to_string(kPreviousVersion) + " or " + std::to_string(kCurrentVersion);
    if (!sb.crcValid())
        return "superblock CRC mismatch (stored " + hexString(sb.crc) + ", computed " +
               hexString(sb.computeCrc()) + ")";
    if (sb.allocUnit != 4096 && sb.allocUnit != kAllocUnit)
        return "superblock alloc_unit " + hexString(sb.allocUnit) + " is not 0x1000 or " +
               hexString(kAllocUnit);
    // Only a mount (logplay) validates the log header; the device fsck does not.
    if (mode == ReplayMode::Mount) {
        if (!fs.logHeaderRead)
            return std::string("log header missing (the media ends before it)");
        if (!fs.log.magicValid())
            return "log header invalid (magic " + hexString(fs.log.magic) + " is not " +
                   hexString(kLogMagic) + ")";
        if (!fs.log.crcValid())
            return std::string("log header invalid (CRC mismatch)");
    }
    if (!fs.layout.supported)
        return "unsupported famfs layout: " + fs.layout.description;
    return std::nullopt;
}

struct Node {
    bool isDir = false;
    uint64_t entryIndex = 0;
};

class Replayer {
public:
    Replayer(const LoadedFs& fs, ReplayMode mode, const EntryGate* gate = nullptr)
        : fs_(fs), mode_(mode), gate_(gate) {}

    // Replays every entry; the namespace's files and directories are built only when `build`.
    Namespace run(bool build = true) {
        if (auto why = refusal(fs_, mode_)) {
            ns_.refused = true;
            ns_.refusedReason = std::move(*why);
        }
        // The lookup table refers to pendingFiles_ and pendingDirs_ by index, and they to paths
        // in the arena; a normalised path is never longer than the logged one (and keep() adds
        // one byte to a directory's).
        const size_t n = fs_.entries.size();
        arena_ = ByteBuffer(n * (kMaxPathLen + 1));
        pendingFiles_.reserve(n);

        nodes_.emplace(n);
        uint64_t readable = gate_ ? 0 : n; // leading entries known to be decoded
        for (uint64_t i = 0; i < n; ++i) {
            // hashAhead() reads two lookaheads further on.
            if (readable <= i + 2 * kLookahead && readable < n)
                readable = (*gate_)(std::min<uint64_t>(n, i + 2 * kLookahead + 1));
            if (i + kLookahead < n)
                hashAhead(i + kLookahead);
            const LogEntry& e = fs_.entries[i];
            if (!validate(i, e)) {
                if (mode_ == ReplayMode::Mount) {
                    ns_.stoppedAt = i;
                    break;
                }
                continue;
            }
            ++ns_.stats.nEntries;
            current_ = i;
            if (const FileMeta* f = e.file())
                file(i, *f);
            else if (const MkdirMeta* d = e.mkdir())
                mkdir(i, *d);
            else if (e.type != static_cast<uint32_t>(EntryType::AddDaxdev))
                note(i,
                     "type " + std::to_string(e.type) + " (" + entryTypeName(e.type) + ") ignored");
        }
        if (!ns_.stoppedAt && fs_.entries.size() < fs_.entriesClaimed)
            note(fs_.entries.size(), "the log header claims " + std::to_string(fs_.entriesClaimed) +
                                         " entries but only " + std::to_string(fs_.entries.size()) +
                                         " could be read");
        nodes_.reset();
        if (build) {
            const PathOrder order = orderByPath(pendingFiles_, pendingDirs_);
            buildFiles(order.files);
            buildDirs(order.dirs);
        }
        return std::move(ns_);
    }

    ReplaySummary summary() {
        Namespace ns = run(false);
        ReplaySummary s;
        s.files = pendingFiles_.size();
        s.dirs = pendingDirs_.size();
        s.events = std::move(ns.events);
        s.stoppedAt = ns.stoppedAt;
        s.stats = ns.stats;
        s.refused = ns.refused;
        s.refusedReason = std::move(ns.refusedReason);
        return s;
    }

private:
    void event(uint64_t i, ReplayEvent::Kind kind, std::string text) {
        ns_.events.push_back({i, entryPrefix(i) + text, kind});
    }
    void skipped(uint64_t i, std::string text) {
        event(i, ReplayEvent::Kind::Skipped, std::move(text));
    }
    void note(uint64_t i, std::string text) { event(i, ReplayEvent::Kind::Note, std::move(text)); }

    bool validate(uint64_t i, const LogEntry& e) {
        if (e.seqnum == i && e.crcValid())
            return true;
        std::string why;
        if (e.seqnum != i)
            why = "seqnum " + std::to_string(e.seqnum) + " != " + std::to_string(i);
        if (!e.crcValid())
            why += (why.empty() ? "" : ", ") + std::string("crc ") + hexString(e.crc) +
                   " != " + hexString(e.computedCrc);
        event(i, ReplayEvent::Kind::Invalid, "invalid (" + why + ")");
        return false;
    }

    // The path of most FILE and MKDIR entries is looked up as logged: hash it a few entries
    // ahead and prefetch its table slot, so the lookup finds it in cache. Only a hint: a path
    // that normalises to something else is hashed again when it is looked up.
    static constexpr uint64_t kLookahead = 8;
    static constexpr size_t kParallelBuildFrom = 16384; // files; below, a thread costs more
    struct HashedPath {
        uint64_t entry = UINT64_MAX;
        const char* data = nullptr;
        size_t size = 0;
        uint64_t hash = 0;
    };
    void hashAhead(uint64_t j) {
        // The entries themselves are streamed from memory: ask for the cache lines replay
        // reads (header, path, extent count, CRCs) of the entry one lookahead further on.
        if (j + kLookahead < fs_.entries.size()) {
            const LogEntry& next = fs_.entries[j + kLookahead];
            const auto* bytes = reinterpret_cast<const char*>(&next);
            for (size_t line = 0; line < 192; line += 64)
                __builtin_prefetch(bytes + line);
            __builtin_prefetch(&next.crc);
        }
        const LogEntry& e = fs_.entries[j];
        const PathField* field = nullptr;
        if (const FileMeta* f = e.file())
            field = &f->relpath;
        else if (const MkdirMeta* d = e.mkdir())
            field = &d->relpath;
        else
            return;
        const std::string_view raw = loggedPath(*field);
        const uint64_t h = PathTable::hash(raw);
        nodes_->prefetch(h);
        ahead_[j % ahead_.size()] = {j, raw.data(), raw.size(), h};
    }
    uint64_t hashOf(std::string_view path) const {
        const HashedPath& a = ahead_[current_ % ahead_.size()];
        if (a.data == path.data() && a.size == path.size() && path.data() != nullptr)
            return a.hash;
        return PathTable::hash(path);
    }
    static std::string_view loggedPath(const PathField& field) {
        const auto* bytes = reinterpret_cast<const char*>(field.data());
        const void* nul = std::memchr(bytes, 0, field.size());
        return {bytes,
                nul ? static_cast<size_t>(static_cast<const char*>(nul) - bytes) : field.size()};
    }

    // Table references: files are 2k+1, directories 2k+2 (k their index in pendingFiles_ or
    // pendingDirs_), 0 is none.
    static uint32_t fileRef(size_t k) { return static_cast<uint32_t>(2 * k + 1); }
    static uint32_t dirRef(size_t k) { return static_cast<uint32_t>(2 * k + 2); }
    const Pending& pendingOf(uint32_t ref) const {
        return ref % 2 ? pendingFiles_[ref / 2] : pendingDirs_[ref / 2 - 1];
    }
    Node nodeOf(uint32_t ref) const { return Node{ref % 2 == 0, pendingOf(ref).entryIndex}; }

    // Records a created path: copied into the arena, so that ordering and lookups compare
    // paths packed together rather than scattered over the entries, with a '/' after a
    // directory's (see orderByPath). The arena is reserved for the longest path of every entry
    // in run() and never reallocates, so the copies stay where they are.
    Pending keep(std::string_view path, uint64_t entry, bool isDir) {
        char* at = arena_.data() + arenaUsed_;
        std::memcpy(at, path.data(), path.size());
        if (isDir)
            at[path.size()] = '/';
        arenaUsed_ += path.size() + (isDir ? 1 : 0);
        return {at, static_cast<uint32_t>(path.size()), parentNode_, entry};
    }

    // Builds ns_.files from the pending list in path order, reading each entry once more;
    // entries a few places ahead in that order are prefetched, as the order jumps. A long list
    // is built in two halves on two threads, the upper half then moved in after.
    void buildFiles(const PathOrder::List& order) {
        const size_t count = order.size();
        ns_.files.reserve(count);
        std::vector<FsFile> upper;
        size_t half = count;
        if (count >= kParallelBuildFrom && std::thread::hardware_concurrency() > 1) {
            try {
                std::jthread worker([this, &order, &upper, from = count / 2, count] {
                    upper.reserve(count - from);
                    buildFiles(order, from, count, upper);
                });
                half = count / 2;
                buildFiles(order, 0, half, ns_.files);
            } catch (const std::system_error&) {
                half = count; // no second thread: build everything here
            }
        }
        if (half == count)
            buildFiles(order, 0, count, ns_.files);
        for (FsFile& f : upper)
            ns_.files.push_back(std::move(f));
    }

    void buildFiles(const PathOrder::List& order, size_t first, size_t last,
                    std::vector<FsFile>& out) const {
        constexpr size_t kAhead = 8;
        for (size_t k = first; k < last; ++k) {
            if (k + kAhead < last) {
                const auto* next =
                    reinterpret_cast<const char*>(&fs_.entries[order[k + kAhead].entryIndex]);
                for (size_t line = 0; line < 192; line += 64)
                    __builtin_prefetch(next + line);
            }
            const Pending& p = order[k];
            const FileMeta& meta = *fs_.entries[p.entryIndex].file();
            FsFile& f = out.emplace_back();
            f.path.assign(p.path());
            f.entryIndex = p.entryIndex;
            f.size = meta.size;
            f.mode = meta.mode;
            f.uid = meta.uid;
            f.gid = meta.gid;
            f.flags = meta.flags;
            f.map = fileMapOf(meta);
        }
    }

    void buildDirs(const PathOrder::List& order) {
        ns_.dirs.reserve(order.size());
        for (const Pending& p : order) {
            const MkdirMeta& meta = *fs_.entries[p.entryIndex].mkdir();
            ns_.dirs.push_back(
                FsDir{std::string(p.path()), p.entryIndex, meta.mode, meta.uid, meta.gid});
        }
    }

    // The table reference of the created path `path` (hashed to `h`), or 0.
    uint32_t findRef(std::string_view path, uint64_t h) const {
        return nodes_->find(path, h, [this](uint32_t r) { return pendingOf(r).path(); });
    }
    // The node at `path` (hashed to `h`), the mount point for "", or nullopt.
    std::optional<Node> find(std::string_view path, uint64_t h) const {
        if (path.empty())
            return Node{true, 0}; // the mount point
        const uint32_t ref = findRef(path, h);
        return ref ? std::optional<Node>(nodeOf(ref)) : std::nullopt;
    }

    // The logged path if it is relative and non-empty (famfs's first check); otherwise records
    // why not and returns nullopt (an error in famfs's counters). The view is into the entry.
    std::optional<std::string_view> relativePath(uint64_t i, const char* what,
                                                 const PathField& field) {
        const HashedPath& a = ahead_[i % ahead_.size()];
        const std::string_view raw =
            a.entry == i && a.data == reinterpret_cast<const char*>(field.data())
                ? std::string_view(a.data, a.size)
                : loggedPath(field);
        if (raw.size() == field.size())
            note(i, std::string(what) + " path is not NUL-terminated; read as its 80 bytes");
        if (raw.empty()) {
            skipped(i, std::string(what) + " path is empty; skipped");
            return std::nullopt;
        }
        if (raw.front() == '/') {
            skipped(i, std::string(what) + " path " + quoted(raw) + " is not relative; skipped");
            return std::nullopt;
        }
        return raw;
    }

    // True when `p` has an empty, "." or ".." component (leading, trailing or doubled slashes
    // included): only such paths need the component walk below.
    static bool needsWalk(std::string_view p) {
        if (p.empty() || p.front() == '/' || p.back() == '/' || p.front() == '.')
            return true;
        // Any other empty, "." or ".." component starts right after a slash.
        for (size_t slash = p.find('/'); slash != std::string_view::npos;
             slash = p.find('/', slash + 1))
            if (p[slash + 1] == '/' || p[slash + 1] == '.')
                return needsWalkSlow(p);
        return false;
    }
    static bool needsWalkSlow(std::string_view p) {
        size_t pos = 0;
        while (pos <= p.size()) {
            size_t end = p.find('/', pos);
            if (end == std::string_view::npos)
                end = p.size();
            const std::string_view comp = p.substr(pos, end - pos);
            if (comp.empty() || comp == "." || comp == "..")
                return true;
            pos = end + 1;
        }
        return false;
    }

    static std::string_view parentOf(std::string_view p) {
        const size_t slash = p.rfind('/');
        return slash == std::string_view::npos ? std::string_view{} : p.substr(0, slash);
    }

    // Resolves a relative path to a normalised one whose parent is an existing directory, or
    // records why not (an error in famfs's counters) and returns nullopt. The result is `raw`
    // itself or a view of walked_, valid until the next call.
    std::optional<std::string_view> normalise(uint64_t i, const char* what, std::string_view raw) {
        // An existing directory's ancestors all exist (nothing is ever removed), so checking
        // the parent covers every component that is not stepped out of by "..".
        if (!needsWalk(raw)) {
            if (!requireDir(i, what, raw, parentOf(raw)))
                return std::nullopt;
            return raw;
        }
        std::string& path = walked_;
        path.clear();
        size_t pos = 0;
        while (pos <= raw.size()) {
            size_t end = raw.find('/', pos);
            if (end == std::string_view::npos)
                end = raw.size();
            const std::string_view comp(raw.data() + pos, end - pos);
            pos = end + 1;
            if (comp.empty() || comp == ".")
                continue;
            if (comp == "..") {
                if (path.empty()) {
                    skipped(i, std::string(what) + " " + quoted(raw) +
                                   " climbs above the mount point; skipped");
                    return std::nullopt;
                }
                // realpath() checks that what ".." steps out of is a directory.
                if (!requireDir(i, what, raw, path))
                    return std::nullopt;
                const size_t slash = path.rfind('/');
                path.erase(slash == std::string::npos ? 0 : slash);
                continue;
            }
            if (!path.empty())
                path += '/';
            path.append(comp);
        }
        if (!requireDir(i, what, raw, parentOf(path)))
            return std::nullopt;
        if (path != raw)
            note(i, std::string(what) + " path " + quoted(raw) + " resolved to " + quoted(path));
        return std::string_view(path);
    }

    // True when `dir` is the mount point ("") or an existing directory, which becomes
    // parentNode_; otherwise records why not (naming `raw`, the logged path).
    bool requireDir(uint64_t i, const char* what, std::string_view raw, std::string_view dir) {
        if (dir.empty()) {
            parentNode_ = 0;
            return true;
        }
        // Log entries mostly come in runs within one directory, and a directory never stops
        // being one: remember the last one found.
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
        const std::optional<Node> n = ref ? std::optional<Node>(nodeOf(ref)) : std::nullopt;
        skipped(i, std::string(what) + " " + quoted(raw) + ": " +
                       (n ? quoted(dir) + " is a file (entry " + std::to_string(n->entryIndex) +
                                "), not a directory"
                          : "parent directory " + quoted(dir) + " does not exist") +
                       "; skipped");
        return false;
    }

    static std::string owner(std::string_view path, const Node& n) {
        if (path.empty())
            return "the mount point";
        return std::string(n.isDir ? "directory" : "file") + " of entry " +
               std::to_string(n.entryIndex);
    }

    void file(uint64_t i, const FileMeta& meta) {
        const auto raw = relativePath(i, "FILE", meta.relpath);
        if (!raw) {
            ++ns_.stats.fErrs;
            return;
        }
        // famfs checks every se[j] it believes in, j < fmap_nextents, before looking at the
        // path: for an interleaved entry se[0].se_offset is ie_chunk_size, so a zero chunk size
        // is caught here too. famfs counts no error for it, just skips the entry.
        const size_t n = std::min<size_t>(meta.count, kMaxExtents);
        for (size_t j = 0; j < n; ++j) {
            if (meta.fmapWords[3 * j + 1] == 0) { // extent(j).offset
                skipped(i, "FILE " + quoted(*raw) + " has extent " + std::to_string(j) +
                               " with offset 0; skipped");
                return;
            }
        }
        const auto path = normalise(i, "FILE", *raw);
        if (!path) {
            // Missing parents and escaping paths both fail famfs's stub creation.
            ++ns_.stats.fErrs;
            return;
        }
        const uint64_t h = hashOf(*path);
        if (const auto n0 = find(*path, h)) {
            ++ns_.stats.fExisted;
            skipped(i, "FILE " + quoted(*path) + " already exists (" + owner(*path, *n0) +
                           "); skipped");
            return;
        }
        const bool interleaved = meta.interleaved();
        const uint64_t declared = interleaved ? meta.nstrips() : meta.count;
        if (declared > kMaxExtents)
            note(i, "FILE " + quoted(*path) + " declares " + std::to_string(declared) +
                        (interleaved ? " strips" : " extents") + "; only the first " +
                        std::to_string(kMaxExtents) + " are read");
        if (interleaved && meta.count > 1)
            note(i, "FILE " + quoted(*path) + " declares " + std::to_string(meta.count) +
                        " interleaved extents; only the first is read");
        pendingFiles_.push_back(keep(*path, i, false));
        nodes_->insert(h, fileRef(pendingFiles_.size() - 1));
        ++ns_.stats.fCreated;
    }

    void mkdir(uint64_t i, const MkdirMeta& meta) {
        const auto raw = relativePath(i, "MKDIR", meta.relpath);
        const auto path = raw ? normalise(i, "MKDIR", *raw) : std::nullopt;
        if (!path) {
            ++ns_.stats.dErrs;
            return;
        }
        const uint64_t h = hashOf(*path);
        if (const auto n = find(*path, h)) {
            if (n->isDir) {
                ++ns_.stats.dExisted;
                skipped(i, "MKDIR " + quoted(*path) + " already exists (" + owner(*path, *n) +
                               "); skipped");
            } else {
                ++ns_.stats.dErrs;
                skipped(i, "MKDIR " + quoted(*path) + " is already a file (entry " +
                               std::to_string(n->entryIndex) + "); skipped");
            }
            return;
        }
        pendingDirs_.push_back(keep(*path, i, true));
        nodes_->insert(h, dirRef(pendingDirs_.size() - 1));
        ++ns_.stats.dCreated;
    }

    const LoadedFs& fs_;
    ReplayMode mode_;
    const EntryGate* gate_; // null when every entry is decoded already
    Namespace ns_;
    // Scratch arrays of a replay; large ones map their own (huge) pages.
    template <class T> using Scratch = std::vector<T, BulkAllocator<T>>;
    Scratch<Pending> pendingFiles_;      // created files, in log order
    Scratch<Pending> pendingDirs_;       // created directories, in log order
    ByteBuffer arena_;                   // every created path, back to back (keep())
    size_t arenaUsed_ = 0;               // bytes of arena_ written
    std::optional<PathTable> nodes_;     // refers to the pending lists; sized in run()
    std::string walked_;                 // normalise()'s result for paths that needed a walk
    std::string lastDir_;                // the last directory requireDir() found
    uint32_t lastDirNode_ = 0;           // its node: k + 1 for pendingDirs_[k]
    uint32_t parentNode_ = 0;            // the node of the directory requireDir() last found
    std::array<HashedPath, 16> ahead_{}; // hashAhead() results by entry index mod 16
    uint64_t current_ = 0;               // the entry being replayed
};

} // namespace

Namespace replay(const LoadedFs& fs, ReplayMode mode) {
    return Replayer(fs, mode).run();
}

Namespace replay(const LoadedFs& fs, ReplayMode mode, const EntryGate& gate) {
    return Replayer(fs, mode, &gate).run();
}

ReplaySummary replaySummary(const LoadedFs& fs, ReplayMode mode) {
    return Replayer(fs, mode).summary();
}

} // namespace famscope::fs
