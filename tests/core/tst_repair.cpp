// famscope repair on image files with real file data: each damage famscope repairs, the choices
// it leaves to the user (recover, parents, cross-linked files), its refusals, and random damage.
// After every repair: the log obeys famfs's rules (CRCs, seqnum == slot, counters), every file
// that was readable before reads back with the same sha256 through the resolver, and no
// allocation unit changes owner.
#include "TempImage.h"

#include "core/edit/Backup.h"
#include "core/edit/Creat.h"
#include "core/edit/Mkdir.h"
#include "core/edit/Restore.h"
#include "core/format/Constants.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"
#include "core/repair/RepairIntent.h"
#include "core/repair/RepairPreview.h"
#include "core/repair/RepairRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <cstring>
#include <map>
#include <random>
#include <set>

using namespace famscope;
using namespace famscope::famfs;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

uint64_t slotOffset(uint64_t i) {
    return kLogOffset + kLogHeaderSize + i * kLogEntrySize;
}

std::unique_ptr<media::Media> openRw(const std::string& path) {
    auto m = media::openMedia(path, media::Access::ReadWrite);
    if (!m)
        qFatal("cannot open %s: %s", path.c_str(), m.error().c_str());
    return std::move(m.value());
}

fs::LoadedFs load(const std::string& path) {
    auto m = media::openMedia(path, media::Access::ReadOnly);
    if (!m)
        qFatal("cannot open %s", path.c_str());
    auto fs = fs::loadFileSystem(**m);
    if (!fs)
        qFatal("cannot load %s", path.c_str());
    return std::move(fs.value());
}

std::vector<uint8_t> metadata(const std::string& path) {
    auto m = media::openMedia(path, media::Access::ReadOnly);
    return *(*m)->read(0, kLogOffset + 8 * kMiB);
}

void putMetadata(const std::string& path, const std::vector<uint8_t>& bytes) {
    auto m = openRw(path);
    if (!m->write(0, bytes) || !m->flush(0, bytes.size()))
        qFatal("cannot write the metadata of %s", path.c_str());
}

// Path -> sha256 of every file a mount shows whose whole size resolves to the media.
std::map<std::string, QByteArray> readableFiles(const std::string& path) {
    auto m = media::openMedia(path, media::Access::ReadOnly);
    const fs::LoadedFs fs = load(path);
    const fs::Namespace ns = fs::replay(fs, fs::ReplayMode::Mount);
    std::map<std::string, QByteArray> out;
    for (const fs::FsFile& f : ns.files) {
        auto runs = fs::resolveRange(f.map, f.size, 0, f.size);
        if (!runs)
            continue;
        QCryptographicHash h(QCryptographicHash::Sha256);
        bool ok = true;
        for (const fs::DeviceRun& r : *runs) {
            const uint64_t len = std::min(r.length, f.size - r.fileOffset);
            auto bytes = (*m)->read(r.deviceOffset, len);
            if (!bytes) {
                ok = false;
                break;
            }
            h.addData(QByteArrayView(bytes->data(), static_cast<qsizetype>(bytes->size())));
        }
        if (ok)
            out[f.path] = h.result();
    }
    return out;
}

// The rules every log famfs writes obeys, as the golden images do.
void checkLogRules(const fs::LoadedFs& fs) {
    QVERIFY(fs.log.magicValid());
    QVERIFY(fs.log.crcValid());
    QCOMPARE(fs.log.nextSeqnum, fs.log.nextIndex);
    QCOMPARE(uint64_t(fs.entries.size()), fs.log.nextIndex);
    for (uint64_t i = 0; i < fs.entries.size(); ++i) {
        QVERIFY2(fs.entries[i].crcValid(), qPrintable(QStringLiteral("entry %1 CRC").arg(i)));
        QCOMPARE(fs.entries[i].seqnum, i);
    }
    QVERIFY(fs.sb.crcValid());
}

