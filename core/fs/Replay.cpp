#include "fs/Replay.h"

#include "format/Hex.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace famscope::fs {

using namespace famfs;

namespace {

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

// Path -> node table for one replay: open addressing with linear probing over a power-of-two
// array sized once for every FILE and MKDIR entry, so a lookup is one short probe sequence and
// an insert allocates nothing (a log can hold 123,361 entries and must replay in well under a
// second). Keys are views of paths owned by the namespace being built, which outlive it.
class PathTable {
public:
    explicit PathTable(size_t maxEntries) {
        size_t capacity = 16;
        while (capacity < 2 * maxEntries)
            capacity <<= 1;
        slots_.resize(capacity);
    }

    const Node* find(std::string_view key) const {
        const uint64_t h = std::hash<std::string_view>{}(key);
        for (size_t i = h & mask(); slots_[i].used; i = (i + 1) & mask())
            if (slots_[i].hash == h && slots_[i].key == key)
                return &slots_[i].node;
        return nullptr;
    }

    // `key` must not be present; at most maxEntries keys are ever inserted.
    void insert(std::string_view key, Node node) {
        const uint64_t h = std::hash<std::string_view>{}(key);
        size_t i = h & mask();
        while (slots_[i].used)
            i = (i + 1) & mask();
        slots_[i] = {h, key, node, true};
    }

private:
    struct Slot {
        uint64_t hash = 0;
        std::string_view key;
        Node node;
        bool used = false;
    };
    size_t mask() const { return slots_.size() - 1; }
    std::vector<Slot> slots_;
};

// Sorts by path through a permutation, so each element is moved once rather than at every
// swap; a list already in path order is detected and left alone.
template <class T> void sortByPath(std::vector<T>& items) {
    const auto less = [](const T& a, const T& b) { return a.path < b.path; };
    if (std::is_sorted(items.begin(), items.end(), less))
        return;
    std::vector<std::pair<std::string_view, size_t>> order;
    order.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        order.emplace_back(items[i].path, i);
    std::sort(order.begin(), order.end());
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (const auto& o : order)
        sorted.push_back(std::move(items[o.second]));
    items = std::move(sorted);
}

class Replayer {
public:
    Replayer(const LoadedFs& fs, ReplayMode mode) : fs_(fs), mode_(mode) {}

