// Editing sessions end to end on image files: mkdir (-p), creat (seeded data verifies through
// the resolver, interleaved too), cp of files and trees (mode inheritance as famfs cp -r, empty
// files skipped, bytes equal), and every refusal: size 0, existing name, missing parent, path
// over 79 bytes, bad interleave, out of space, log full (nothing written, no backup made),
// another writer holding the lock, another host's file system, a mounted device, a bad log
// entry. Backups are taken before the first write and restore puts the region back.
#include "core/edit/Backup.h"
#include "core/edit/Cp.h"
#include "core/edit/Creat.h"
#include "core/edit/EditSession.h"
#include "core/edit/Mkdir.h"
#include "core/edit/Mkfs.h"
#include "core/edit/PatternIo.h"
#include "core/edit/Restore.h"
#include "core/format/ByteOrder.h"
#include "core/format/Crc.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/Media.h"
#include "core/media/MemoryMedia.h"

#include "TempDir.h"
#include "TempImage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>
#include <mutex>

using namespace famscope;
using namespace famscope::edit;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;
constexpr uint64_t kMetadata = 10 * kMiB; // superblock region + 8 MiB log

struct Fixture : TempImage {
    using TempImage::TempImage;
    std::unique_ptr<EditSession> session(bool backup = false) const {
        auto s = EditSession::open(img, options(backup));
        if (!s)
            qFatal("session: %s", s.error().c_str());
        return std::move(s.value());
    }
    QByteArray metadataHash() const {
        QFile f(QString::fromStdString(img));
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.read(kMetadata), QCryptographicHash::Sha256);
    }
    fs::Namespace replayed() const {
        auto m = media::openMedia(img, media::Access::ReadOnly);
        auto fs = fs::loadFileSystem(**m);
        return fs::replay(*fs, fs::ReplayMode::Mount);
    }
};