// Every unit a file owns after the repair was owned by a file of the same path before.
void checkOwnersKept(const fs::LoadedFs& before, const fs::LoadedFs& after) {
    const fs::AllocationMap a = fs::buildAllocationMap(before);
    const fs::AllocationMap b = fs::buildAllocationMap(after);
    for (const fs::OwnerRun& r : b.runs) {
        if (!fs::isEntryOwner(r.owner))
            continue;
        for (uint64_t au : {r.firstAu, r.firstAu + r.auCount - 1}) {
            const auto was = a.ownerAt(au);
            QVERIFY(was && fs::isEntryOwner(*was));
            QCOMPARE(before.entries[*was].path(), after.entries[r.owner].path());
        }
    }
}

// The device offset of `units` free allocation units in a row.
uint64_t freeOffset(const fs::LoadedFs& fs, uint64_t units) {
    const fs::AllocationMap m = fs::buildAllocationMap(fs);
    for (const fs::OwnerRun& r : m.freeRuns())
        if (r.auCount >= units)
            return r.firstAu * m.allocUnit;
    qFatal("no %llu free units", static_cast<unsigned long long>(units));
}

std::set<std::string> errorCodes(const fsck::FsckReport& r) {
    std::set<std::string> out;
    for (const fsck::Finding& f : r.findings)
        if (f.severity != fsck::Severity::Info)
            out.insert(f.code);
    return out;
}

} // namespace

class TestRepair : public QObject {
    Q_OBJECT

private slots:
    void tornLastEntryEndsTheLog();
    void damagedEntryRecoverKeepsWhatIsBehind();
    void skippedEntriesDroppedOrGivenParents();
    void headerCrcAndCounters();
    void superblockCrcOnlyWhenAllElseAgrees();
    void crossLinkedFilesAreTheUsersChoice();
    void refusesClientsMountsAndGuesses();
    void cleanFileSystemNeedsNothing();
    void randomDamage();
    void interruptedRepairIsFinishedOrUndone();

private:
    // Four files with seeded data and a directory: slots 0 "d", 1 "d/a", 2 "b", 3 "c", 4 "d/e".
    static void populate(TempImage& t) {
        auto s = edit::EditSession::open(t.img, t.options());
        QVERIFY(s);
        edit::MkdirOptions mo;
        mo.mode = 0755;
        QVERIFY(edit::makeDirectory(**s, "d", mo));
        const std::pair<const char*, uint64_t> files[] = {
            {"d/a", 3 * kMiB + 17}, {"b", kMiB}, {"c", 5 * kMiB}, {"d/e", 4096}};
        uint64_t seed = 11;
        for (const auto& [path, size] : files) {
            edit::CreatOptions co;
            co.size = size;
            co.dataSeed = seed++;
            auto r = edit::createFile(**s, path, co);
            QVERIFY2(r, r ? "" : r.error().c_str());
        }
    }
    repair::RunOptions runOptions(const TempImage& t, const QString& backup) const {
        repair::RunOptions o;
        o.systemUuidPath = t.suuid;
        o.mountInfoPath = t.mountinfo;
        o.backupPath = t.dir.filePath(backup).toStdString();
        o.plan.fsckOptions.systemUuidFile = t.suuid;
        return o;
    }
    static LogEntry entryAt(const std::string& img, uint64_t i) { return load(img).entries.at(i); }
    static void writeEntry(const std::string& img, uint64_t i, const LogEntry& e) {
        auto m = openRw(img);
        QVERIFY((*m).write(slotOffset(i), e.encode()));
    }
    static void setHeader(const std::string& img, const LogHeader& h) {
        auto m = openRw(img);
        QVERIFY((*m).write(kLogOffset, h.encode()));
    }
    // Appends as famfs does (seqnum, CRC, counters), whatever the entry says.
    static void append(const std::string& img, LogEntry e) {
        LogHeader h = load(img).log;
        e.seqnum = h.nextIndex;
        e.seal();
        writeEntry(img, h.nextIndex, e);
        ++h.nextIndex;
        ++h.nextSeqnum;
        setHeader(img, h);
    }
    static LogEntry fileEntry(const std::string& path, uint64_t offset, uint64_t len) {
        FileMeta f;
        f.size = len;
        f.flags = kFlagAllHostsRw;
        f.mode = 0644;
        setPathText(f.relpath, path);
        f.count = 1;
        f.setExtent(0, {0, offset, len});
        return LogEntry::makeFile(f);
    }
    // Repairs and checks the invariants; returns the outcome.
    Result<repair::RunOutcome> repairAndCheck(const TempImage& t, const repair::RepairOptions& plan,
                                              const QString& backup) {
        const fs::LoadedFs before = load(t.img);
        const auto readable = readableFiles(t.img);
        const auto original = metadata(t.img);
        repair::RunOptions o = runOptions(t, backup);
        o.plan = plan;
        o.plan.fsckOptions.systemUuidFile = t.suuid;
        auto out = repair::runRepair(t.img, o);
        if (!out.ok() || !out->written)
            return out;
        const fs::LoadedFs after = load(t.img);
        if (qEnvironmentVariableIsSet("REPAIR_DEBUG"))
            for (const auto& a : out->plan.actions)
                qWarning("%s %s %s", repair::actionName(a.kind), a.code.c_str(), a.text.c_str());
        checkLogRules(after);
        checkOwnersKept(before, after);
        std::set<uint64_t> dropped;
        for (const repair::RepairAction& a : out->plan.actions)
            if (a.kind == repair::ActionKind::DropEntry && !a.slotRange)
                dropped.insert(a.entryIndexes.begin(), a.entryIndexes.end());
        const auto now = readableFiles(t.img);
        const fs::Namespace was = fs::replay(before, fs::ReplayMode::Mount);
        for (const auto& [path, sha] : readable) {
            const fs::FsFile* f = was.findFile(path);
            if (f && dropped.count(f->entryIndex))
                continue; // the user or the rules took it out: its entry was unusable
            // A mount puts a FILE whose parent is missing at the first missing component
            // (famfs-format.md 3.3); a repair that logs the parent moves it to its logged path.
            const std::string at = f && f->landing == fs::Landing::Truncated
                                       ? before.entries[f->entryIndex].path()
                                       : path;
            if (!now.count(at) || now.at(at) != sha)
                qFatal("%s is no longer readable with the same sha256", at.c_str());
        }
        // `famscope restore` undoes the repair byte for byte.
        auto m = openRw(t.img);
        auto restored = edit::restoreBackup(out->backupFile, *m, false);
        if (!restored)
            qFatal("restore: %s", restored.error().c_str());
        m.reset();
        if (metadata(t.img) != original)
            qFatal("the restored metadata differs from the original");
        // and the repair again, so the caller sees the repaired file system
        repair::RunOptions again = o;
        again.backupPath += ".2";
        const auto second = repair::runRepair(t.img, again);
        if (!second.ok() || !second->written)
            qFatal("the repair did not repeat after restore");
        return out;
    }
};

