#include "core/edit/EditSession.h"

#include "core/edit/Backup.h"
#include "core/edit/HostIdentity.h"
#include "core/edit/LogCounters.h"
#include "core/edit/MediaLock.h"
#include "core/edit/MountCheck.h"
#include "core/format/ByteOrder.h"
#include "core/fs/Replay.h"
#include "core/repair/PendingRepair.h"

#include <cstring>

namespace famscope::edit {

using namespace famfs;

namespace {

uint64_t slotOffset(uint64_t index) {
    return kLogOffset + kLogHeaderSize + index * kLogEntrySize;
}

// Why the loaded file system must not be appended to; empty when it is fine.
std::string refusal(const fs::LoadedFs& fs, bool force) {
    if (Status st = fs::checkUsable(fs, false); !st)
        return st.error();
    if (!fs.sb.crcValid())
        return "the superblock CRC is wrong; restore a backup or run mkfs";
    if (fs.sb.allocUnit != 4096 && fs.sb.allocUnit != kAllocUnit)
        return "allocation unit " + std::to_string(fs.sb.allocUnit) +
               " is neither 4 KiB nor 2 MiB; famfs refuses the superblock";
    if (!fs.logHeaderRead || !fs.log.magicValid() || !fs.log.crcValid())
        return "the log header is damaged (magic or CRC); famfs would not mount it";
    if (fs.log.len != fs.sb.logLen || fs.log.lastIndex + 1 != logSlots(fs.log.len))
        return "the log header disagrees with the superblock about the log size";
    if (fs.log.nextIndex > fs.log.lastIndex + 1)
        return "next_index " + std::to_string(fs.log.nextIndex) + " is past the end of the log";
    if (force)
        return {};
    if (fs.log.nextSeqnum != fs.log.nextIndex)
        return "next_seqnum " + std::to_string(fs.log.nextSeqnum) + " differs from next_index " +
               std::to_string(fs.log.nextIndex) + "; use --force to append anyway";
    if (fs.entries.size() != fs.log.nextIndex)
        return "only " + std::to_string(fs.entries.size()) + " of " +
               std::to_string(fs.log.nextIndex) + " log entries could be read";
    for (const LogEntry& e : fs.entries)
        if (!e.crcValid() || e.seqnum != static_cast<uint64_t>(&e - fs.entries.data()))
            return "log entry " + std::to_string(&e - fs.entries.data()) +
                   " is bad, so famfs would never replay an entry appended after it; use "
                   "--force to append anyway";
    return {};
}

} // namespace

EditSession::EditSession(std::unique_ptr<media::Media> media, fs::LoadedFs fs, Allocator allocator,
                         SessionOptions options)
    : media_(std::move(media)), fs_(std::move(fs)), allocator_(std::move(allocator)),
      options_(std::move(options)) {}

Result<std::unique_ptr<EditSession>> EditSession::open(const std::string& path,
                                                       const SessionOptions& options) {
    if (auto mounted = mountedAs(path, options.mountInfoPath); mounted && !options.force)
        return Error{path + " is " + *mounted + "; famscope does not write to a mounted famfs"};
    auto media = media::openMedia(path, media::Access::ReadWrite);
    if (!media)
        return Error{media.error()};
    return attach(std::move(media.value()), options);
}

Result<std::unique_ptr<EditSession>> EditSession::attach(std::unique_ptr<media::Media> media,
                                                         const SessionOptions& options) {
    if (!media->writable())
        return Error{media->path() + " is not writable"};
    // Lock before reading anything, so what is read cannot change under the session.
    if (Status st = lockForWriting(*media); !st)
        return Error{st.error()};
    // Even forced: a write now would change bytes the interrupted repair checks before it
    // finishes, and leave restore as the only way back.
    if (const std::string why =
            repair::pendingRepairRefusal(media->path(), repair::findPendingRepair(*media));
        !why.empty())
        return Error{media->path() + ": " + why};
    auto loaded = fs::loadFileSystem(*media);
    if (!loaded)
        return Error{media->path() + ": " + loaded.error()};
    if (const std::string why = refusal(*loaded, options.force); !why.empty())
        return Error{media->path() + ": " + why};
    if (!options.force)
        if (Status st = checkOwner(loaded->sb.systemUuid, options.systemUuidPath); !st)
            return Error{media->path() + ": " + st.error()};

    Allocator allocator(AllocationBitmap::fromFileSystem(*loaded), loaded->sb.ddSize,
                        options.placementSeed);
    const fs::Namespace ns = fs::replay(*loaded, fs::ReplayMode::Mount);
    std::unique_ptr<EditSession> s(new EditSession(std::move(media), std::move(loaded.value()),
                                                   std::move(allocator), options));
    for (const fs::FsDir& d : ns.dirs)
        s->dirs_.insert(d.path);
    for (const fs::FsFile& f : ns.files)
        s->files_[f.path] = {f.size, f.entryIndex};
    return s;
}

const SessionFile* EditSession::file(const std::string& path) const {
    const auto it = files_.find(path);
    return it == files_.end() ? nullptr : &it->second;
}

uint64_t EditSession::freeSlots() const {
    return fs_.log.lastIndex + 1 - fs_.log.nextIndex;
}

Status EditSession::requireSlots(uint64_t n) const {
    if (freeSlots() < n)
        return Error{"log full: " + std::to_string(fs_.log.nextIndex) + " of " +
                     std::to_string(fs_.log.lastIndex + 1) + " entries used, " + std::to_string(n) +
                     " needed"};
    return Status::success();
}

Status EditSession::beginWrite() {
    if (backedUp_ || !options_.backup)
        return Status::success();
    const bool device = media_->kind() == media::MediaKind::DaxDevice;
    backupFile_ = options_.backupPath.empty() ? defaultBackupPath(media_->path(), device)
                                              : options_.backupPath;
    if (Status st = writeBackup(*media_, kLogOffset + fs_.sb.logLen, backupFile_); !st)
        return st;
    backedUp_ = true;
    return Status::success();
}

Result<uint64_t> EditSession::append(LogEntry entry) {
    if (Status st = requireSlots(1); !st)
        return Error{st.error()};
    if (Status st = beginWrite(); !st)
        return Error{st.error()};
    const uint64_t index = fs_.log.nextIndex;
    entry.seqnum = index; // famfs stamps next_seqnum, which always equals next_index
    entry.seal();
    const auto bytes = entry.encode();
    if (Status st = media_->write(slotOffset(index), bytes); !st)
        return Error{st.error()};
    if (Status st = media_->flush(slotOffset(index), kLogEntrySize); !st)
        return Error{st.error()};

    if (Status st = storeLogCounters(*media_, index + 1); !st) // the commit point
        return Error{st.error()};
    fs_.log.nextIndex = index + 1;
    fs_.log.nextSeqnum = index + 1;

    if (const auto* f = entry.file())
        files_[pathText(f->relpath)] = {f->size, index};
    else if (const auto* d = entry.mkdir())
        dirs_.insert(pathText(d->relpath));
    return index;
}

} // namespace famscope::edit
