// The corruption generator: takes the metadata region (superblock region + log) of a golden
// image into memory media of the claimed device size, damages one thing *semantically* (the
// field is changed and every CRC recomputed, so only the meaning is wrong, unless the CRC is
// the damage), runs fsck and demands that exact finding code. Every code famscope documents
// must be produced by some damage here, and docs/FSCK-CODES.md must list every code. Random
// byte damage over the same region must never crash or hang fsck.
#include "GoldenImages.h"

#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fsck/Codes.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"
#include "core/media/MemoryMedia.h"
#include "core/repair/RepairIntent.h"
#include "core/repair/RepairRun.h"
#include "core/report/FsckOutput.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>

using namespace famscope;
using namespace famscope::famfs;
using namespace famscope::fsck;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kGiB = uint64_t{1} << 30;
constexpr uint64_t kFree = kGiB; // far above everything the base images allocate

// The metadata region of a golden image, editable field by field.
class Meta {
public:
    explicit Meta(const QString& image) {
        static std::map<QString, std::vector<uint8_t>> cache;
        auto& bytes = cache[image];
        if (bytes.empty()) {
            auto media =
                media::openMedia(golden::imagePath(image).toStdString(), media::Access::ReadOnly);
            if (!media)
                qFatal("cannot open %s", qPrintable(image));
            const auto sb = (*media)->read(0, kSuperblockSize);
            const Superblock s = Superblock::decode(
                std::span<const uint8_t, kSuperblockSize>(sb->data(), kSuperblockSize));
            bytes = *(*media)->read(0, kLogOffset + s.logLen);
        }
        bytes_ = bytes;
        mediaSize = sb().ddSize;
    }

    Superblock sb() const {
        return Superblock::decode(
            std::span<const uint8_t, kSuperblockSize>(bytes_.data(), kSuperblockSize));
    }
    void setSb(Superblock s, bool reseal = true) {
        if (reseal)
            s.seal();
        const auto b = s.encode();
        std::memcpy(bytes_.data(), b.data(), b.size());
    }
    LogHeader header() const {
        return LogHeader::decode(
            std::span<const uint8_t, kLogHeaderSize>(bytes_.data() + kLogOffset, kLogHeaderSize));
    }
    void setHeader(LogHeader h, bool reseal = true) {
        if (reseal)
            h.crc = h.computeCrc();
        const auto b = h.encode();
        std::memcpy(bytes_.data() + kLogOffset, b.data(), b.size());
    }
    LogEntry entry(uint64_t i) const {
        return LogEntry::decode(
            std::span<const uint8_t, kLogEntrySize>(bytes_.data() + slot(i), kLogEntrySize));
    }
    void setEntry(uint64_t i, LogEntry e, bool reseal = true) {
        if (reseal)
            e.seal();
        const auto b = e.encode();
        std::memcpy(bytes_.data() + slot(i), b.data(), b.size());
    }
    // Appends as famfs_append_log does: seqnum = next_seqnum, CRC, both counters advanced.
    void append(LogEntry e) {
        LogHeader h = header();
        e.seqnum = h.nextIndex;
        setEntry(h.nextIndex, e);
        ++h.nextIndex;
        ++h.nextSeqnum;
        setHeader(h, false); // the counters are not CRC-protected
    }
    void appendFile(const std::string& path, uint64_t size, std::vector<SimpleExtent> extents) {
        FileMeta f = fileMeta(path, size);
        f.count = static_cast<uint32_t>(extents.size());
        for (size_t i = 0; i < extents.size() && i < kMaxExtents; ++i)
            f.setExtent(i, extents[i]);
        append(LogEntry::makeFile(f));
    }
    void appendStriped(const std::string& path, uint64_t size, uint64_t chunk,
                       std::vector<SimpleExtent> strips, uint32_t niext = 1) {
        FileMeta f = fileMeta(path, size);
        f.extType = kExtInterleave;
        f.count = niext;
        f.setInterleave(strips.size(), chunk);
        for (size_t j = 0; j < strips.size() && j < kMaxExtents; ++j)
            f.setStrip(j, strips[j]);
        append(LogEntry::makeFile(f));
    }
    void appendMkdir(const std::string& path) {
        MkdirMeta d;
        d.mode = 0755;
        setPathText(d.relpath, path);
        append(LogEntry::makeMkdir(d));
    }
    static FileMeta fileMeta(const std::string& path, uint64_t size) {
        FileMeta f;
        f.size = size;
        f.flags = kFlagAllHostsRw;
        f.mode = 0644;
        setPathText(f.relpath, path);
        return f;
    }

    // Runs fsck over memory media of `mediaSize` bytes holding the (damaged) region.
    FsckReport check(const FsckOptions& options) const {
        media::MemoryMedia media("damaged", mediaSize);
        if (media.size() != mediaSize)
            qFatal("cannot allocate %llu bytes of memory media",
                   static_cast<unsigned long long>(mediaSize));
        std::memcpy(media.data(), bytes_.data(), std::min<uint64_t>(bytes_.size(), mediaSize));
        auto loaded = fs::loadFileSystem(media, loadOptions);
        if (!loaded)
            return {};
        if (intent == Intent::None)
            return checkedBothWays(media, *loaded, options, {});
        QTemporaryDir dir;
        const std::string intentFile = dir.filePath(QStringLiteral("intent")).toStdString();
        if (!repair::writeIntent({mediaSize, "backup", {}}, intentFile))
            qFatal("cannot write the intent file");
        QFile torn(QString::fromStdString(intentFile));
        if (intent == Intent::Damaged &&
            !(torn.open(QIODevice::WriteOnly) && torn.write("FSCPINT1")))
            qFatal("cannot damage the intent file");
        torn.close();
        return checkedBothWays(media, *loaded, options, intentFile);
    }

    // fsck of the loaded file system (the GUI's) and of the media with the log streamed (the
    // CLI's) must say the same, byte for byte as JSON with every group member listed.
    FsckReport checkedBothWays(media::MemoryMedia& media, const fs::LoadedFs& loaded,
                               const FsckOptions& options, const std::string& intentFile) const {
        FsckReport whole = runFsck(loaded, options, intentFile);
        const auto pending = fs::startLoad(media, loadOptions);
        if (!pending) {
            QTest::qFail(("the streamed fsck cannot start: " + pending.error()).c_str(), __FILE__,
                         __LINE__);
            return whole;
        }
        // No slots (no superblock, no log header): nothing to count slot addresses from.
        if (pending->slotCount() == 0 && pending->firstSlot() != nullptr)
            QTest::qFail("a log without slots has a first slot", __FILE__, __LINE__);
        const FsckReport streamed = runFsck(media, *pending, options, intentFile);
        const std::string a = report::fsckReportJson(loaded, whole, exitStatus(whole), true, {});
        const std::string b =
            report::fsckReportJson(pending->fs, streamed, exitStatus(streamed), true, {});
        if (a != b)
            QTest::qFail(("the streamed fsck differs:\n" + a + "\n---\n" + b).c_str(), __FILE__,
                         __LINE__);
        return whole;
    }

