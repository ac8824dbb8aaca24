// One editing session on a famfs file system: the unit famfs calls a locked-log session
// (one `famfs cp -r` or `creat --multi`). Opening it takes the exclusive write lock and checks
// that writing is safe; the first write backs up the metadata region; appends follow famfs's
// order so that a crash at any instant leaves either no new entry or a complete one:
//
//   file data, flushed -> CRC'd entry in slot next_index, flushed -> next_seqnum and
//   next_index advanced together in one 16-byte store, flushed.
//
// A process killed in the middle of the entry leaves a torn slot beyond next_index, which no
// reader looks at and the next append overwrites. Everything is read once at open; the session
// keeps its own view of the namespace and the allocation bitmap up to date as it appends.
#pragma once

#include "core/Result.h"
#include "core/edit/Allocator.h"
#include "core/format/LogEntry.h"
#include "core/fs/LoadedFs.h"
#include "core/media/Media.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace famscope::edit {

struct SessionOptions {
    // Write although the host is a client, the log holds a bad entry, or the counters are off.
    bool force = false;
    bool backup = true;
    std::string backupPath; // empty: defaultBackupPath()
    std::string systemUuidPath = "/opt/famfs/system_uuid";
    std::string mountInfoPath = "/proc/self/mountinfo";
    std::optional<uint64_t> placementSeed; // bucket order of strided allocation
};

struct SessionFile {
    uint64_t size = 0;
    uint64_t entryIndex = 0;
};

class EditSession {
public:
    static Result<std::unique_ptr<EditSession>> open(const std::string& path,
                                                     const SessionOptions& options);
    // A session over media opened by the caller (tests, in-memory file systems).
    static Result<std::unique_ptr<EditSession>> attach(std::unique_ptr<media::Media> media,
                                                       const SessionOptions& options);

    media::Media& media() { return *media_; }
    const fs::LoadedFs& fs() const { return fs_; }
    Allocator& allocator() { return allocator_; }
    const Allocator& allocator() const { return allocator_; }

    bool isDir(const std::string& path) const { return path.empty() || dirs_.count(path) != 0; }
    const SessionFile* file(const std::string& path) const;
    bool exists(const std::string& path) const { return isDir(path) || file(path) != nullptr; }

    uint64_t nextIndex() const { return fs_.log.nextIndex; }
    uint64_t freeSlots() const;
    // Fails unless `n` more entries fit in the log.
    Status requireSlots(uint64_t n) const;

    // Backs up the metadata region once per session; every write calls it first.
    Status beginWrite();
    const std::string& backupFile() const { return backupFile_; }

    // Appends a FILE or MKDIR entry (seqnum and CRC are set here) and returns its slot.
    Result<uint64_t> append(famfs::LogEntry entry);

private:
    EditSession(std::unique_ptr<media::Media> media, fs::LoadedFs fs, Allocator allocator,
                SessionOptions options);

    std::unique_ptr<media::Media> media_;
    fs::LoadedFs fs_;
    Allocator allocator_;
    SessionOptions options_;
    std::set<std::string> dirs_;
    std::map<std::string, SessionFile> files_;
    std::string backupFile_;
    bool backedUp_ = false;
};

} // namespace famscope::edit
