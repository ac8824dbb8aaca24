#include "repair/RepairRun.h"

#include "edit/Backup.h"
#include "edit/HostIdentity.h"
#include "edit/LogCounters.h"
#include "edit/MediaLock.h"
#include "edit/MountCheck.h"
#include "format/ByteOrder.h"
#include "format/Constants.h"
#include "fsck/Fsck.h"

#include <cstring>

namespace famscope::repair {

using namespace famfs;

namespace {

uint64_t slotOffset(uint64_t index) {
    return kLogOffset + kLogHeaderSize + index * kLogEntrySize;
}

// One aligned 8-byte CRC field.
Status storeCrc(media::Media& media, uint64_t offset, uint64_t crc) {
    auto field = media.map(offset, 8, media::Access::ReadWrite);
    if (!field)
        return Error{field.error()};
    uint8_t le[8];
    store64(le, crc);
    uint64_t word;
    std::memcpy(&word, le, 8);
    *reinterpret_cast<volatile uint64_t*>(field->writableData()) = word;
    return media.flush(offset, 8);
}

// What the media holds after the write must be the plan, byte for byte.
Status verify(media::Media& media, const RepairPlan& plan) {
    auto reread = fs::loadFileSystem(media);
    if (!reread)
        return Error{"cannot reread the repaired log: " + reread.error()};
    if (reread->log.encode() != plan.header.encode())
        return Error{"the log header read back differs from the one written"};
    if (reread->entries.size() != plan.entries.size())
        return Error{"read back " + std::to_string(reread->entries.size()) + " entries, wrote " +
                     std::to_string(plan.entries.size())};
    for (size_t j = 0; j < plan.entries.size(); ++j)
        if (reread->entries[j].encode() != plan.entries[j].entry.encode())
            return Error{"log entry " + std::to_string(j) +
                         " read back differs from the one "
                         "written"};
    if (plan.superblock && !reread->sb.crcValid())
        return Error{"the superblock CRC read back is still wrong"};
    return Status::success();
}

} // namespace

Status writeRepair(media::Media& media, const fs::LoadedFs& before, const RepairPlan& plan) {
    if (!plan.feasible())
        return Error{"the plan has refusals; nothing written"};
    if (plan.superblock)
        if (Status st = storeCrc(media, 96, plan.superblock->crc); !st)
            return st;
    if (plan.writesEntries()) {
        const uint64_t from = plan.firstChangedSlot;
        // No reader may count a slot while it is rewritten: lower the counters first.
        if (before.log.nextIndex > from || before.log.nextSeqnum > from)
            if (Status st = edit::storeLogCounters(media, from); !st)
                return st;
        std::vector<uint8_t> bytes;
        bytes.reserve((plan.entries.size() - from) * kLogEntrySize);
        for (size_t j = from; j < plan.entries.size(); ++j) {
            const auto e = plan.entries[j].entry.encode();
            bytes.insert(bytes.end(), e.begin(), e.end());
        }
        if (Status st = media.write(slotOffset(from), bytes); !st)
            return st;
        if (Status st = media.flush(slotOffset(from), bytes.size()); !st)
            return st;
    }
    if (plan.header.crc != before.log.crc)
        if (Status st = storeCrc(media, kLogOffset + 24, plan.header.crc); !st)
            return st;
    if (plan.header.nextIndex != before.log.nextIndex ||
        plan.header.nextSeqnum != before.log.nextSeqnum || plan.writesEntries())
        if (Status st = edit::storeLogCounters(media, plan.header.nextIndex); !st)
            return st;
    return verify(media, plan);
}

RunOutcome runRepair(const std::string& targetPath, const RunOptions& options) {
    RunOutcome out;
    auto refuse = [&](std::string why) {
        out.error = std::move(why);
        out.refused = true;
        return std::move(out);
    };
    auto fail = [&](std::string why) {
        out.error = std::move(why);
        return std::move(out);
    };
    auto progress = [&](int permille, const std::string& stage) {
        if (options.progress)
            options.progress(permille, stage);
    };
    if (auto mounted = edit::mountedAs(targetPath, options.mountInfoPath))
        return refuse(targetPath + " is " + *mounted +
                      "; famscope does not write to a mounted famfs");
    auto opened = media::openMedia(targetPath, media::Access::ReadWrite);
    if (!opened)
        return refuse(opened.error());
    media::Media& media = **opened;
    if (!media.writable())
        return refuse(targetPath + " is not writable");
    // Lock before reading, so that what is planned is what is written over.
    if (Status st = edit::lockForWriting(media); !st)
        return refuse(st.error());
    progress(50, "reading the log");
    auto loaded = fs::loadFileSystem(media);
    if (!loaded)
        return refuse(targetPath + ": " + loaded.error());
    if (Status st = edit::checkOwner(loaded->sb.systemUuid, options.systemUuidPath); !st)
        return refuse(targetPath + ": " + st.error());

    progress(150, "checking");
    RepairOptions planOptions = options.plan;
    planOptions.fsckOptions.systemUuidFile = options.systemUuidPath;
    const fsck::FsckReport report = fsck::runFsck(*loaded, planOptions.fsckOptions);
    progress(300, "planning");
    out.plan = planRepair(*loaded, report, planOptions);
    const RepairPlan& plan = out.plan;
    if (!plan.feasible()) {
        std::string why;
        for (const std::string& r : plan.refusals)
            why += (why.empty() ? "" : "; ") + r;
        return refuse(targetPath + ": cannot repair: " + why);
    }
    if (!plan.changesMedia())
        return out;
    if (options.confirm && !options.confirm(plan)) {
        out.cancelled = true;
        return out;
    }

    progress(400, "backing up the metadata region");
    out.backupFile =
        options.backupPath.empty()
            ? edit::defaultBackupPath(targetPath, media.kind() == media::MediaKind::DaxDevice)
            : options.backupPath;
    if (Status st = edit::writeBackup(media, kLogOffset + loaded->sb.logLen, out.backupFile); !st)
        return fail(st.error());

    progress(600, "writing the log");
    if (Status st = writeRepair(media, *loaded, plan); !st)
        return fail(targetPath + ": " + st.error() + "; restore " + out.backupFile);
    out.written = true;
    out.entriesWritten = plan.writesEntries() ? plan.entries.size() - plan.firstChangedSlot : 0;
    progress(1000, "done");
    return out;
}

} // namespace famscope::repair