    // Long-run damage: slots [from, to) all zero, or random bytes (a fixed seed).
    void zeroSlots(uint64_t from, uint64_t to) {
        std::fill(bytes_.begin() + static_cast<std::ptrdiff_t>(slot(from)),
                  bytes_.begin() + static_cast<std::ptrdiff_t>(slot(to)), uint8_t{0});
    }
    void randomSlots(uint64_t from, uint64_t to, uint64_t seed) {
        std::mt19937_64 rng(seed);
        for (uint64_t at = slot(from); at < slot(to); ++at)
            bytes_[at] = static_cast<uint8_t>(rng());
    }
    // next_index and next_seqnum (not CRC-protected) claim `n` entries.
    void claimEntries(uint64_t n) {
        LogHeader h = header();
        h.nextIndex = n;
        h.nextSeqnum = n;
        setHeader(h, false);
    }
    // MKDIR entries appended up to `n` entries in all.
    void fillTo(uint64_t n) {
        for (uint64_t i = header().nextIndex; i < n; ++i)
            appendMkdir("d" + std::to_string(i));
    }

    std::vector<uint8_t>& bytes() { return bytes_; }
    const std::vector<uint8_t>& bytesView() const { return bytes_; }
    uint64_t mediaSize = 0;
    fs::LoadOptions loadOptions;
    std::string systemUuidFile; // empty: the owner's UUID
    // An interrupted repair's intent file beside the media: none, intact or damaged.
    enum class Intent { None, Pending, Damaged } intent = Intent::None;

private:
    static uint64_t slot(uint64_t i) { return kLogOffset + kLogHeaderSize + i * kLogEntrySize; }
    std::vector<uint8_t> bytes_;
};

struct Damage {
    const char* code;
    const char* image;
    std::function<void(Meta&)> apply;
};

SimpleExtent ext(uint64_t offset, uint64_t len) {
    return {0, offset, len};
}

