// The famfs replay rules: what famfs's __famfs_logplay (famfs_lib.c) does with each log entry,
// in its order, written to be read next to it (famfs-format.md section 3.3). How the lookups
// are made fast is ReplayEngine.cpp's business (Replayer.h).
#include "core/fs/Replayer.h"

#include "core/format/Hex.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

namespace famscope::fs::replay_detail {

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

std::string owner(std::string_view path, const Node& n) {
    if (path.empty())
        return "the mount point";
    return std::string(n.isDir ? "directory" : "file") + " of entry " +
           std::to_string(n.entryIndex);
}

// True when `p` has an empty, "." or ".." component (leading, trailing or doubled slashes
// included): only such paths need the component walk in normalise().
bool needsWalkSlow(std::string_view p) {
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
bool needsWalk(std::string_view p) {
    if (p.empty() || p.front() == '/' || p.back() == '/' || p.front() == '.')
        return true;
    // Any other empty, "." or ".." component starts right after a slash.
    for (size_t slash = p.find('/'); slash != std::string_view::npos;
         slash = p.find('/', slash + 1))
        if (p[slash + 1] == '/' || p[slash + 1] == '.')
            return needsWalkSlow(p);
    return false;
}

std::string_view parentOf(std::string_view p) {
    // memrchr, not rfind(): libstdc++'s rfind tests a byte at a time, on every entry's path.
    // A view built from its parts, not substr(): GCC leaves substr() out of line, which makes
    // the caller store `p` and read it back whole, a read that waits on the stores before it.
    const void* slash = p.empty() ? nullptr : ::memrchr(p.data(), '/', p.size());
    return slash ? std::string_view(p.data(),
                                    static_cast<size_t>(static_cast<const char*>(slash) - p.data()))
                 : std::string_view{};
}

// True when an entry landed at its logged path: usually `path` is that very view, which needs no
// comparison of the bytes.
bool asLogged(std::string_view path, std::string_view raw) {
    return path.size() == raw.size() && (path.data() == raw.data() || path == raw);
}

} // namespace

// __famfs_logplay's loop: entries 0 .. next_index-1 in order.
void Replayer::logplay() {
    if (auto why = refusal(fs_, mode_)) {
        ns_.refused = true;
        ns_.refusedReason = std::move(*why);
    }
    const uint64_t n = entryCount_;
    for (uint64_t i = 0; i < n; ++i) {
        prepare(i);
        const LogEntry& e = entry(i);
        const bool valid = validate(i, e);
        census_.add(e, valid);
        if (!valid) {
            // logplay stops at the first bad entry; fsck skips it.
            if (mode_ == ReplayMode::Mount) {
                ns_.stoppedAt = i;
                countFrom(i + 1);
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
            note(i, "type " + std::to_string(e.type) + " (" + entryTypeName(e.type) + ") ignored");
    }
    if (!ns_.stoppedAt && n < fs_.entriesClaimed)
        note(n, "the log header claims " + std::to_string(fs_.entriesClaimed) +
                    " entries but only " + std::to_string(n) + " could be read");
}

void Replayer::event(uint64_t i, ReplayEvent::Kind kind, std::string text) {
    ns_.events.push_back({i, entryPrefix(i) + text, kind});
}

// famfs_validate_log_entry(): seqnum and CRC.
bool Replayer::validate(uint64_t i, const LogEntry& e) {
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

// The logged path if it is relative and non-empty (famfs's first check); otherwise records why
// not and returns nullopt (an error in famfs's counters). The view is into the entry.
std::optional<std::string_view> Replayer::relativePath(uint64_t i, const char* what,
                                                       const PathField& field) {
    const std::string_view raw = loggedPath(i, field);
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

// Where famfs's realpath(MNT/raw) leaves its buffer, which famfs then stat()s and creates:
// glibc walks the components in order, drops empty and "." ones, takes ".." lexically, and on
// the first component that does not exist stops with the path resolved up to and including
// it. A component that is a file stops the walk too: at the file when what follows it needs
// a directory (a trailing slash, "." or ".."), else at the name after it (ENOTDIR).
Replayer::Landing Replayer::land(std::string_view raw) {
    // Fast path, most entries: plain names under an existing directory. An existing
    // directory's ancestors all exist (nothing is ever removed). The lookahead has usually
    // found the path plain already.
    if (knownPlain(raw) || !needsWalk(raw)) {
        std::optional<Node> other;
        if (findDir(parentOf(raw), other)) {
            const auto n = find(raw, hashOf(raw));
            return {n ? Landing::End::Resolved : Landing::End::Missing, raw, n};
        }
        if (other)
            return {Landing::End::UnderFile, parentOf(raw), other};
    }
    std::string& path = walked_;
    path.clear();
    std::optional<Node> node = Node{true, 0}; // the mount point
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
            if (path.empty())
                return {Landing::End::Escapes, {}, std::nullopt};
            const size_t slash = path.rfind('/');
            path.erase(slash == std::string::npos ? 0 : slash);
            continue;
        }
        if (!path.empty())
            path += '/';
        path.append(comp);
        node = find(path, PathTable::hash(path));
        if (!node) {
            std::optional<Node> parent;
            findDir(parentOf(path), parent); // exists, as the walk came through it: for keep()
            const bool truncated = pos < raw.size() && hasComponent(raw.substr(pos));
            return {truncated ? Landing::End::Truncated : Landing::End::Missing,
                    std::string_view(path), std::nullopt};
        }
        if (!node->isDir && pos < raw.size()) {
            if (nextIsName(raw.substr(pos)))
                return {Landing::End::UnderFile, std::string_view(path), node};
            return {Landing::End::Resolved, std::string_view(path), node};
        }
    }
    return {Landing::End::Resolved, std::string_view(path), node};
}

// True when `rest` (what follows a slash) holds a non-empty component.
bool Replayer::hasComponent(std::string_view rest) {
    return rest.find_first_not_of('/') != std::string_view::npos;
}

// True when the first component in `rest` that is not empty or "." is a name (not "..", not
// the end): glibc's suffix_requires_dir_check() is false, so a file before it passes and the
// name under it fails with ENOTDIR.
bool Replayer::nextIsName(std::string_view rest) {
    size_t pos = 0;
    while (pos < rest.size()) {
        size_t end = rest.find('/', pos);
        if (end == std::string_view::npos)
            end = rest.size();
        const std::string_view comp = rest.substr(pos, end - pos);
        if (!comp.empty() && comp != ".")
            return comp != "..";
        pos = end + 1;
    }
    return false;
}

std::string Replayer::landingNote(std::string_view raw, std::string_view path, bool truncated) {
    if (truncated)
        return "realpath() stops at " + quoted(path) +
               ", which does not exist: famfs mount creates a regular file " + quoted(path) +
               " holding this entry's data";
    return "path " + quoted(raw) + " resolved to " + quoted(path);
}

void Replayer::escaped(uint64_t i, const char* what, std::string_view raw, bool isDir) {
    ns_.escapes.push_back({i, std::string(raw), isDir});
    skipped(i, std::string(what) + " " + quoted(raw) +
                   " climbs above the mount point: a mount resolves it outside the file "
                   "system; not shown in the tree");
}

void Replayer::decided(uint64_t i, bool isDir, std::string_view raw, const Landing& at,
                       bool instantiable) {
    if (!observer_)
        return;
    using Outcome = EntryDecision::Outcome;
    EntryDecision d;
    d.entry = i;
    d.isDir = isDir;
    d.instantiable = instantiable;
    d.rawPath = raw;
    d.plainLength = knownPlain(raw) ? raw.size() : 0;
    d.path = at.path;
    switch (at.end) {
    case Landing::End::Resolved:
        d.outcome = Outcome::Exists;
        d.atMountPoint = at.path.empty();
        break;
    case Landing::End::Missing:
        d.outcome = Outcome::Created;
        break;
    case Landing::End::Truncated:
        d.outcome = Outcome::Truncated;
        break;
    case Landing::End::UnderFile:
        d.outcome = Outcome::UnderFile;
        break;
    case Landing::End::Escapes:
        d.outcome = Outcome::Escapes;
        break;
    }
    if (at.node) {
        d.nodeEntry = at.node->entryIndex;
        d.nodeIsDir = at.node->isDir;
    }
    (*observer_)(d);
}

// FAMFS_LOG_FILE
void Replayer::file(uint64_t i, const FileMeta& meta) {
    const auto raw = relativePath(i, "FILE", meta.relpath);
    if (!raw) {
        ++ns_.stats.fErrs;
        return;
    }
    // famfs checks every se[j] it believes in, j < fmap_nextents, before looking at the path:
    // for an interleaved entry se[0].se_offset is ie_chunk_size, so a zero chunk size is
    // caught here too. famfs counts no error for it, just skips the entry.
    const size_t n = std::min<size_t>(meta.count, kMaxExtents);
    for (size_t j = 0; j < n; ++j) {
        if (meta.fmapWords[3 * j + 1] == 0) { // extent(j).offset
            skipped(i, "FILE " + quoted(*raw) + " has extent " + std::to_string(j) +
                           " with offset 0; skipped");
            if (observer_) // fsck still reports what is at its path
                decided(i, false, *raw, land(*raw), false);
            return;
        }
    }
    const Landing at = land(*raw);
    decided(i, false, *raw, at);
    switch (at.end) {
    case Landing::End::Escapes:
        // famfs creates the stub outside, finds it is not in famfs and unlinks it.
        ++ns_.stats.fErrs;
        escaped(i, "FILE", *raw, false);
        return;
    case Landing::End::UnderFile:
        ++ns_.stats.fErrs;
        skipped(i, "FILE " + quoted(*raw) + ": " + quoted(at.path) + " is a file (entry " +
                       std::to_string(at.node->entryIndex) +
                       "), not a directory (ENOTDIR); skipped");
        return;
    case Landing::End::Resolved:
        ++ns_.stats.fExisted;
        skipped(i, "FILE " + quoted(at.path) + " already exists (" + owner(at.path, *at.node) +
                       "); skipped");
        return;
    case Landing::End::Missing:
    case Landing::End::Truncated:
        break;
    }
    const bool truncated = at.end == Landing::End::Truncated;
    const bool logged = !truncated && asLogged(at.path, *raw);
    if (!logged)
        note(i, "FILE " + quoted(*raw) + ": " + landingNote(*raw, at.path, truncated));
    const bool interleaved = meta.interleaved();
    const uint64_t declared = interleaved ? meta.nstrips() : meta.count;
    if (declared > kMaxExtents)
        note(i, "FILE " + quoted(at.path) + " declares " + std::to_string(declared) +
                    (interleaved ? " strips" : " extents") + "; only the first " +
                    std::to_string(kMaxExtents) + " are read");
    if (interleaved && meta.count > 1)
        note(i, "FILE " + quoted(at.path) + " declares " + std::to_string(meta.count) +
                    " interleaved extents; only the first is read");
    addFile(at.path, hashOf(at.path), i,
            truncated ? fs::Landing::Truncated
                      : (logged ? fs::Landing::AsLogged : fs::Landing::Normalised));
    ++ns_.stats.fCreated;
}

// FAMFS_LOG_MKDIR: famfs stat()s where realpath() stops, then calls mkdir() on the logged path
// itself, which the kernel resolves the same way but needs every component up to the last.
void Replayer::mkdir(uint64_t i, const MkdirMeta& meta) {
    const auto raw = relativePath(i, "MKDIR", meta.relpath);
    if (!raw) {
        ++ns_.stats.dErrs;
        return;
    }
    const Landing at = land(*raw);
    decided(i, true, *raw, at);
    switch (at.end) {
    case Landing::End::Escapes:
        ++ns_.stats.dErrs;
        escaped(i, "MKDIR", *raw, true);
        return;
    case Landing::End::UnderFile:
        ++ns_.stats.dErrs;
        skipped(i, "MKDIR " + quoted(*raw) + ": " + quoted(at.path) + " is a file (entry " +
                       std::to_string(at.node->entryIndex) +
                       "), not a directory (ENOTDIR); skipped");
        return;
    case Landing::End::Truncated:
        ++ns_.stats.dErrs;
        skipped(i, "MKDIR " + quoted(*raw) + ": parent directory " + quoted(at.path) +
                       " does not exist; mkdir() fails and nothing is created");
        return;
    case Landing::End::Resolved:
        if (at.node->isDir) {
            ++ns_.stats.dExisted;
            skipped(i, "MKDIR " + quoted(at.path) + " already exists (" + owner(at.path, *at.node) +
                           "); skipped");
        } else {
            ++ns_.stats.dErrs;
            skipped(i, "MKDIR " + quoted(at.path) + " is already a file (entry " +
                           std::to_string(at.node->entryIndex) +
                           "): a file exists where a directory should be; skipped");
        }
        return;
    case Landing::End::Missing:
        break;
    }
    const bool logged = asLogged(at.path, *raw);
    if (!logged)
        note(i, "MKDIR " + quoted(*raw) + ": " + landingNote(*raw, at.path, false));
    addDir(at.path, hashOf(at.path), i, logged ? fs::Landing::AsLogged : fs::Landing::Normalised);
    ++ns_.stats.dCreated;
}

} // namespace famscope::fs::replay_detail
