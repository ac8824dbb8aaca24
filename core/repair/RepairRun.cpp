#include "core/repair/RepairRun.h"

#include "core/edit/Backup.h"
#include "core/edit/HostIdentity.h"
#include "core/edit/LogCounters.h"
#include "core/edit/MediaLock.h"
#include "core/edit/MountCheck.h"
#include "core/format/ByteOrder.h"
#include "core/format/Constants.h"
#include "core/fsck/Fsck.h"
#include "core/repair/RepairIntent.h"

#include <cstring>
#include <memory>
#include <optional>

namespace famscope::repair {

using namespace famfs;

namespace {

uint64_t slotOffset(uint64_t index) {
    return kLogOffset + kLogHeaderSize + index * kLogEntrySize;
}

// One store of the repair, with the bytes it replaces.
Status addStore(media::Media& media, std::vector<IntentStore>& stores, StoreKind kind,
                uint64_t offset, std::vector<uint8_t> after) {
    auto before = media.read(offset, after.size());
    if (!before)
        return Error{before.error()};
    stores.push_back({kind, offset, std::move(*before), std::move(after)});
    return Status::success();
}

std::vector<uint8_t> word(uint64_t v) {
    std::vector<uint8_t> b(8);
    store64(b.data(), v);
    return b;
}

std::vector<uint8_t> counters(uint64_t count) {
    std::vector<uint8_t> b(16);
    store64(b.data(), count);
    store64(b.data() + 8, count);
    return b;
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

Result<std::vector<IntentStore>> repairStores(media::Media& media, const fs::LoadedFs& before,
                                              const RepairPlan& plan) {
    std::vector<IntentStore> stores;
    auto add = [&](StoreKind kind, uint64_t offset, std::vector<uint8_t> after) {
        return addStore(media, stores, kind, offset, std::move(after));
    };
    if (!plan.feasible())
        return Error{"the plan has refusals; nothing written"};
    if (plan.superblock)
        if (Status st = add(StoreKind::Word8, 96, word(plan.superblock->crc)); !st)
            return Error{st.error()};
    if (plan.writesEntries()) {
        const uint64_t from = plan.firstChangedSlot;
        // No reader may count a slot while it is rewritten: lower the counters first.
        if (before.log.nextIndex > from || before.log.nextSeqnum > from)
            if (Status st = add(StoreKind::Counters, kLogOffset + 32, counters(from)); !st)
                return Error{st.error()};
        std::vector<uint8_t> bytes;
        bytes.reserve((plan.entries.size() - from) * kLogEntrySize);
        for (size_t j = from; j < plan.entries.size(); ++j) {
            const auto e = plan.entries[j].entry.encode();
            bytes.insert(bytes.end(), e.begin(), e.end());
        }
        if (Status st = add(StoreKind::Bytes, slotOffset(from), std::move(bytes)); !st)
            return Error{st.error()};
    }
    if (plan.header.crc != before.log.crc)
        if (Status st = add(StoreKind::Word8, kLogOffset + 24, word(plan.header.crc)); !st)
            return Error{st.error()};
    if (plan.header.nextIndex != before.log.nextIndex ||
        plan.header.nextSeqnum != before.log.nextSeqnum || plan.writesEntries())
        if (Status st = add(StoreKind::Counters, kLogOffset + 32, counters(plan.header.nextIndex));
            !st)
            return Error{st.error()};
    return stores;
}

Status writeRepair(media::Media& media, const fs::LoadedFs& before, const RepairPlan& plan) {
    auto stores = repairStores(media, before, plan);
    if (!stores)
        return Error{stores.error()};
    if (Status st = applyStores(media, *stores); !st)
        return st;
    return verify(media, plan);
}

namespace {

Error refusal(std::string why) {
    return Error{std::move(why), ErrorKind::Refused};
}

// The target opened for writing, locked and read, after an interrupted repair was finished.
struct OpenedTarget {
    std::unique_ptr<media::Media> media;
    fs::LoadedFs loaded;
    std::string intentFile;
    std::string finishedBackup; // the interrupted repair's backup, when one was finished
};

// What repair does before planning: the refusals every write has (mounted, not writable,
// locked, another host's), then the interrupted repair recorded in the intent file, if any,
// finished. Every error is of kind Refused: nothing was written.
Result<OpenedTarget> openAndFinish(const std::string& targetPath, const RunOptions& options) {
    auto progress = [&](int permille, const std::string& stage) {
        if (options.progress)
            options.progress(permille, stage);
    };
    if (auto mounted = edit::mountedAs(targetPath, options.mountInfoPath))
        return refusal(targetPath + " is " + *mounted +
                       "; famscope does not write to a mounted famfs");
    auto opened = media::openMedia(targetPath, media::Access::ReadWrite);
    if (!opened)
        return refusal(opened.error());
    media::Media& media = **opened;
    if (!media.writable())
        return refusal(targetPath + " is not writable");
    // Lock before reading, so that what is planned is what is written over.
    if (Status st = edit::lockForWriting(media); !st)
        return refusal(st.error());
    progress(50, "reading the log");
    auto loaded = fs::loadFileSystem(media);
    if (!loaded)
        return refusal(targetPath + ": " + loaded.error());
    if (Status st = edit::checkOwner(loaded->sb.systemUuid, options.systemUuidPath); !st)
        return refusal(targetPath + ": " + st.error());
    const std::string intentFile =
        options.intentPath.empty()
            ? intentPathFor(targetPath, media.kind() == media::MediaKind::DaxDevice)
            : options.intentPath;
    auto pending = readIntent(intentFile);
    if (!pending)
        return refusal(pending.error() + "; restore the backup it names, or remove it");
    std::string finishedBackup;
    if (*pending) {
        // A repair was interrupted: finish it before anything else is read or planned.
        progress(100, "finishing an interrupted repair");
        if (Status st = finishIntent(media, **pending, intentFile); !st)
            return refusal(st.error() + "; restore " + (*pending)->backupFile +
                           " with famscope restore");
        finishedBackup = (*pending)->backupFile;
        loaded = fs::loadFileSystem(media);
        if (!loaded)
            return refusal(targetPath + ": " + loaded.error());
    }
    return OpenedTarget{std::move(*opened), std::move(*loaded), intentFile, finishedBackup};
}

// What a run reports once the target is open: its intent file and the repair it finished.
RunOutcome outcomeBeforePlanning(const OpenedTarget& target) {
    RunOutcome out;
    out.intentFile = target.intentFile;
    out.finishedBackup = target.finishedBackup;
    return out;
}

} // namespace

Result<RunOutcome> finishPendingRepair(const std::string& targetPath, const RunOptions& options) {
    auto target = openAndFinish(targetPath, options);
    if (!target)
        return Error{target.error(), target.errorKind()};
    return outcomeBeforePlanning(*target);
}

Result<RunOutcome> runRepair(const std::string& targetPath, const RunOptions& options) {
    auto fail = [](std::string why) { return Error{std::move(why)}; };
    auto progress = [&](int permille, const std::string& stage) {
        if (options.progress)
            options.progress(permille, stage);
    };
    auto target = openAndFinish(targetPath, options);
    if (!target)
        return Error{target.error(), target.errorKind()};
    RunOutcome out = outcomeBeforePlanning(*target);
    media::Media& media = *target->media;
    const fs::LoadedFs* loaded = &target->loaded;

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
        return refusal(targetPath + ": cannot repair: " + why);
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

    progress(500, "recording the intent");
    auto stores = repairStores(media, *loaded, plan);
    if (!stores)
        return fail(targetPath + ": " + stores.error());
    RepairIntent intent{media.size(), out.backupFile, std::move(*stores)};
    if (Status st = writeIntent(intent, out.intentFile); !st)
        return fail(st.error() + "; nothing written to " + targetPath);

    progress(600, "writing the log");
    Status st = applyStores(media, intent.stores);
    if (st)
        st = verify(media, plan);
    if (!st)
        return fail(targetPath + ": " + st.error() + "; restore " + out.backupFile);
    if (Status removed = removeIntent(out.intentFile); !removed)
        return fail(removed.error());
    out.written = true;
    out.entriesWritten = plan.writesEntries() ? plan.entries.size() - plan.firstChangedSlot : 0;
    progress(1000, "done");
    return out;
}

} // namespace famscope::repair