// One damage per finding code. Base images: a02-files (14 flat files), a03-dirs
// (directories), a04-striped (interleaved files), on 4 or 8 GiB devices.
std::vector<Damage> damages() {
    const char* files = "a02-files";
    const char* dirs = "a03-dirs";
    const char* striped = "a04-striped";
    auto sb = [](std::function<void(Superblock&)> f, bool reseal = true) {
        return [f, reseal](Meta& m) {
            Superblock s = m.sb();
            f(s);
            m.setSb(s, reseal);
        };
    };
    auto hdr = [](std::function<void(LogHeader&)> f, bool reseal = true) {
        return [f, reseal](Meta& m) {
            LogHeader h = m.header();
            f(h);
            m.setHeader(h, reseal);
        };
    };
    auto fileAt = [](std::string path, uint64_t size, uint64_t offset, uint64_t len) {
        return [=](Meta& m) { m.appendFile(path, size, {ext(offset, len)}); };
    };
    auto existingFile = [](Meta& m) { return m.entry(0).path(); };
    return {
        {"SB_MAGIC", files, sb([](Superblock& s) { s.magic = 0x12345678; })},
        {"SB_CRC", files, sb([](Superblock& s) { s.crc ^= 1; }, false)},
        {"SB_VERSION", files, sb([](Superblock& s) { s.version = 99; })},
        {"SB_VERSION_PREVIOUS", files, sb([](Superblock& s) { s.version = 47; })},
        {"SB_OMF", files, sb([](Superblock& s) { s.omfMajor = 3; })},
        {"SB_LAYOUT", files,
         hdr([](LogHeader& h) { h.lastIndex = (h.len - kLogHeaderSize) / 352 - 1; })},
        {"SB_ALLOC_UNIT", files, sb([](Superblock& s) { s.allocUnit = 0x10000; })},
        {"SB_LOG_OFFSET", files, sb([](Superblock& s) { s.logOffset = 0x400000; })},
        {"SB_LOG_LEN_POW2", files, sb([](Superblock& s) { s.logLen = 12 * kMiB; })},
        {"SB_LOG_LEN_SMALL", files, sb([](Superblock& s) { s.logLen = 4 * kMiB; })},
        {"SB_LOG_LEN_DEVICE", files, sb([](Superblock& s) { s.ddSize = 8 * kMiB; })},
        {"SB_DEVICE_BEYOND_MEDIA", files, [](Meta& m) { m.mediaSize = 2 * kGiB; }},
        {"SB_DEVICE_SMALLER_THAN_MEDIA", files, sb([](Superblock& s) { s.ddSize = 2 * kGiB; })},
        {"SB_DEVICE_SMALL", files, sb([](Superblock& s) { s.ddSize = kGiB; })},
        {"SB_DEVICE_UNALIGNED", files, sb([](Superblock& s) { s.ddSize -= 4096; })},
        {"SB_ROLE_CLIENT", files, [](Meta& m) { m.systemUuidFile = "other"; }},
        {"REPAIR_PENDING", files, [](Meta& m) { m.intent = Meta::Intent::Pending; }},
        {"REPAIR_INTENT_UNREADABLE", files, [](Meta& m) { m.intent = Meta::Intent::Damaged; }},
        {"LOG_MISSING", files, [](Meta& m) { m.mediaSize = kMiB; }},
        {"LOG_MAGIC", files, hdr([](LogHeader& h) { h.magic = 0; })},
        {"LOG_CRC", files, hdr([](LogHeader& h) { h.crc ^= 1; }, false)},
        {"LOG_LEN_MISMATCH", files, hdr([](LogHeader& h) {
             h.len = 16 * kMiB;
             h.lastIndex = logSlots(h.len) - 1;
         })},
        {"LOG_LAST_INDEX", files, hdr([](LogHeader& h) { h.lastIndex -= 1; })},
        {"LOG_NEXT_INDEX", files, hdr([](LogHeader& h) {
             h.nextIndex = h.lastIndex + 2;
             h.nextSeqnum = h.nextIndex;
         })},
        {"LOG_NEXT_SEQNUM", files, hdr([](LogHeader& h) { h.nextSeqnum += 3; })},
        {"LOG_BEYOND_MEDIA", files,
         [](Meta& m) { m.mediaSize = kLogOffset + kLogHeaderSize + 5 * kLogEntrySize; }},
        {"LOG_ENTRIES_UNREAD", files,
         [](Meta& m) { m.loadOptions.maxLogBytes = kLogHeaderSize + 5 * kLogEntrySize; }},
        {"ENTRY_CRC", files,
         [](Meta& m) {
             LogEntry e = m.entry(3);
             std::get<FileMeta>(e.body).size += 1;
             m.setEntry(3, e, false);
         }},
        {"ENTRY_SEQNUM", files,
         [](Meta& m) {
             LogEntry e = m.entry(3);
             e.seqnum = 77;
             m.setEntry(3, e);
         }},
        {"ENTRY_TYPE_UNKNOWN", files,
         [](Meta& m) {
             LogEntry e;
             e.type = 9;
             e.body = RawBody{};
             m.append(e);
         }},
        {"ENTRY_DELETE", files,
         [](Meta& m) {
             LogEntry e;
             e.type = static_cast<uint32_t>(EntryType::Delete);
             e.body = RawBody{};
             m.append(e);
         }},
        {"ENTRY_ADD_DAXDEV", files,
         [](Meta& m) {
             LogEntry e;
             e.type = static_cast<uint32_t>(EntryType::AddDaxdev);
             e.body = AddDaxdevMeta{4 * kGiB, {}, 1, {}};
             m.append(e);
         }},
        {"PATH_EMPTY", files, fileAt("", 100, kFree, 2 * kMiB)},
        {"PATH_ABSOLUTE", files, fileAt("/abs", 100, kFree, 2 * kMiB)},
        {"PATH_DOT", files, fileAt("./dotted", 100, kFree, 2 * kMiB)},
        {"PATH_DOTDOT", files, fileAt("../escape", 100, kFree, 2 * kMiB)},
        {"PATH_UNTERMINATED", files,
         [](Meta& m) {
             FileMeta f = Meta::fileMeta("x", 100);
             f.relpath.fill('u');
             f.count = 1;
             f.setExtent(0, ext(kFree, 2 * kMiB));
             m.append(LogEntry::makeFile(f));
         }},
        {"PATH_MAX_LENGTH", files, fileAt(std::string(79, 'L'), 100, kFree, 2 * kMiB)},
        {"PATH_CONTROL_CHAR", files, fileAt("clear\x1b[2J", 100, kFree, 2 * kMiB)},
        {"PATH_PARENT_MISSING", files, fileAt("nodir/file", 100, kFree, 2 * kMiB)},
        {"PATH_ESCAPES_MOUNT", files, fileAt("../../outside", 100, kFree, 2 * kMiB)},
        {"PATH_PARENT_NOT_DIR", files,
         [=](Meta& m) { m.appendFile(existingFile(m) + "/below", 100, {ext(kFree, 2 * kMiB)}); }},
        {"PATH_DUPLICATE", files,
         [=](Meta& m) { m.appendFile(existingFile(m), 100, {ext(kFree, 2 * kMiB)}); }},
        {"MKDIR_OVER_FILE", files, [=](Meta& m) { m.appendMkdir(existingFile(m)); }},
        {"FILE_OVER_DIR", dirs,
         [](Meta& m) { m.appendFile(m.entry(0).path(), 100, {ext(kFree, 2 * kMiB)}); }},
        {"FILE_SIZE_ZERO", files, fileAt("empty", 0, kFree, 2 * kMiB)},
        {"FILE_EXT_TYPE", files,
         [](Meta& m) {
             FileMeta f = Meta::fileMeta("weird", 100);
             f.extType = 5;
             f.count = 1;
             f.setExtent(0, ext(kFree, 2 * kMiB));
             m.append(LogEntry::makeFile(f));
         }},
        {"FILE_EXTENT_COUNT_ZERO", files, [](Meta& m) { m.appendFile("noext", 100, {}); }},
        {"FILE_EXTENT_COUNT_HIGH", files,
         [](Meta& m) {
             std::vector<SimpleExtent> many;
             for (uint64_t i = 0; i < 17; ++i)
                 many.push_back(ext(kFree + i * 2 * kMiB, 2 * kMiB));
             m.appendFile("many", 100, many);
             LogEntry e = m.entry(m.header().nextIndex - 1);
             std::get<FileMeta>(e.body).count = 17;
             m.setEntry(m.header().nextIndex - 1, e);
         }},
        {"FILE_EXTENTS_SHORT", files, fileAt("short", 2 * kMiB + 1, kFree, 2 * kMiB)},
        {"EXTENT_ZERO_OFFSET", files, fileAt("zero", 100, 0, 2 * kMiB)},
        {"EXTENT_UNALIGNED", files, fileAt("unaligned", 100, kFree + 4096, 2 * kMiB)},
        {"EXTENT_EMPTY", files,
         [](Meta& m) {
             m.appendFile("emptyext", 100, {ext(kFree, 2 * kMiB), ext(kFree + 2 * kMiB, 0)});
         }},
        {"EXTENT_BEYOND_DEVICE", files, fileAt("far", 100, 4 * kGiB, 2 * kMiB)},
        {"EXTENT_BEYOND_MEDIA", files,
         [](Meta& m) {
             m.mediaSize = 2 * kGiB;
             m.appendFile("past_media", 100, {ext(3 * kGiB, 2 * kMiB)});
         }},
        {"EXTENT_DEVINDEX", files,
         [](Meta& m) {
             m.appendFile("dev1", 100, {SimpleExtent{1, kFree, 2 * kMiB}});
         }},
        {"IL_NIEXT", striped,
         [](Meta& m) {
             m.appendStriped("niext", 4 * kMiB, 2 * kMiB,
                             {ext(kFree, 2 * kMiB), ext(kFree + 2 * kMiB, 2 * kMiB)}, 2);
         }},
        {"IL_NSTRIPS", striped,
         [](Meta& m) { m.appendStriped("nstrips", 4 * kMiB, 2 * kMiB, {}); }},
        {"IL_CHUNK", striped,
         [](Meta& m) {
             m.appendStriped("chunk", 4 * kMiB, 6 * kMiB,
                             {ext(kFree, 6 * kMiB), ext(kFree + 6 * kMiB, 6 * kMiB)});
         }},
        {"IL_STRIP_SHORT", striped,
         [](Meta& m) {
             // 10 MiB over 2 strips of 2 MiB chunks needs 3 chunks (6 MiB) per strip; the
             // strips still cover the size together (8 + 4 MiB).
             m.appendStriped("thin", 10 * kMiB, 2 * kMiB,
                             {ext(kFree, 8 * kMiB), ext(kFree + 8 * kMiB, 4 * kMiB)});
         }},
        {"FILE_HUGE_FAULTS_BLOCKED", files,
         [](Meta& m) {
             // A 4 KiB alloc unit makes the extent valid; 4 KiB off 2 MiB, no page of it can
             // be a 2 MiB page.
             Superblock s = m.sb();
             s.allocUnit = 4096;
             m.setSb(s);
             m.appendFile("misaligned", 4 * kMiB, {ext(kFree + 4096, 4 * kMiB)});
         }},
        {"ALLOC_COLLISION", files,
         [](Meta& m) {
             const LogEntry first = m.entry(0);
             m.appendFile("crosslinked", first.file()->size, {first.file()->extent(0)});
         }},
        {"ALLOC_METADATA_OVERLAP", files, fileAt("in_log", 100, kLogOffset, 2 * kMiB)},
        {"ALLOC_DETAIL_TRUNCATED", files,
         [](Meta& m) {
             // 400 staggered 400-unit claims: each unit is claimed by up to 400 files, far
             // more owner pairs than are listed one by one.
             for (uint64_t i = 0; i < 400; ++i)
                 m.appendFile("pile" + std::to_string(i), 100,
                              {ext(kFree + i * 2 * kMiB, 400 * 2 * kMiB)});
         }},
        {"CAP_LOG_NEARLY_FULL", files,
         [](Meta& m) {
             const uint64_t target = m.header().lastIndex * 92 / 100;
             for (uint64_t i = m.header().nextIndex; i < target; ++i)
                 m.appendMkdir("d" + std::to_string(i));
         }},
        {"CAP_LOG_FULL", files,
         [](Meta& m) {
             for (uint64_t i = m.header().nextIndex; i <= m.header().lastIndex; ++i)
                 m.appendMkdir("d" + std::to_string(i));
         }},
        {"CAP_AMPLIFICATION", files, fileAt("tiny_in_huge", 1, kFree, 512 * kMiB)},
        {"CAP_FREE_SPACE", files, [](Meta&) {}},
        {"CAP_FRAGMENTED", files,
         [](Meta& m) {
             // Three files split the free space into four runs of under a GiB each.
             for (uint64_t g = 1; g <= 3; ++g)
                 m.appendFile("split" + std::to_string(g), 2 * kMiB, {ext(g * kGiB, 2 * kMiB)});
         }},
        {"CAP_DEVICE_FULL", files,
         [](Meta& m) {
             const uint64_t from = kLogOffset + m.sb().logLen;
             m.appendFile("everything", m.sb().ddSize - from, {ext(from, m.sb().ddSize - from)});
         }},
        {"CAP_TAIL_WASTE", files, fileAt("waste", 100, kFree, 4 * kMiB)},
    };
}