QString err(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

class TestEdit : public QObject {
    Q_OBJECT

private slots:
    void mkdirAndParents() {
        Fixture f;
        auto s = f.session();
        QVERIFY(makeDirectory(*s, "a", {}));
        auto deep = makeDirectory(*s, "/a/b/c/", {true, 0700, 1000, 1001});
        QVERIFY2(deep, deep.error().c_str());
        QCOMPARE(deep->created, (std::vector<std::string>{"a/b", "a/b/c"}));
        QVERIFY(!makeDirectory(*s, "a", {}));                // exists
        QVERIFY(makeDirectory(*s, "a", {true, 0755, 0, 0})); // -p: fine
        QVERIFY(!makeDirectory(*s, "x/y", {}));              // missing parent without -p
        s.reset();
        const fs::Namespace ns = f.replayed();
        QCOMPARE(ns.dirs.size(), size_t{3});
        const fs::FsDir* c = ns.findDir("a/b/c");
        QVERIFY(c);
        QCOMPARE(c->mode, 0700u);
        QCOMPARE(c->uid, 1000u);
        QCOMPARE(c->gid, 1001u);
        QCOMPARE(c->entryIndex, 2u);
    }

    void creatWritesAVerifiablePattern() {
        Fixture f(8ULL << 30); // sparse; 1 GiB buckets for interleave
        auto s = f.session();
        CreatOptions o;
        o.size = 1234567;
        o.dataSeed = 103;
        o.mode = 0600;
        auto r = createFile(*s, "odd", o);
        QVERIFY2(r, r.error().c_str());
        QVERIFY(r->dataWritten);
        QCOMPARE(r->placement.extents[0].offset, 0xa00000u);
        o.size = 20 * kMiB + 5;
        o.dataSeed = 7;
        o.interleave = {8, 4, 2 * kMiB};
        auto st = createFile(*s, "striped", o);
        QVERIFY2(st, st.error().c_str());
        QVERIFY(st->placement.interleaved);
        s.reset();
        const fs::Namespace ns = f.replayed();
        auto m = media::openMedia(f.img, media::Access::ReadOnly);
        for (const auto& [path, seed] : {std::pair{"odd", 103}, std::pair{"striped", 7}}) {
            const fs::FsFile* file = ns.findFile(path);
            QVERIFY(file);
            auto v = verifyPattern(**m, file->map, file->size, uint64_t(seed));
            QVERIFY(v && v->ok());
            QCOMPARE(v->bytesVerified, file->size);
            auto wrong = verifyPattern(**m, file->map, file->size, uint64_t(seed) + 1);
            QVERIFY(wrong && !wrong->ok());
            QCOMPARE(*wrong->mismatchOffset, 0u);
            // The same pieces said to lie on device 1: their bytes are not on this media, so
            // verify is an error, not a comparison with device 0's bytes.
            fs::FileMap elsewhere = file->map;
            for (auto& piece : elsewhere.interleaved ? elsewhere.strips : elsewhere.extents)
                piece.devindex = 1;
            auto other = verifyPattern(**m, elsewhere, file->size, uint64_t(seed));
            QVERIFY(!other);
            QVERIFY2(other.error().find("device 1") != std::string::npos, other.error().c_str());
        }
        QCOMPARE(ns.findFile("odd")->mode, 0600u);
        QVERIFY(ns.findFile("striped")->map.interleaved);
    }

    void creatRefusalsWriteNothing() {
        Fixture f(64 * kMiB);
        auto s = f.session(true);
        QVERIFY(makeDirectory(*s, "d", {}));
        const QByteArray before = f.metadataHash();
        const QString backup = f.dir.filePath(QStringLiteral("backup"));
        QFile::remove(backup); // the mkdir made it; refusals must not make another
        CreatOptions o;
        o.size = 0;
        QVERIFY(err(createFile(*s, "zero", o).error()).contains(QLatin1String("size 0")));
        o.size = 4096;
        QVERIFY(err(createFile(*s, "d", o).error()).contains(QLatin1String("exists")));
        QVERIFY(err(createFile(*s, "nodir/f", o).error()).contains(QLatin1String("parent")));
        const std::string p80(80, 'x');
        QVERIFY(err(createFile(*s, p80, o).error()).contains(QLatin1String("79")));
        QVERIFY(createFile(*s, std::string(79, 'y'), o)); // 79 bytes fit (and this one writes)
        const QByteArray after79 = f.metadataHash();
        QVERIFY(after79 != before);
        o.interleave = {2, 2, 2 * kMiB};
        QVERIFY(err(createFile(*s, "s", o).error()).contains(QLatin1String("1 GiB")));
        o.interleave = {};
        o.size = 60 * kMiB;
        QVERIFY(err(createFile(*s, "big", o).error()).contains(QLatin1String("out of space")));
        o.size = 4096;
        o.dataSeed = uint64_t{1} << 32; // truncates to 0
        QVERIFY(!createFile(*s, "seed0", o));
        QCOMPARE(f.metadataHash(), after79);
        QVERIFY(!createFile(*s, "../up", {}));
    }

    void logFullIsRefused() {
        Fixture f(64 * kMiB);
        // Fill every slot with valid MKDIR entries straight through the media (fast), then
        // set the counters as famfs would have.
        {
            auto m = media::openMedia(f.img, media::Access::ReadWrite);
            const uint64_t nslots = famfs::logSlots(8 * kMiB);
            auto log = (*m)->map(2 * kMiB, 8 * kMiB, media::Access::ReadWrite);
            for (uint64_t i = 0; i < nslots; ++i) {
                famfs::MkdirMeta d;
                d.mode = 0755;
                famfs::setPathText(d.relpath, "d" + std::to_string(i));
                famfs::LogEntry e = famfs::LogEntry::makeMkdir(d);
                e.seqnum = i;
                e.seal();
                const auto bytes = e.encode();
                std::memcpy(log->writableData() + 48 + i * 544, bytes.data(), bytes.size());
            }
            famfs::store64(log->writableData() + 32, nslots);
            famfs::store64(log->writableData() + 40, nslots);
        }
        auto s = f.session(true);
        const QByteArray before = f.metadataHash();
        QVERIFY(err(makeDirectory(*s, "more", {}).error()).contains(QLatin1String("log full")));
        CreatOptions o;
        o.size = 4096;
        QVERIFY(err(createFile(*s, "f", o).error()).contains(QLatin1String("log full")));
        QCOMPARE(f.metadataHash(), before);
        QVERIFY(!QFile::exists(f.dir.filePath(QStringLiteral("backup"))));
    }

    void copyFilesAndTrees() {
        Fixture f;
        QTemporaryDir src;
        QVERIFY(QDir(src.path()).mkpath(QStringLiteral("tree/sub/deeper")));
        QVERIFY(QDir(src.path()).mkpath(QStringLiteral("tree/empty_dir")));
        auto write = [&](const QString& rel, const QByteArray& data, int mode) {
            QFile file(src.filePath(rel));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
            file.close();
            ::chmod(QFile::encodeName(src.filePath(rel)).constData(), mode_t(mode));
        };
        QByteArray big(3000000, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * 7 + i / 4096);
        write(QStringLiteral("tree/top.txt"), "top\n", 0600);
        write(QStringLiteral("tree/sub/one.txt"), "one file\n", 0600);
        write(QStringLiteral("tree/sub/deeper/big.bin"), big, 0644);
        write(QStringLiteral("tree/empty.txt"), QByteArray(), 0644);
        write(QStringLiteral("hello.txt"), "hello, world\n", 0640);
        ::chmod(QFile::encodeName(src.filePath(QStringLiteral("tree/sub"))).constData(), 0750);
        ::chmod(QFile::encodeName(src.filePath(QStringLiteral("tree"))).constData(), 0755);

        auto s = f.session();
        CopyOptions o;
        auto single =
            copyIn(*s, {src.filePath(QStringLiteral("hello.txt")).toStdString()}, "hello.txt", o);
        QVERIFY2(single, single.error().c_str());
        QVERIFY(!copyIn(*s, {src.filePath(QStringLiteral("tree")).toStdString()}, "copy", o));
        o.recursive = true;
        auto tree = copyIn(*s, {src.filePath(QStringLiteral("tree")).toStdString()}, "copy", o);
        QVERIFY2(tree, tree.error().c_str());
        s.reset();

        const fs::Namespace ns = f.replayed();
        QCOMPARE(ns.findFile("hello.txt")->mode, 0640u); // a single file keeps its own mode
        QVERIFY(ns.findDir("copy"));
        QVERIFY(ns.findDir("copy/empty_dir"));
        QCOMPARE(ns.findDir("copy/sub")->mode, 0750u);
        QVERIFY(!ns.findFile("copy/empty.txt")); // empty files are skipped
        // -r: files take their source directory's mode
        QCOMPARE(ns.findFile("copy/top.txt")->mode, 0755u);
        QCOMPARE(ns.findFile("copy/sub/one.txt")->mode, 0750u);
        const fs::FsFile* bigFile = ns.findFile("copy/sub/deeper/big.bin");
        QVERIFY(bigFile);
        QCOMPARE(bigFile->size, uint64_t(big.size()));
        auto m = media::openMedia(f.img, media::Access::ReadOnly);
        QByteArray back;
        auto runs = fs::resolveRange(bigFile->map, bigFile->size, 0, bigFile->size);
        QVERIFY(runs);
        for (const auto& r : *runs) {
            auto bytes = (*m)->read(r.deviceOffset, r.length);
            back.append(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size()));
        }
        QCOMPARE(back, big);
    }

    void backupAndRestore() {
        Fixture f;
        const QByteArray pristine = f.metadataHash();
        {
            auto s = f.session(true);
            QVERIFY(makeDirectory(*s, "a", {}));
            QVERIFY(makeDirectory(*s, "b", {}));
            QCOMPARE(s->backupFile(), f.dir.filePath(QStringLiteral("backup")).toStdString());
        }
        QVERIFY(f.metadataHash() != pristine);
        auto r = restoreMetadata(f.dir.filePath(QStringLiteral("backup")).toStdString(), f.img,
                                 false, f.mountinfo);
        QVERIFY2(r, r.error().c_str());
        QCOMPARE(r->regionLength, kMetadata);
        QCOMPARE(f.metadataHash(), pristine);
        QVERIFY(f.replayed().dirs.empty());
        // A damaged backup is refused.
        QFile b(f.dir.filePath(QStringLiteral("backup")));
        QVERIFY(b.open(QIODevice::ReadWrite));
        b.seek(4096 + 100);
        b.write("x");
        b.close();
        QVERIFY(err(restoreMetadata(b.fileName().toStdString(), f.img, false, f.mountinfo).error())
                    .contains(QLatin1String("CRC")));
    }

    // A crafted backup header cannot make restore allocate what it claims: the region must be
    // in the file (its real size) and fit the media the header names.
    void craftedBackupRegionIsBounded() {
        QTemporaryDir dir;
        const auto craft = [&](const char* name, uint64_t regionLength, uint64_t mediaSize,
                               const QByteArray& data) {
            QByteArray header(4096, '\0');
            auto* h = reinterpret_cast<uint8_t*>(header.data());
            std::memcpy(h, "FSCPBAK1", 8);
            famfs::store64(h + 16, regionLength);
            famfs::store64(h + 24, mediaSize);
            famfs::store32(h + 32, famfs::crc32Of(reinterpret_cast<const uint8_t*>(data.data()),
                                                  size_t(data.size())));
            const QString path = tempPath(dir, QString::fromLatin1(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(header + data) != 4096 + data.size())
                qFatal("cannot write %s", name);
            return path.toStdString();
        };
        std::vector<uint8_t> data;
        // 1 TiB claimed, 4 KiB there.
        auto r = readBackup(
            craft("huge", uint64_t{1} << 40, uint64_t{1} << 41, QByteArray(4096, 'a')), data);
        QVERIFY(!r);
        QVERIFY2(err(r.error()).contains(QLatin1String("truncated")), r.error().c_str());
        QVERIFY(data.empty());
        // The bytes are all there with a good CRC, but more than the media it names.
        r = readBackup(craft("bigger-than-media", 8192, 4096, QByteArray(8192, 'b')), data);
        QVERIFY(!r);
        QVERIFY2(err(r.error()).contains(QLatin1String("implausible")), r.error().c_str());
        QVERIFY(data.empty());
        // The same region with a media size that holds it is read.
        r = readBackup(craft("good", 8192, 8192, QByteArray(8192, 'b')), data);
        QVERIFY2(r, r.error().c_str());
        QCOMPARE(data.size(), size_t(8192));
    }

    // Each session of a window numbers its backup past the names already taken, dangling links
    // included (two sessions in one second share the default name).
    void numberedBackupPathsSkipTakenNames() {
        QTemporaryDir dir;
        const std::string base = dir.filePath(QStringLiteral("img.backup")).toStdString();
        uint64_t sessions = 0;
        QCOMPARE(numberedBackupPath(base, sessions), base + "-1");
        QCOMPARE(sessions, uint64_t(1));
        QVERIFY(QFile(QString::fromStdString(base + "-2")).open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(QStringLiteral("nowhere"), QString::fromStdString(base + "-3")));
        QCOMPARE(numberedBackupPath(base, sessions), base + "-4");
        QCOMPARE(sessions, uint64_t(4));
    }

    void secondWriterIsRefused() {
        Fixture f;
        auto first = f.session();
        auto second = EditSession::open(f.img, f.options());
        QVERIFY(!second);
        QVERIFY(err(second.error()).contains(QLatin1String("another famscope")));
        first.reset();
        QVERIFY(EditSession::open(f.img, f.options()));
    }

    void anotherHostsFileSystemIsRefused() {
        Fixture f;
        QFile u(QString::fromStdString(f.suuid));
        QVERIFY(u.open(QIODevice::WriteOnly | QIODevice::Truncate));
        u.write("11111111-2222-4333-8444-555555555555\n");
        u.close();
        auto s = EditSession::open(f.img, f.options());
        QVERIFY(!s);
        QVERIFY(err(s.error()).contains(QLatin1String("client")));
        SessionOptions forced = f.options();
        forced.force = true;
        QVERIFY(EditSession::open(f.img, forced));
    }

    void mountedTargetIsRefused() {
        Fixture f;
        QFile mi(QString::fromStdString(f.mountinfo));
        QVERIFY(mi.open(QIODevice::WriteOnly));
        mi.write("36 35 98:0 / /mnt/famfs rw,noatime master:1 - famfs " +
                 QByteArray::fromStdString(f.img) + " rw\n");
        mi.close();
        auto s = EditSession::open(f.img, f.options());
        QVERIFY(!s);
        QVERIFY(err(s.error()).contains(QLatin1String("/mnt/famfs")));
        MkfsOptions o;
        o.force = true;
        o.mountInfoPath = f.mountinfo;
        o.systemUuidPath = f.suuid;
        QVERIFY(!makeFileSystem(f.img, o));
    }

    void badLogEntryBlocksAppendsUnlessForced() {
        Fixture f;
        {
            auto s = f.session();
            QVERIFY(makeDirectory(*s, "a", {}));
            QVERIFY(makeDirectory(*s, "b", {}));
        }
        {
            auto m = media::openMedia(f.img, media::Access::ReadWrite);
            const uint8_t junk = 0x5a;
            QVERIFY((*m)->write(2 * kMiB + 48 + 30, std::span<const uint8_t>(&junk, 1)));
        }
        auto s = EditSession::open(f.img, f.options());
        QVERIFY(!s);
        QVERIFY(err(s.error()).contains(QLatin1String("entry 0")));
        SessionOptions forced = f.options();
        forced.force = true;
        QVERIFY(EditSession::open(f.img, forced));
    }

    void mkfsRefusesAValidSuperblockUnlessForced() {
        Fixture f;
        MkfsOptions o;
        o.systemUuidPath = f.suuid;
        o.mountInfoPath = f.mountinfo;
        auto again = makeFileSystem(f.img, o);
        QVERIFY(!again);
        QVERIFY(err(again.error()).contains(QLatin1String("already has")));
        QVERIFY(again.errorKind() == ErrorKind::Refused);
        o.force = true;
        // A backup that cannot be made is a failure, not a refusal (8, not 7, on the CLI).
        o.backupPath = f.dir.filePath(QStringLiteral("missing/mkfs-backup")).toStdString();
        auto noBackup = makeFileSystem(f.img, o);
        QVERIFY(!noBackup);
        QVERIFY2(noBackup.errorKind() == ErrorKind::Failed, noBackup.error().c_str());
        o.backupPath = f.dir.filePath(QStringLiteral("mkfs-backup")).toStdString();
        auto forced = makeFileSystem(f.img, o);
        QVERIFY2(forced, forced.error().c_str());
        QVERIFY(QFile::exists(f.dir.filePath(QStringLiteral("mkfs-backup"))));
        o.logLen = 12 * kMiB;
        QVERIFY(!makeFileSystem(f.img, o)); // not a power of two
    }

    // Mapped file pages count in the resident set, so the default windows of all threads
    // together stay within kPatternMappedBytes whatever the thread count (famscope verify's
    // peak memory must not grow with --threads or the file size).
    void patternWindowsShareOneBudget() {
        const uint64_t size = 64 * kMiB;
        media::MemoryMedia dev("pattern", size);
        QCOMPARE(dev.size(), size);
        fs::FileMap map;
        map.extents.push_back({0, 0, size});
        QVERIFY(writePattern(dev, map, size, 5));
        for (unsigned threads : {1U, 2U, 4U, 8U}) {
            std::mutex m;
            uint64_t largest = 0, total = 0;
            PatternOptions po;
            po.threads = threads;
            po.progress = [&](uint64_t bytes) {
                std::lock_guard lock(m);
                largest = std::max(largest, bytes);
                total += bytes;
                return true;
            };
            auto v = verifyPattern(dev, map, size, 5, po);
            QVERIFY(v && v->ok());
            QCOMPARE(total, size);
            QVERIFY2(largest * threads <=
                         std::max(kPatternMappedBytes, threads * kPatternMinWindow),
                     qPrintable(QStringLiteral("%1 threads mapped windows of %2 bytes")
                                    .arg(threads)
                                    .arg(largest)));
        }
    }
};

QTEST_GUILESS_MAIN(TestEdit)
#include "tst_edit.moc"