    Namespace run() {
        if (auto why = refusal(fs_, mode_)) {
            ns_.refused = true;
            ns_.refusedReason = std::move(*why);
        }
        // The lookup table keys are views of the paths stored in ns_.files and ns_.dirs, so
        // both must never reallocate while it is in use: reserve one slot per entry of each
        // type. Nothing is moved until the final sort, after which the table is not used.
        size_t nfiles = 0, ndirs = 0;
        for (const LogEntry& e : fs_.entries) {
            nfiles += e.file() ? 1u : 0u;
            ndirs += e.mkdir() ? 1u : 0u;
        }
        ns_.files.reserve(nfiles);
        ns_.dirs.reserve(ndirs);
        nodes_.emplace(nfiles + ndirs);
        for (uint64_t i = 0; i < fs_.entries.size(); ++i) {
            const LogEntry& e = fs_.entries[i];
            if (!validate(i, e)) {
                if (mode_ == ReplayMode::Mount) {
                    ns_.stoppedAt = i;
                    break;
                }
                continue;
            }
            ++ns_.stats.nEntries;
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
        nodes_.reset(); // holds views of the paths about to move
        sortByPath(ns_.files);
        sortByPath(ns_.dirs);
        return std::move(ns_);
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
        std::string why;
        if (e.seqnum != i)
            why = "seqnum " + std::to_string(e.seqnum) + " != " + std::to_string(i);
        if (!e.crcValid())
            why += (why.empty() ? "" : ", ") + std::string("crc ") + hexString(e.crc) +
                   " != " + hexString(e.computedCrc);
        if (why.empty())
            return true;
        event(i, ReplayEvent::Kind::Invalid, "invalid (" + why + ")");
        return false;
    }

    const Node* find(std::string_view path) const {
        static const Node root{true, 0};
        if (path.empty())
            return &root; // the mount point
        return nodes_->find(path);
    }

    // The logged path if it is relative and non-empty (famfs's first check); otherwise records
    // why not and returns nullopt (an error in famfs's counters).
    std::optional<std::string> relativePath(uint64_t i, const char* what, const PathField& field) {
        std::string raw = pathText(field);
        if (!pathTerminated(field))
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
    // records why not (an error in famfs's counters) and returns nullopt.
    std::optional<std::string> normalise(uint64_t i, const char* what, std::string raw) {
        // An existing directory's ancestors all exist (nothing is ever removed), so checking
        // the parent covers every component that is not stepped out of by "..".
        if (!needsWalk(raw)) {
            if (!requireDir(i, what, raw, parentOf(raw)))
                return std::nullopt;
            return raw;
        }
        std::string path;
        path.reserve(raw.size());
        size_t pos = 0;
        while (pos <= raw.size()) {
            size_t end = raw.find('/', pos);
            if (end == std::string::npos)
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
        return path;
    }

    bool requireDir(uint64_t i, const char* what, std::string_view raw, std::string_view dir) {
        const Node* n = find(dir);
        if (n && n->isDir)
            return true;
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
            if (meta.extent(j).offset == 0) {
                skipped(i, "FILE " + quoted(*raw) + " has extent " + std::to_string(j) +
                               " with offset 0; skipped");
                return;
            }
        }
        auto path = normalise(i, "FILE", std::move(*raw));
        if (!path) {
            // Missing parents and escaping paths both fail famfs's stub creation.
            ++ns_.stats.fErrs;
            return;
        }
        if (const Node* n0 = find(*path)) {
            ++ns_.stats.fExisted;
            skipped(i, "FILE " + quoted(*path) + " already exists (" + owner(*path, *n0) +
                           "); skipped");
            return;
        }
        FsFile& f = ns_.files.emplace_back();
        f.path = std::move(*path);
        f.entryIndex = i;
        f.size = meta.size;
        f.mode = meta.mode;
        f.uid = meta.uid;
        f.gid = meta.gid;
        f.flags = meta.flags;
        f.map = fileMapOf(meta);
        if (f.map.clamped())
            note(i, "FILE " + quoted(f.path) + " declares " + std::to_string(f.map.declaredCount) +
                        (f.map.interleaved ? " strips" : " extents") + "; only the first " +
                        std::to_string(kMaxExtents) + " are read");
        if (f.map.interleaved && meta.count > 1)
            note(i, "FILE " + quoted(f.path) + " declares " + std::to_string(meta.count) +
                        " interleaved extents; only the first is read");
        nodes_->insert(f.path, Node{false, i});
        ++ns_.stats.fCreated;
    }

    void mkdir(uint64_t i, const MkdirMeta& meta) {
        const auto raw = relativePath(i, "MKDIR", meta.relpath);
        auto path = raw ? normalise(i, "MKDIR", std::move(*raw)) : std::nullopt;
        if (!path) {
            ++ns_.stats.dErrs;
            return;
        }
        if (const Node* n = find(*path)) {
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
        const FsDir& d =
            ns_.dirs.emplace_back(FsDir{std::move(*path), i, meta.mode, meta.uid, meta.gid});
        nodes_->insert(d.path, Node{true, i});
        ++ns_.stats.dCreated;
    }

    const LoadedFs& fs_;
    ReplayMode mode_;
    Namespace ns_;
    std::optional<PathTable> nodes_; // views of ns_.files/dirs paths; sized in run()
};

} // namespace

Namespace replay(const LoadedFs& fs, ReplayMode mode) {
    return Replayer(fs, mode).run();
}

} // namespace famscope::fs