// A finding a long-run damage must produce: its code, first entry (none: not an entry), how
// many entries it stands for, and words its message must hold.
struct Expected {
    const char* code;
    std::optional<uint64_t> first;
    uint64_t count;
    const char* says;
};

struct LongRun {
    const char* name;
    std::function<void(Meta&)> apply;
    // The errors and warnings, in report order (errors, then warnings; log order in each).
    std::function<std::vector<Expected>(const Meta&)> expected;
};

// Damages over many entries, on a02-files (14 entries). Each run of one defect is one finding.
std::vector<LongRun> longRuns() {
    auto same = [](std::vector<Expected> e) { return [e](const Meta&) { return e; }; };
    constexpr uint64_t kWritten = 14;
    return {
        {"zeroed tail",
         [](Meta& m) {
             m.fillTo(3000);
             m.zeroSlots(1000, 3000);
         },
         same({{"ENTRY_CRC", 1000, 2000, "2,000 empty slots (all zero) counted by next_index"}})},
        {"next_index past the written entries", [](Meta& m) { m.claimEntries(kWritten + 5000); },
         same({{"ENTRY_CRC", kWritten, 5000, "5,000 empty slots (all zero)"}})},
        {"random bytes over many entries",
         [](Meta& m) {
             m.fillTo(3000);
             m.randomSlots(500, 2500, 7);
         },
         same({{"ENTRY_CRC", 500, 2000, "2,000 slots of random bytes"}})},
        {"zeros, random bytes, zeros",
         [](Meta& m) {
             m.claimEntries(kWritten + 3000);
             m.randomSlots(kWritten + 1000, kWritten + 2000, 8);
         },
         same({{"ENTRY_CRC", kWritten, 1000, "empty slots"},
               {"ENTRY_CRC", kWritten + 1000, 1000, "random bytes"},
               {"ENTRY_CRC", kWritten + 2000, 1000, "empty slots"}})},
        {"next_index past capacity", [](Meta& m) { m.claimEntries(m.header().lastIndex + 101); },
         [](const Meta& m) {
             const uint64_t capacity = m.header().lastIndex + 1;
             return std::vector<Expected>{
                 {"LOG_NEXT_INDEX", std::nullopt, 1, "beyond the"},
                 {"ENTRY_CRC", kWritten, capacity - kWritten, "empty slots (all zero)"},
                 {"CAP_LOG_FULL", std::nullopt, 1, ""}};
         }},
        {"seqnums shifted",
         [](Meta& m) {
             for (uint64_t i = 0; i < kWritten; ++i) {
                 LogEntry e = m.entry(i);
                 e.seqnum += 1000;
                 m.setEntry(i, e);
             }
         },
         same({{"ENTRY_SEQNUM", 0, kWritten, "14 entries whose seqnum differs from their slot"}})},
        {"every other entry zeroed",
         [](Meta& m) {
             m.fillTo(3000);
             for (uint64_t i = 1000; i < 2000; i += 2)
                 m.zeroSlots(i, i + 1);
         },
         [](const Meta&) {
             std::vector<Expected> e;
             for (uint64_t i = 1000; i < 2000; i += 2)
                 e.push_back({"ENTRY_CRC", i, 1, "empty slot (all zero)"});
             return e;
         }},
        {"CRC and seqnum of one entry",
         [](Meta& m) {
             LogEntry e = m.entry(3);
             e.seqnum = 77;
             m.setEntry(3, e, false);
         },
         same({{"ENTRY_CRC", 3, 1, "seqnum is 77 in slot 3 and its CRC is"}})},
        {"changed entry",
         [](Meta& m) {
             LogEntry e = m.entry(3);
             std::get<FileMeta>(e.body).size += 1;
             m.setEntry(3, e, false);
         },
         same({{"ENTRY_CRC", 3, 1, "changed after it was written"}})},
        {"torn last entry",
         [](Meta& m) {
             LogEntry e = m.entry(kWritten - 1);
             std::get<FileMeta>(e.body).size += 1;
             m.setEntry(kWritten - 1, e, false);
         },
         same({{"ENTRY_CRC", kWritten - 1, 1, "torn last entry"}})},
    };
}

