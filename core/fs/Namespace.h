// The file-system tree a log replay produces: what famfs would instantiate on mount (or what
// fsck sees), with every skipped or refused entry recorded as an event. Plain data, built by
// replay() (Replay.h); files and directories are kept sorted by path (byte order) so lookups
// are O(log n) and views can list them without sorting again.
#pragma once

#include "core/fs/FileMap.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::fs {

// Where a mount puts an entry (famfs-format.md section 3.3): famfs passes MNT/relpath through
// glibc realpath() and creates whatever the buffer holds, even when realpath() fails.
enum class Landing : uint8_t {
    AsLogged,   // at the logged path
    Normalised, // at the logged path with ".", ".." and empty components resolved
    Truncated,  // realpath() stopped at a missing directory: a regular file named after it
};

// One line on why a node landed where it did; empty for Landing::AsLogged.
const char* landingReason(Landing how);

struct FsFile {
    // Provided, not defaulted: value-initialising a defaulted one (vector::resize(), which
    // replay uses for 121 k files of a full log) zero-fills all 200 bytes and then runs the
    // member initialisers, two writes of every file where one does.
    FsFile() noexcept {}

    std::string path; // normalised, relative to the mount point, no leading '/'
    uint64_t entryIndex = 0;
    uint64_t size = 0;
    uint32_t mode = 0; // permission bits as logged
    uint32_t uid = 0;
    uint32_t gid = 0;
    uint32_t flags = 0;
    FileMap map;
    Landing landing = Landing::AsLogged;
    bool operator==(const FsFile&) const = default;
};

struct FsDir {
    std::string path; // normalised; the root itself is implicit and not listed
    uint64_t entryIndex = 0;
    uint32_t mode = 0;
    uint32_t uid = 0;
    uint32_t gid = 0;
    Landing landing = Landing::AsLogged;
    bool operator==(const FsDir&) const = default;
};

struct ReplayEvent {
    enum class Kind {
        Invalid, // bad seqnum or CRC: replay stops here (mount) or skips it (fsck)
        Skipped, // a valid entry famfs does not instantiate (bad path, zero offset, ...)
        Note,    // instantiated or ignored, but worth flagging (normalised path, clamp, ...)
    };
    uint64_t entryIndex = 0;
    std::string message; // "entry N: ..."
    Kind kind = Kind::Skipped;
    bool operator==(const ReplayEvent&) const = default;
};

// An entry whose path climbs above the mount point with "..": a mount resolves it outside the
// file system (famfs removes a file it creates there; mkdir() creates the directory there).
// Never part of the tree.
struct EscapedEntry {
    uint64_t entryIndex = 0;
    std::string loggedPath;
    bool isDir = false;
    bool operator==(const EscapedEntry&) const = default;
};

struct ReplayStats {
    uint64_t nEntries = 0; // valid entries replayed (famfs logplay's "N log entries")
    uint64_t fCreated = 0;
    uint64_t dCreated = 0;
    uint64_t fExisted = 0;
    uint64_t dExisted = 0;
    uint64_t fErrs = 0;
    uint64_t dErrs = 0;
    bool operator==(const ReplayStats&) const = default;
};

struct Namespace {
    std::vector<FsDir> dirs;   // sorted by path
    std::vector<FsFile> files; // sorted by path
    std::vector<ReplayEvent> events;
    std::vector<EscapedEntry> escapes; // in log order
    std::optional<uint64_t> stoppedAt; // index of the entry that ended a mount replay
    ReplayStats stats;
    // famfs itself would refuse this file system (bad superblock, or bad log header on
    // mount). The tree above is still what the log describes: a best-effort view.
    bool refused = false;
    std::string refusedReason;

    const FsFile* findFile(std::string_view path) const; // O(log n); null when absent
    const FsDir* findDir(std::string_view path) const;   // O(log n); "" is not listed
    bool operator==(const Namespace&) const = default;
};

} // namespace famscope::fs
