// Damage that leaves a famfs target readable: media shorter than the device its superblock
// claims (a truncated image: cut after the log header, what is there is read; cut before its
// end, the superblock alone with an empty namespace), and a superblock whose version or OMF
// this famscope does not know but whose log entry size is the newest one, read with the
// newest layout. Read-only front ends open such media best-effort and say what is wrong;
// writing stays refused (checkUsable() refuses both).
#pragma once

#include "core/Result.h"
#include "core/fs/FileMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/OpenFileSystem.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace famscope::fs {

struct MediaDamage {
    bool truncated = false;      // the media ends before the device the superblock claims
    uint64_t mediaSize = 0;      // bytes present
    uint64_t claimedSize = 0;    // the superblock's device size
    bool layoutAssumed = false;  // unknown version, read with the newest layout
    std::string assumedLayout;   // "OMF 2.2" when layoutAssumed
    uint64_t entriesMissing = 0; // entries next_index claims that lie beyond the end of the media
    std::vector<std::string> reasons; // one phrase per kind of damage, most serious first

    // "<reason>; <reason>": the text of the warning line and of the window's banner.
    std::string summary() const;
    // The kind of error it is: Unsupported (unknown layout) before Inconsistent (truncated),
    // the order checkUsable() refuses them in; the CLI ends with its exit status.
    ErrorKind kind() const {
        return layoutAssumed ? ErrorKind::Unsupported : ErrorKind::Inconsistent;
    }
};

// True when the superblock's version or OMF is not one famscope knows although its layout is
// read (famfs::detectLayout() reads a newer version with OMF 2.1/2.2 as the newest layout).
bool layoutAssumed(const LoadedFs& fs);

// The readable damage of a loaded file system, or nullopt when it has none, or has damage that
// leaves nothing to show (no superblock magic, an unsupported layout, no log header on media
// that is not truncated).
std::optional<MediaDamage> readableDamage(const LoadedFs& fs);

// The one warning line every front end prints first for damaged media it opened:
// "famscope: <target>: warning: damaged media, read-only and incomplete: <reasons>".
std::string damageWarning(const std::string& target, const MediaDamage& damage);

// As openFileSystem(path, false, replayMode, output), except that media with readableDamage()
// opens; readableDamage() of what it opened says what is wrong.
OpenResult openFileSystemBestEffort(const std::string& path,
                                    std::optional<ReplayMode> replayMode = std::nullopt,
                                    ReplayOutput output = ReplayOutput::Namespace);

// True when a piece of a file on device 0 ends past `mediaSize`: its data is missing.
bool beyondMedia(const famfs::SimpleExtent& piece, uint64_t mediaSize);
// The number of extents or strips of `map` on device 0 that end past `mediaSize`.
uint64_t piecesBeyondMedia(const FileMap& map, uint64_t mediaSize);

} // namespace famscope::fs