QString docsPath() {
    return QStringLiteral(FAMSCOPE_SOURCE_DIR "/docs/FSCK-CODES.md");
}

// 1 to 16 random bytes over the superblock and the first 16 log entries of `base`; half the
// time every CRC is made right again, so the damage is semantic rather than a CRC mismatch.
Meta randomlyDamaged(const Meta& base, std::mt19937_64& rng) {
    const uint64_t live = kLogOffset + kLogHeaderSize + 16 * kLogEntrySize;
    Meta m = base;
    auto& bytes = m.bytes();
    const int flips = 1 + static_cast<int>(rng() % 16);
    for (int i = 0; i < flips; ++i) {
        const uint64_t at =
            rng() % 4 == 0 ? rng() % kSuperblockSize : kLogOffset + rng() % (live - kLogOffset);
        bytes[at] = static_cast<uint8_t>(rng());
    }
    if (rng() % 2) {
        m.setSb(m.sb());
        m.setHeader(m.header());
        for (uint64_t i = 0; i < 16; ++i)
            m.setEntry(i, m.entry(i));
    }
    return m;
}

} // namespace

class TestFsckCorruptions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        owner_ = dir_.filePath(QStringLiteral("owner_uuid")).toStdString();
        other_ = dir_.filePath(QStringLiteral("other_uuid")).toStdString();
        writeFile(owner_, "5a3e1f0c-7d2b-4c1e-9f60-a1b2c3d4e5f6\n");
        writeFile(other_, "00000000-1111-2222-3333-444444444444\n");
    }
    void baseImagesAreClean();
    void damage_data();
    void damage();
    void everyCodeHasADamage();
    void everyCodeIsDocumented();
    void hugeFaultNote();
    void streamedFsckOfALongLog();
    void longRunIsOneFindingPerCause_data();
    void longRunIsOneFindingPerCause();
    void unreadEntriesAreReported_data();
    void unreadEntriesAreReported();
    void randomDamageNeverCrashes();
    void repairEveryDamage_data() { damage_data(); }
    void repairEveryDamage();
    void repairRandomDamage();

private:
    // Plans a repair of the damaged region, writes it to memory media and checks the result;
    // returns whether the plan could be written (false: refused).
    bool repairAndCheck(const Meta& m, bool recover, std::string* refusal = nullptr,
                        std::set<std::string>* left = nullptr);
    static void writeFile(const std::string& path, const char* text) {
        QFile f(QString::fromStdString(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    FsckOptions options(const Meta& m) const {
        FsckOptions o;
        o.systemUuidFile = m.systemUuidFile.empty() ? owner_ : other_;
        return o;
    }
    QTemporaryDir dir_;
    std::string owner_;
    std::string other_;
};

void TestFsckCorruptions::baseImagesAreClean() {
    for (const char* image : {"a02-files", "a03-dirs", "a04-striped"}) {
        const Meta m{QLatin1String(image)};
        const FsckReport r = m.check(options(m));
        QCOMPARE(r.counts.errors, uint64_t{0});
        QCOMPARE(r.counts.warnings, uint64_t{0});
    }
}

void TestFsckCorruptions::damage_data() {
    QTest::addColumn<int>("index");
    const auto all = damages();
    for (size_t i = 0; i < all.size(); ++i)
        QTest::newRow(all[i].code) << static_cast<int>(i);
}

void TestFsckCorruptions::damage() {
    QFETCH(int, index);
    const Damage d = damages()[static_cast<size_t>(index)];
    Meta m{QLatin1String(d.image)};
    d.apply(m);
    const FsckReport r = m.check(options(m));
    std::string found;
    for (const Finding& f : r.findings)
        found += f.code + " ";
    QVERIFY2(r.has(d.code), ("expected " + std::string(d.code) + ", found: " + found).c_str());
}

void TestFsckCorruptions::everyCodeHasADamage() {
    std::set<std::string> damaged;
    for (const Damage& d : damages())
        QVERIFY2(damaged.insert(d.code).second, d.code); // one damage per code
    std::set<std::string> documented;
    for (const CodeInfo& c : allCodes())
        QVERIFY2(documented.insert(c.code).second, c.code); // codes are unique
    QCOMPARE(damaged, documented);
}

void TestFsckCorruptions::everyCodeIsDocumented() {
    QFile f(docsPath());
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(docsPath()));
    const QByteArray doc = f.readAll();
    for (const CodeInfo& c : allCodes()) {
        const QByteArray row = QByteArray("| `") + c.code + "` | " + severityName(c.severity);
        QVERIFY2(doc.contains(row), c.code);
    }
}

// FILE_HUGE_FAULTS_BLOCKED names the file and its first blocked range, is a note only, and
// appears only where a 2 MiB page was possible at all.
// The CLI's fsck streams the log a block of 512 entries at a time and keeps two blocks; findings
// that name an entry blocks away (a collision's first owner, a parent created later, a path
// that exists since long before) and the checks after the pass (collisions, tail waste, fault
// pages) read entries again from the media. check() compares it with the GUI's fsck of the
// loaded log, byte for byte; this log puts each such finding far from what it names.
void TestFsckCorruptions::streamedFsckOfALongLog() {
    Meta m{QStringLiteral("a02-files")};
    Superblock s = m.sb();
    s.allocUnit = 4096;
    m.setSb(s);
    const uint64_t first = m.header().nextIndex;
    m.fillTo(first + 600);
    m.appendFile("late/early-file", 4096, {ext(kFree, 4096)}); // "late" is made at ~3000
    m.fillTo(1200);
    m.appendFile("wasteful", 4096, {ext(kFree + 4 * kMiB, 2 * kMiB)});
    m.fillTo(1500);
    m.appendMkdir("d" + std::to_string(first + 20)); // logged ~1,480 entries before
    m.fillTo(1800);
    m.appendFile("first-owner", 2 * kMiB, {ext(kFree + 8 * kMiB, 2 * kMiB)});
    m.fillTo(2100);
    m.appendStriped("odd-chunk", 4 * kMiB, 4096 * 3,
                    {ext(kFree + 16 * kMiB, 2 * kMiB), ext(kFree + 20 * kMiB, 2 * kMiB)});
    m.fillTo(2600);
    m.appendFile("second-owner", 2 * kMiB, {ext(kFree + 8 * kMiB, 2 * kMiB)});
    m.fillTo(3000);
    m.appendMkdir("late");
    m.fillTo(3300);
    const uint64_t zeroFrom = 3100, randomFrom = 3200;
    m.zeroSlots(zeroFrom, zeroFrom + 20);
    m.randomSlots(randomFrom, randomFrom + 20, 7);

    const FsckReport r = m.check(options(m)); // fails if the streamed fsck says otherwise
    auto has = [&r](const char* code, const std::string& part) {
        return std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding& f) {
            return f.code == code && f.message.find(part) != std::string::npos;
        });
    };
    QVERIFY(has("PATH_PARENT_MISSING", "is created only later, by entry 3000"));
    QVERIFY(has("PATH_DUPLICATE", "entry " + std::to_string(first + 20) + " wins"));
    QVERIFY(has("ALLOC_COLLISION", "file \"second-owner\" (entry 2600) claims"));
    QVERIFY(has("ALLOC_COLLISION", "already allocated to file \"first-owner\" (entry 1800)"));
    QVERIFY(has("CAP_TAIL_WASTE", "the file maps 2097152 bytes for 4096"));
    QVERIFY(has("FILE_HUGE_FAULTS_BLOCKED", ""));
    QVERIFY(has("ENTRY_CRC", "20 empty slots"));
    QVERIFY(has("ENTRY_CRC", "20 slots of random bytes"));

    // The same log in an image file, which the stream reads with pread() (memory media is read
    // through its mapping).
    const std::string image = dir_.filePath(QStringLiteral("long-log.img")).toStdString();
    {
        QFile f(QString::fromStdString(image));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(reinterpret_cast<const char*>(m.bytesView().data()),
                         static_cast<qint64>(m.bytesView().size())),
                 static_cast<qint64>(m.bytesView().size()));
        QVERIFY(f.resize(static_cast<qint64>(m.mediaSize)));
    }
    auto media = media::openMedia(image, media::Access::ReadOnly);
    QVERIFY(static_cast<bool>(media));
    const auto loaded = fs::loadFileSystem(**media);
    const auto pending = fs::startLoad(**media);
    QVERIFY(loaded && pending);
    const FsckReport whole = runFsck(*loaded, options(m));
    const FsckReport streamed = runFsck(**media, *pending, options(m));
    QCOMPARE(report::fsckReportJson(pending->fs, streamed, 4, true),
             report::fsckReportJson(*loaded, whole, 4, true));
    QCOMPARE(report::fsckReportJson(*loaded, whole, 4, true),
             report::fsckReportJson(*loaded, r, 4, true)); // the image says what the memory did
}