void TestRepair::tornLastEntryEndsTheLog() {
    TempImage t;
    populate(t);
    LogEntry e = entryAt(t.img, 4);
    std::get<FileMeta>(e.body).size += 1; // CRC now wrong: a write that did not finish
    writeEntry(t.img, 4, e);
    const auto out = repairAndCheck(t, {}, QStringLiteral("b1"));
    QVERIFY2(out.ok(), out.error().c_str());
    QVERIFY(out->written);
    QCOMPARE(out->plan.entries.size(), size_t{4});
    QCOMPARE(out->entriesWritten, uint64_t{0}); // only the header changes
    QVERIFY(std::any_of(out->plan.actions.begin(), out->plan.actions.end(), [](const auto& a) {
        return a.kind == repair::ActionKind::EndLog && a.code == "ENTRY_CRC";
    }));
    QVERIFY(repair::changesMedia(repair::ActionKind::EndLog));
    const auto r = fsck::runFsck(load(t.img), {t.suuid, false});
    QVERIFY2(errorCodes(r).empty(), errorCodes(r).begin()->c_str());
}

void TestRepair::damagedEntryRecoverKeepsWhatIsBehind() {
    TempImage t;
    populate(t);
    const auto all = readableFiles(t.img);
    LogEntry e = entryAt(t.img, 2);
    std::get<FileMeta>(e.body).mode = 0600; // slot 2 ("b") changed after it was written
    writeEntry(t.img, 2, e);

    // Mount semantics: the log ends at slot 2; "c" and "d/e" stay invisible.
    repair::RepairOptions plain;
    const auto ended =
        repair::planRepair(load(t.img), fsck::runFsck(load(t.img), {t.suuid, false}), plain);
    QCOMPARE(ended.entries.size(), size_t{2});
    QVERIFY(ended.recoveredFiles.empty());

    repair::RepairOptions recover;
    recover.recover = true;
    const auto out = repairAndCheck(t, recover, QStringLiteral("b2"));
    QVERIFY2(out.ok(), out.error().c_str());
    QCOMPARE(out->plan.recoveredFiles, (std::vector<std::string>{"c", "d/e"}));
    QCOMPARE(out->plan.entries.size(), size_t{4});
    QCOMPARE(out->plan.firstChangedSlot, uint64_t{2});
    const auto now = readableFiles(t.img);
    QCOMPARE(now.size(), size_t{3});
    for (const char* p : {"d/a", "c", "d/e"})
        QCOMPARE(now.at(p), all.at(p)); // recovered files read their own data
    QVERIFY(errorCodes(fsck::runFsck(load(t.img), {t.suuid, false})).empty());
}

