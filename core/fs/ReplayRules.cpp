// The famfs replay rules: what famfs's __famfs_logplay (famfs_lib.c) does with each log entry,
// in its order, written to be read next to it (famfs-format.md section 3.3). How the lookups
// are made fast is ReplayEngine.cpp's business (Replayer.h).
#include "fs/Replayer.h"

#include "format/Hex.h"

#include <algorithm>
#include <cstdio>
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
    const size_t slash = p.rfind('/');
    return slash == std::string_view::npos ? std::string_view{} : p.substr(0, slash);
}

} // namespace

// __famfs_logplay's loop: entries 0 .. next_index-1 in order.
void Replayer::logplay() {
    if (auto why = refusal(fs_, mode_)) {
        ns_.refused = true;
        ns_.refusedReason = std::move(*why);
    }
    const uint64_t n = fs_.entries.size();
    for (uint64_t i = 0; i < n; ++i) {
        prepare(i);
        const LogEntry& e = fs_.entries[i];
        if (!validate(i, e)) {
            // logplay stops at the first bad entry; fsck skips it.
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
            note(i, "type " + std::to_string(e.type) + " (" + entryTypeName(e.type) + ") ignored");
    }
    if (!ns_.stoppedAt && fs_.entries.size() < fs_.entriesClaimed)
        note(fs_.entries.size(), "the log header claims " + std::to_string(fs_.entriesClaimed) +
                                     " entries but only " + std::to_string(fs_.entries.size()) +
                                     " could be read");
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

// Resolves a relative path to a normalised one whose parent is an existing directory, or
// records why not (an error in famfs's counters) and returns nullopt. The result is `raw`
// itself or a view of walked_, valid until the next call.
std::optional<std::string_view> Replayer::normalise(uint64_t i, const char* what,
                                                    std::string_view raw) {
    // An existing directory's ancestors all exist (nothing is ever removed), so checking the
    // parent covers every component that is not stepped out of by "..".
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
bool Replayer::requireDir(uint64_t i, const char* what, std::string_view raw,
                          std::string_view dir) {
    std::optional<Node> n;
    if (findDir(dir, n))
        return true;
    skipped(i, std::string(what) + " " + quoted(raw) + ": " +
                   (n ? quoted(dir) + " is a file (entry " + std::to_string(n->entryIndex) +
                            "), not a directory"
                      : "parent directory " + quoted(dir) + " does not exist") +
                   "; skipped");
    return false;
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
        skipped(i,
                "FILE " + quoted(*path) + " already exists (" + owner(*path, *n0) + "); skipped");
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
    addFile(*path, h, i);
    ++ns_.stats.fCreated;
}

// FAMFS_LOG_MKDIR
void Replayer::mkdir(uint64_t i, const MkdirMeta& meta) {
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
    addDir(*path, h, i);
    ++ns_.stats.dCreated;
}

} // namespace famscope::fs::replay_detail