void TestFsckCorruptions::hugeFaultNote() {
    auto notes = [this](const Meta& m) {
        std::vector<Finding> out;
        const FsckReport r = m.check(options(m));
        for (const Finding& f : r.findings)
            if (f.code == "FILE_HUGE_FAULTS_BLOCKED")
                out.push_back(f);
        return std::pair{out, r};
    };
    Meta m{QStringLiteral("a02-files")};
    Superblock s = m.sb();
    s.allocUnit = 4096;
    m.setSb(s);
    QVERIFY(notes(m).first.empty()); // famfs's own 2 MiB-aligned files fault in 2 MiB pages
    // 6 MiB: 2 MiB aligned on the device; then 4 MiB + 4 KiB whose extent ends 4 KiB into a
    // 2 MiB window; then 4 MiB, 4 KiB off 2 MiB on the device.
    m.appendFile("aligned", 6 * kMiB, {ext(kFree, 6 * kMiB)});
    m.appendFile("split", 6 * kMiB,
                 {ext(kFree + 8 * kMiB, 4 * kMiB + 4096), ext(kFree + 16 * kMiB, 2 * kMiB)});
    m.appendFile("misaligned", 4 * kMiB, {ext(kFree + 32 * kMiB + 4096, 4 * kMiB)});
    const auto [found, report] = notes(m);
    QCOMPARE(found.size(), size_t{2});
    QCOMPARE(found[0].location.path, std::string("split"));
    QCOMPARE(found[0].message,
             std::string("the layout makes 1 of the file's 2 MiB windows fault in 4 KiB pages, "
                         "the first at file offset 0x400000+0x200000: an extent, chunk or strip "
                         "ends inside the 2 MiB page; 66% of the file can fault in 2 MiB pages"));
    QCOMPARE(found[1].location.path, std::string("misaligned"));
    QCOMPARE(found[1].message,
             std::string("the layout makes 2 of the file's 2 MiB windows fault in 4 KiB pages, "
                         "the first at file offset 0x0+0x400000: the device offset is not 2 MiB "
                         "aligned; 0% of the file can fault in 2 MiB pages"));
    QCOMPARE(found[1].severity, Severity::Info);
    QCOMPARE(report.counts.errors + report.counts.warnings, uint64_t{0});
    QCOMPARE(exitStatus(report), int{FsckClean});
    // A device size off 2 MiB cannot be a devdax region mapping 2 MiB pages: no note.
    s.ddSize -= 4096;
    m.setSb(s);
    QVERIFY(notes(m).first.empty());
}

void TestFsckCorruptions::longRunIsOneFindingPerCause_data() {
    QTest::addColumn<int>("index");
    const auto all = longRuns();
    for (size_t i = 0; i < all.size(); ++i)
        QTest::newRow(all[i].name) << static_cast<int>(i);
}