void TestRepair::skippedEntriesDroppedOrGivenParents() {
    for (bool parents : {false, true}) {
        TempImage t;
        populate(t);
        const uint64_t freeAt = freeOffset(load(t.img), 3);
        append(t.img, fileEntry("b", freeAt, 2 * kMiB));                  // PATH_DUPLICATE
        append(t.img, fileEntry("nodir/x", freeAt + 2 * kMiB, 2 * kMiB)); // PATH_PARENT_MISSING
        append(t.img, fileEntry("/abs", freeAt + 4 * kMiB, 2 * kMiB));    // PATH_ABSOLUTE
        append(t.img, fileEntry("zero", 0, 2 * kMiB));                    // EXTENT_ZERO_OFFSET
        append(t.img, fileEntry("far", 4096 * kMiB, 2 * kMiB));           // EXTENT_BEYOND_DEVICE
        const auto codesBefore = errorCodes(fsck::runFsck(load(t.img), {t.suuid, false}));
        for (const char* c : {"PATH_DUPLICATE", "PATH_PARENT_MISSING", "PATH_ABSOLUTE",
                              "EXTENT_ZERO_OFFSET", "EXTENT_BEYOND_DEVICE"})
            QVERIFY2(codesBefore.count(c), c);
        repair::RepairOptions o;
        o.createParents = parents;
        const auto out = repairAndCheck(t, o, QStringLiteral("b3"));
        QVERIFY2(out.ok(), out.error().c_str());
        const fs::LoadedFs after = load(t.img);
        const fs::Namespace ns = fs::replay(after, fs::ReplayMode::Mount);
        QCOMPARE(ns.findFile("nodir/x") != nullptr, parents);
        QCOMPARE(ns.findDir("nodir") != nullptr, parents);
        QCOMPARE(after.entries.size(), size_t{parents ? 7u : 5u});
        // the duplicate's units are free again: the first "b" still owns its own
        QVERIFY(out->plan.unitsFreed >= 2);
        const auto left = errorCodes(fsck::runFsck(after, {t.suuid, false}));
        QVERIFY2(left.empty(), left.empty() ? "" : left.begin()->c_str());
    }
}

void TestRepair::headerCrcAndCounters() {
    TempImage t;
    populate(t);
    LogHeader h = load(t.img).log;
    h.crc ^= 0x10;
    h.nextSeqnum += 7;
    setHeader(t.img, h);
    const auto codes = errorCodes(fsck::runFsck(load(t.img), {t.suuid, false}));
    QVERIFY(codes.count("LOG_CRC") && codes.count("LOG_NEXT_SEQNUM"));
    const auto out = repairAndCheck(t, {}, QStringLiteral("b4"));
    QVERIFY2(out.ok(), out.error().c_str());
    QCOMPARE(out->plan.entries.size(), size_t{5});
    QVERIFY(errorCodes(fsck::runFsck(load(t.img), {t.suuid, false})).empty());

    // next_index past the capacity: every slot counted, the written ones kept.
    h = load(t.img).log;
    h.nextIndex = h.nextSeqnum = h.lastIndex + 50;
    setHeader(t.img, h);
    const auto past = repairAndCheck(t, {}, QStringLiteral("b5"));
    QVERIFY2(past.ok(), past.error().c_str());
    QCOMPARE(load(t.img).log.nextIndex, uint64_t{5});
}