void TestFsckCorruptions::longRunIsOneFindingPerCause() {
    QFETCH(int, index);
    const LongRun run = longRuns()[static_cast<size_t>(index)];
    Meta m{QStringLiteral("a02-files")};
    run.apply(m);
    const FsckReport r = m.check(options(m));
    const std::vector<Expected> want = run.expected(m);
    std::vector<const Finding*> got;
    for (const Finding& f : r.findings)
        if (f.severity != Severity::Info)
            got.push_back(&f);
    std::string found;
    for (const Finding* f : got)
        found += f->code + " " + f->where() + " x" + std::to_string(f->count) + "\n";
    QVERIFY2(got.size() == want.size(), found.c_str());
    QCOMPARE(r.counts.errors + r.counts.warnings, uint64_t{want.size()}); // one per cause
    for (size_t i = 0; i < want.size(); ++i) {
        const Finding& f = *got[i];
        QCOMPARE(f.code, std::string(want[i].code));
        QCOMPARE(f.location.entry, want[i].first);
        QCOMPARE(f.count, want[i].count);
        QVERIFY2(f.message.find(want[i].says) != std::string::npos, f.message.c_str());
        QCOMPARE(f.isGroup(), f.count > 1);
        if (!f.isGroup())
            continue;
        // A group: its range, every member up to the cap, consecutive, each a finding of its
        // own; the count is exact even where the listing stops.
        QCOMPARE(*f.last->entry, *f.location.entry + f.count - 1);
        QCOMPARE(uint64_t{f.members.size()}, std::min(f.count, Finding::kMaxMembersListed));
        QCOMPARE(f.membersNotListed(), f.count - f.members.size());
        for (size_t k = 0; k < f.members.size(); ++k) {
            QCOMPARE(f.members[k].code, f.code);
            QCOMPARE(*f.members[k].location.entry, *f.location.entry + k);
            QVERIFY(!f.members[k].isGroup());
        }
        QCOMPARE(f.members.front().location.offset, f.location.offset);
    }
    // The groups' members are exactly the bad entries famfs fsck counts, one by one.
    uint64_t members = 0;
    for (const Finding* f : got)
        if (f->code == "ENTRY_CRC" || f->code == "ENTRY_SEQNUM")
            members += f->count;
    QCOMPARE(members, r.figures.badEntries);
}

// The loader's reasons for reading fewer entries than the header claims each become a
// LOG_ENTRIES_UNREAD warning naming how many were left unchecked: the decode cap, a media
// that ends inside the live log, and a log length too short for the entries the header claims.
void TestFsckCorruptions::unreadEntriesAreReported_data() {
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("decode cap") << 0 << QStringLiteral("MiB of log) were read");
    QTest::newRow("media too short") << 1 << QStringLiteral("fit in the log or the media");
    QTest::newRow("log too short") << 2 << QStringLiteral("fit in the log or the media");
}

void TestFsckCorruptions::unreadEntriesAreReported() {
    QFETCH(int, damage);
    QFETCH(QString, reason);
    Meta m{QStringLiteral("a02-files")};
    const uint64_t claimed = m.header().nextIndex;
    QVERIFY(claimed > 5);
    uint64_t read = 5;
    if (damage == 0) {
        m.loadOptions.maxLogBytes = kLogHeaderSize + read * kLogEntrySize + kLogEntrySize / 2;
    } else if (damage == 1) {
        m.mediaSize = kLogOffset + kLogHeaderSize + read * kLogEntrySize;
    } else { // the header's log length holds fewer slots than its last_index claims
        LogHeader h = m.header();
        h.len = kLogHeaderSize + read * kLogEntrySize;
        m.setHeader(h);
    }
    const FsckReport r = m.check(options(m));
    std::vector<const Finding*> unread;
    for (const Finding& f : r.findings)
        if (f.code == "LOG_ENTRIES_UNREAD")
            unread.push_back(&f);
    QCOMPARE(unread.size(), size_t{1});
    QCOMPARE(unread[0]->severity, Severity::Warning);
    const QString message = QString::fromStdString(unread[0]->message);
    QVERIFY2(message.contains(reason), qPrintable(message));
    QVERIFY2(message.contains(QString::number(claimed)), qPrintable(message));
    QVERIFY2(message.contains(
                 QStringLiteral("; %1 entries were not read and not checked").arg(claimed - read)),
             qPrintable(message));
    // Nothing is reported when every claimed entry was read.
    Meta clean{QStringLiteral("a02-files")};
    QVERIFY(!clean.check(options(clean)).has("LOG_ENTRIES_UNREAD"));
}

void TestFsckCorruptions::randomDamageNeverCrashes() {
    std::mt19937_64 rng(20251125);
    const Meta base{QStringLiteral("a04-striped")};
    for (int round = 0; round < 200; ++round) {
        Meta m = randomlyDamaged(base, rng);
        const FsckReport r = m.check(options(m));
        uint64_t omitted = 0; // past 1,000 findings of one code, the rest are only counted
        for (const auto& [code, n] : r.omitted) {
            QCOMPARE(std::count_if(r.findings.begin(), r.findings.end(),
                                   [&](const auto& f) { return f.code == code; }),
                     std::ptrdiff_t{FindingSink::kMaxPerCode});
            omitted += n;
        }
        QCOMPARE(r.findings.size() + omitted, r.counts.errors + r.counts.warnings + r.counts.infos);
        for (const Finding& f : r.findings) // every group: its range is its count
            if (f.isGroup())
                QCOMPARE(*f.last->entry - *f.location.entry + 1, f.count);
    }
}

// Damages repair answers: the generator's damage of one of these codes is gone after the repair
// (a code may stay where the plan says why, e.g. an entry cross-linked with a kept file).
const std::set<std::string> kRepairedCodes = {
    "SB_CRC",
    "LOG_CRC",
    "LOG_NEXT_INDEX",
    "LOG_NEXT_SEQNUM",
    "ENTRY_CRC",
    "ENTRY_SEQNUM",
    "ENTRY_TYPE_UNKNOWN",
    "ENTRY_DELETE",
    "PATH_EMPTY",
    "PATH_ABSOLUTE",
    "PATH_DOTDOT",
    "PATH_UNTERMINATED",
    "PATH_PARENT_MISSING",
    "PATH_PARENT_NOT_DIR",
    "PATH_DUPLICATE",
    "MKDIR_OVER_FILE",
    "FILE_OVER_DIR",
    "EXTENT_ZERO_OFFSET",
    "EXTENT_BEYOND_DEVICE",
};
// Damages repair refuses: the right value is not knowable from the media.
const std::set<std::string> kRefusedDamages = {
    "SB_MAGIC",
    "SB_VERSION",
    "SB_OMF",
    "SB_LAYOUT",
    "SB_ALLOC_UNIT",
    "SB_LOG_LEN_POW2",
    "SB_LOG_LEN_SMALL",
    "SB_LOG_LEN_DEVICE",
    "SB_DEVICE_BEYOND_MEDIA",
    "LOG_MISSING",
    "LOG_MAGIC",
    "LOG_LEN_MISMATCH",
    "LOG_LAST_INDEX",
    "LOG_BEYOND_MEDIA",
    "LOG_ENTRIES_UNREAD",
    "EXTENT_BEYOND_MEDIA",
};

bool TestFsckCorruptions::repairAndCheck(const Meta& m, bool recover, std::string* refusal,
                                         std::set<std::string>* left) {
    media::MemoryMedia media("damaged", m.mediaSize);
    if (media.size() != m.mediaSize)
        return false;
    std::memcpy(media.data(), m.bytesView().data(),
                std::min<uint64_t>(m.bytesView().size(), m.mediaSize));
    auto before = fs::loadFileSystem(media, m.loadOptions);
    if (!before)
        return false;
    repair::RepairOptions o;
    o.recover = recover;
    o.fsckOptions = options(m);
    const FsckReport report = runFsck(*before, o.fsckOptions);
    const repair::RepairPlan plan = repair::planRepair(*before, report, o);
    if (!plan.feasible()) {
        if (refusal)
            *refusal = plan.refusals.front();
        return false;
    }
    if (Status st = repair::writeRepair(media, *before, plan); !st)
        qFatal("writeRepair: %s", st.error().c_str());
    auto after = fs::loadFileSystem(media, m.loadOptions);
    if (!after)
        qFatal("the repaired file system does not load");
    // The rules of the golden images: CRCs, seqnum == slot, counters equal.
    if (!after->log.crcValid() || after->log.nextSeqnum != after->log.nextIndex ||
        after->entries.size() != after->log.nextIndex || !after->sb.crcValid())
        qFatal("the repaired log header breaks famfs's rules");
    for (uint64_t i = 0; i < after->entries.size(); ++i)
        if (!after->entries[i].crcValid() || after->entries[i].seqnum != i)
            qFatal("repaired entry %llu is bad", static_cast<unsigned long long>(i));
    // What the plan says stays is what fsck still finds; what it repairs is gone.
    std::set<std::string> stays;
    for (const repair::RepairAction& a : plan.actions)
        if (a.kind == repair::ActionKind::NotRepaired ||
            a.kind == repair::ActionKind::KeepCrossLinked)
            stays.insert(a.code);
    const FsckReport rest = runFsck(*after, options(m));
    for (const Finding& f : rest.findings) {
        if (f.severity == Severity::Info)
            continue;
        if (!stays.count(f.code))
            qFatal("%s left after repair: %s", f.code.c_str(), f.message.c_str());
        if (left)
            left->insert(f.code);
    }
    // Files a mount showed keep their map; every unit a file owns keeps its owner's path.
    std::set<uint64_t> dropped;
    for (const repair::RepairAction& a : plan.actions)
        if (a.kind == repair::ActionKind::DropEntry && !a.slotRange)
            dropped.insert(a.entryIndexes.begin(), a.entryIndexes.end());
    const fs::Namespace was = fs::replay(*before, fs::ReplayMode::Mount);
    const fs::Namespace now = fs::replay(*after, fs::ReplayMode::Mount);
    for (const fs::FsFile& f : was.files) {
        if (dropped.count(f.entryIndex))
            continue;
        const fs::FsFile* g = now.findFile(f.path);
        if (!g || !(g->map == f.map) || g->size != f.size)
            qFatal("file %s changed or vanished", f.path.c_str());
    }
    const fs::AllocationMap a = fs::buildAllocationMap(*before);
    const fs::AllocationMap b = fs::buildAllocationMap(*after);
    for (const fs::OwnerRun& r : b.runs) {
        if (!fs::isEntryOwner(r.owner))
            continue;
        for (uint64_t au : {r.firstAu, r.firstAu + r.auCount - 1}) {
            const auto owner = a.ownerAt(au);
            if (owner && fs::isEntryOwner(*owner) &&
                before->entries[*owner].path() == after->entries[r.owner].path())
                continue;
            // Free before: only an entry famfs skipped as bad (a wrong seqnum under an intact
            // CRC), recovered, may own it now, and it is the entry that logged the unit.
            const auto from = plan.entries[r.owner].fromSlot;
            if (owner == fs::kOwnerFree && from && before->entries[*from].seqnum != *from)
                continue;
            for (const repair::RepairAction& x : plan.actions)
                qWarning("%s %s %s", repair::actionName(x.kind), x.code.c_str(), x.text.c_str());
            qFatal("unit %llu changed owner: %s before, %s (from %s) after",
                   static_cast<unsigned long long>(au),
                   owner && fs::isEntryOwner(*owner)
                       ? before->entries[*owner].path().c_str()
                       : (owner == fs::kOwnerFree ? "free" : "metadata"),
                   after->entries[r.owner].path().c_str(),
                   from ? std::to_string(*from).c_str() : "created");
        }
    }
    return true;
}

// Every damage of the generator: repaired (both without and with recover) or refused, never a
// guess; after the repair fsck finds only what the plan says stays.
void TestFsckCorruptions::repairEveryDamage() {
    QFETCH(int, index);
    const Damage d = damages()[static_cast<size_t>(index)];
    Meta m{QLatin1String(d.image)};
    d.apply(m);
    for (bool recover : {false, true}) {
        std::string refusal;
        std::set<std::string> left;
        const bool repaired = repairAndCheck(m, recover, &refusal, &left);
        if (kRepairedCodes.count(d.code))
            QVERIFY2(!left.count(d.code), d.code);
        QVERIFY2(repaired == (kRefusedDamages.count(d.code) == 0),
                 (std::string(d.code) + (repaired ? " repaired" : " refused: " + refusal)).c_str());
    }
}

void TestFsckCorruptions::repairRandomDamage() {
    std::mt19937_64 rng(20261204);
    const Meta base{QStringLiteral("a04-striped")};
    int repaired = 0;
    for (int round = 0; round < 60; ++round) {
        Meta m = randomlyDamaged(base, rng);
        repaired += repairAndCheck(m, rng() % 2 == 0) ? 1 : 0;
    }
    qInfo("random damage: %d of 60 repaired, the others refused", repaired);
    QVERIFY(repaired > 0);
}

QTEST_GUILESS_MAIN(TestFsckCorruptions)
#include "tst_fsck_corruptions.moc"