void TestRepair::superblockCrcOnlyWhenAllElseAgrees() {
    TempImage t;
    populate(t);
    auto m = openRw(t.img);
    auto sbBytes = *m->read(0, kSuperblockSize);
    Superblock sb = Superblock::decode(
        std::span<const uint8_t, kSuperblockSize>(sbBytes.data(), kSuperblockSize));
    Superblock bad = sb;
    bad.crc ^= 1;
    QVERIFY(m->write(0, bad.encode()));
    m.reset();
    const auto out = repairAndCheck(t, {}, QStringLiteral("b6"));
    QVERIFY2(out.ok(), out.error().c_str());
    QVERIFY(out->plan.superblock.has_value());
    QVERIFY(load(t.img).sb.crcValid());

    // A CRC that is wrong because the log length changed: which one is right? Refused.
    m = openRw(t.img);
    bad = sb;
    bad.logLen = 16 * kMiB;
    QVERIFY(m->write(0, bad.encode()));
    m.reset();
    const auto before = metadata(t.img);
    const auto refused = repair::runRepair(t.img, runOptions(t, QStringLiteral("b7")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorKind() == ErrorKind::Refused);
    QCOMPARE(metadata(t.img), before);
}

void TestRepair::crossLinkedFilesAreTheUsersChoice() {
    TempImage t;
    populate(t);
    const LogEntry c = entryAt(t.img, 3);
    append(t.img, fileEntry("twin", c.file()->extent(0).offset, 2 * kMiB)); // slot 5
    const auto out = repairAndCheck(t, {}, QStringLiteral("b8"));
    // Nothing but the collision is wrong, and that is not repaired without a choice.
    QVERIFY2(out.ok(), out.error().c_str());
    QVERIFY(!out->written);
    const auto kept = std::find_if(out->plan.actions.begin(), out->plan.actions.end(), [](auto& a) {
        return a.kind == repair::ActionKind::KeepCrossLinked;
    });
    QVERIFY(kept != out->plan.actions.end());
    QCOMPARE(kept->entryIndexes, (std::vector<uint64_t>{3, 5}));
    QVERIFY(!repair::changesMedia(kept->kind)); // reported, kept as it is

    repair::RepairOptions dropTwin;
    dropTwin.dropEntries = {5};
    {
        // What the Repair dialog shows before writing: the plan applied in memory.
        const fs::LoadedFs fs = load(t.img);
        repair::RepairOptions o = dropTwin;
        o.fsckOptions.systemUuidFile = t.suuid;
        const repair::RepairPlan plan = repair::planRepair(fs, fsck::runFsck(fs, o.fsckOptions), o);
        const repair::RepairPreview p = repair::previewRepair(fs, plan);
        // Planned again on the same media it is the same plan; without the choice, another.
        const fsck::FsckReport report = fsck::runFsck(fs, o.fsckOptions);
        QVERIFY(repair::samePlan(plan, repair::planRepair(fs, report, o)));
        QVERIFY(!repair::samePlan(plan, repair::planRepair(fs, report, {})));
        QCOMPARE(p.droppedFiles, (std::vector<std::string>{"twin"}));
        QVERIFY(p.recoveredFiles.empty());
        QCOMPARE(p.filesAfter + 1, p.filesBefore);
        QCOMPARE(p.unitsFreed, plan.unitsFreed);
        QCOMPARE(p.unitsBefore - p.unitsAfter, p.unitsFreed);
        uint64_t next = 0; // the runs cover every unit once, in order
        for (const repair::UnitRun& r : p.runs) {
            QCOMPARE(r.firstAu, next);
            next += r.auCount;
        }
        QCOMPARE(next, p.totalUnits);
        QCOMPARE(p.totalUnits, fs::buildAllocationMap(fs).nbits);
    }
    const auto dropped = repairAndCheck(t, dropTwin, QStringLiteral("b9"));
    QVERIFY2(dropped.ok(), dropped.error().c_str());
    QVERIFY(dropped->written);
    QVERIFY(errorCodes(fsck::runFsck(load(t.img), {t.suuid, false})).empty());
    QVERIFY(fs::replay(load(t.img), fs::ReplayMode::Mount).findFile("c"));
}

void TestRepair::refusesClientsMountsAndGuesses() {
    TempImage t;
    populate(t);
    LogHeader h = load(t.img).log;
    h.crc ^= 1;
    setHeader(t.img, h);
    const auto before = metadata(t.img);

    QTemporaryDir other;
    const std::string otherUuid = other.filePath(QStringLiteral("uuid")).toStdString();
    QFile f(QString::fromStdString(otherUuid));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("00000000-1111-2222-3333-444444444444\n");
    f.close();
    repair::RunOptions client = runOptions(t, QStringLiteral("c1"));
    client.systemUuidPath = otherUuid;
    auto out = repair::runRepair(t.img, client);
    QVERIFY(out.errorKind() == ErrorKind::Refused);
    QCOMPARE(metadata(t.img), before);

    const std::string mountinfo = other.filePath(QStringLiteral("mountinfo")).toStdString();
    QFile mi(QString::fromStdString(mountinfo));
    QVERIFY(mi.open(QIODevice::WriteOnly));
    mi.write(("36 1 0:40 / /mnt/famfs rw - famfs " + t.img + " rw\n").c_str());
    mi.close();
    repair::RunOptions mounted = runOptions(t, QStringLiteral("c2"));
    mounted.mountInfoPath = mountinfo;
    out = repair::runRepair(t.img, mounted);
    QVERIFY(out.errorKind() == ErrorKind::Refused);
    QVERIFY2(out.error().find("mounted") != std::string::npos, out.error().c_str());
    QCOMPARE(metadata(t.img), before);

    // The log magic gone: repair does not guess a log.
    h.magic = 0;
    setHeader(t.img, h);
    out = repair::runRepair(t.img, runOptions(t, QStringLiteral("c3")));
    QVERIFY(out.errorKind() == ErrorKind::Refused);
    // The plan's refusals are the message.
    QVERIFY2(out.error().find(": cannot repair: ") != std::string::npos, out.error().c_str());
}

void TestRepair::cleanFileSystemNeedsNothing() {
    TempImage t;
    populate(t);
    const auto before = metadata(t.img);
    const auto out = repair::runRepair(t.img, runOptions(t, QStringLiteral("n1")));
    QVERIFY2(out.ok(), out.error().c_str());
    QVERIFY(!out->written);
    QVERIFY(!out->plan.changesMedia());
    QVERIFY(out->plan.actions.empty());
    QCOMPARE(metadata(t.img), before);
}

void TestRepair::randomDamage() {
    TempImage t;
    populate(t);
    const uint64_t freeAt = freeOffset(load(t.img), 6);
    for (uint64_t i = 0; i < 6; ++i)
        append(t.img, fileEntry("extra" + std::to_string(i), freeAt + 2 * kMiB * i, 2 * kMiB));
    const auto pristine = metadata(t.img);
    std::mt19937_64 rng(20261204);
    int repaired = 0, refused = 0, clean = 0;
    for (int round = 0; round < 25; ++round) {
        {
            auto m = openRw(t.img);
            QVERIFY(m->write(0, pristine));
            const uint64_t live = slotOffset(11);
            const int flips = 1 + int(rng() % 6);
            for (int k = 0; k < flips; ++k) {
                const uint64_t at =
                    rng() % 5 == 0 ? rng() % 96 : kLogOffset + rng() % (live - kLogOffset);
                const uint8_t b = static_cast<uint8_t>(rng());
                QVERIFY(m->write(at, std::span<const uint8_t>(&b, 1)));
            }
        }
        repair::RepairOptions o;
        o.recover = rng() % 2;
        o.createParents = rng() % 2;
        const auto out = repairAndCheck(t, o, QStringLiteral("r%1").arg(round));
        if (QTest::currentTestFailed())
            qFatal("round %d failed", round);
        if (!out.ok())
            ++refused;
        else if (out->written)
            ++repaired;
        else
            ++clean;
    }
    qInfo("random damage: %d repaired, %d refused, %d needed nothing", repaired, refused, clean);
    QVERIFY(repaired > 0);
}

// A repair killed after its intent was recorded, after any number of its stores: the next
// runRepair() finishes it to the repaired metadata exactly; restore removes the intent instead;
// media changed since the intent is refused, never overwritten.
void TestRepair::interruptedRepairIsFinishedOrUndone() {
    TempImage t;
    populate(t);
    LogEntry e = entryAt(t.img, 2);
    std::get<FileMeta>(e.body).mode = 0600;
    writeEntry(t.img, 2, e);
    const auto original = metadata(t.img);
    repair::RunOptions o = runOptions(t, QStringLiteral("i0"));
    o.plan.recover = true;
    const auto full = repair::runRepair(t.img, o);
    QVERIFY2(full.ok() && full->written, full.error().c_str());
    const auto repaired = metadata(t.img);
    const std::string intentPath = repair::intentPathFor(t.img, false);
    QVERIFY(!QFile::exists(QString::fromStdString(intentPath)));

    // Records the intent as runRepair does and performs only the first `done` stores.
    size_t storeCount = 0;
    auto interrupt = [&](size_t done, const QString& backupName) {
        putMetadata(t.img, original);
        const fs::LoadedFs before = load(t.img);
        const auto plan =
            repair::planRepair(before, fsck::runFsck(before, {t.suuid, false}), o.plan);
        auto m = openRw(t.img);
        auto stores = repair::repairStores(*m, before, plan);
        QVERIFY(stores);
        const std::string backup = t.dir.filePath(backupName).toStdString();
        QVERIFY(edit::writeBackup(*m, kLogOffset + before.sb.logLen, backup));
        repair::RepairIntent intent{m->size(), backup, *stores};
        QVERIFY(repair::writeIntent(intent, intentPath));
        intent.stores.resize(std::min(done, intent.stores.size()));
        QVERIFY(repair::applyStores(*m, intent.stores));
        storeCount = stores->size();
    };

    for (size_t done = 0; done == 0 || done <= storeCount; ++done) {
        interrupt(done, QStringLiteral("i%1").arg(done + 1));
        QVERIFY(storeCount >= 3); // counters lowered, entries, counters
        repair::RunOptions next = runOptions(t, QStringLiteral("j%1").arg(done));
        next.plan.recover = true;
        const auto out = repair::runRepair(t.img, next);
        QVERIFY2(out.ok(), out.error().c_str());
        QVERIFY(!out->finishedBackup.empty());
        QVERIFY(!out->written); // finishing it left nothing to repair
        QVERIFY2(metadata(t.img) == repaired,
                 qPrintable(QStringLiteral("%1 of %2 stores").arg(done).arg(storeCount)));
        QVERIFY(!QFile::exists(QString::fromStdString(intentPath)));
    }

    // Restore undoes an interrupted repair, and its intent with it.
    interrupt(2, QStringLiteral("k1"));
    auto restored = edit::restoreMetadata(t.dir.filePath(QStringLiteral("k1")).toStdString(), t.img,
                                          false, t.mountinfo);
    QVERIFY2(restored, restored ? "" : restored.error().c_str());
    QVERIFY(metadata(t.img) == original);
    QVERIFY(!QFile::exists(QString::fromStdString(intentPath)));

    // Media written by someone else since: refused, nothing written, the intent kept.
    interrupt(1, QStringLiteral("k2"));
    {
        auto m = openRw(t.img);
        const std::vector<uint8_t> junk(8, 0xA5);
        QVERIFY(m->write(slotOffset(3) + 16, junk));
    }
    const auto changed = metadata(t.img);
    const auto refused = repair::runRepair(t.img, runOptions(t, QStringLiteral("k3")));
    QVERIFY(refused.errorKind() == ErrorKind::Refused);
    QVERIFY2(refused.error().find("changed since") != std::string::npos, refused.error().c_str());
    QVERIFY(metadata(t.img) == changed);
    QVERIFY(QFile::exists(QString::fromStdString(intentPath)));
}

QTEST_GUILESS_MAIN(TestRepair)
#include "tst_repair.moc"
