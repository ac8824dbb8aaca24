// famscope's writer against what the real famfs tools wrote.
// * mkfs: for a01-empty the whole metadata region [0, 2 MiB + log) is byte-identical to
//   mkfs.famfs's with the same UUIDs, device path and log length; for every other image the
//   tools made with a valid version-48 superblock, the superblock and the log header's
//   protected fields are.
// * Replaying an image's creation commands (MANIFEST.json how_made: mkdir, creat, creat
//   --multi, cp, cp -r) on a fresh image gives the same log: same paths, sizes, modes, owners
//   and, for contiguous allocation, the same extents; refused commands are refused. Strided
//   placement is random in famfs, so for a04 the strip geometry is compared instead.
#include "GoldenImages.h"

#include "core/edit/Cp.h"
#include "core/edit/Creat.h"
#include "core/edit/EditSession.h"
#include "core/edit/Mkdir.h"
#include "core/edit/Mkfs.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/media/Media.h"

#include "TempDir.h"
#include "TempSpace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <map>

using namespace famscope;
using namespace famscope::edit;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

QLatin1String k(const char* s) {
    return QLatin1String(s);
}

QByteArray readRange(const QString& path, uint64_t offset, uint64_t len) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    f.seek(qint64(offset));
    return f.read(qint64(len));
}

MkfsOptions optionsLike(const QJsonObject& image, const std::string& suuid,
                        const std::string& mountinfo) {
    const QJsonObject sb = image.value(k("superblock")).toObject();
    MkfsOptions o;
    o.createSize = golden::number(sb.value(k("dd_size")));
    o.logLen = golden::number(sb.value(k("log_len")));
    o.uuid = famfs::Uuid::parse(sb.value(k("uuid")).toString().toStdString());
    o.devUuid = famfs::Uuid::parse(sb.value(k("dev_uuid")).toString().toStdString());
    o.systemUuid = famfs::Uuid::parse(sb.value(k("system_uuid")).toString().toStdString());
    o.recordedDevicePath = sb.value(k("dd_daxdev")).toString().toStdString();
    o.systemUuidPath = suuid;
    o.mountInfoPath = mountinfo;
    return o;
}

// Runs the famfs commands of an image's how_made against a fresh image.
class Replayer {
public:
    Replayer(const QJsonObject& image, QTemporaryDir& dir) : image_(image), dir_(dir) {
        img_ = tempPath(dir, QStringLiteral("replay.img")).toStdString();
        suuid_ = tempPath(dir, QStringLiteral("system_uuid")).toStdString();
        mountinfo_ = tempPath(dir, QStringLiteral("mountinfo")).toStdString();
        QFile(QString::fromStdString(mountinfo_)).open(QIODevice::WriteOnly);
        QFile u(QString::fromStdString(suuid_));
        u.open(QIODevice::WriteOnly);
        u.write(
            image.value(k("superblock")).toObject().value(k("system_uuid")).toString().toLatin1());
    }

    const std::string& img() const { return img_; }
    std::vector<std::string> cpTrees; // destinations of cp -r (readdir order differs)
    std::set<std::string> refusedPaths;

    // Returns false (with a message) when a command's outcome differs from famfs's.
    bool run(QString& why) {
        for (const auto& v :
             image_.value(k("how_made")).toObject().value(k("commands")).toArray()) {
            const QJsonObject c = v.toObject();
            const QString cmd = c.value(k("cmd")).toString();
            if (cmd.isEmpty())
                continue;
            const bool famfsOk = c.value(k("exit")).toInt() == 0;
            QStringList a = cmd.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            std::string error;
            bool handled = true;
            if (a.value(0) == QLatin1String("mkfs.famfs") ||
                a.value(0) == QLatin1String("famfs_img_harness")) {
                if (!famfsOk)
                    continue;
                auto r = makeFileSystem(img_, optionsLike(image_, suuid_, mountinfo_));
                if (!r)
                    error = r.error();
            } else if (a.value(0) == QLatin1String("famfs") && a.size() > 1) {
                error = famfsCommand(a.mid(1), handled);
            } else {
                handled = false;
            }
            if (!handled)
                continue;
            const bool ours = error.empty();
            if (ours != famfsOk) {
                // famfs truncates an 80-byte path silently; famscope refuses it.
                if (famfsOk && QString::fromStdString(error).contains(QLatin1String("79")))
                    continue;
                why = cmd + QStringLiteral(": famfs ") + (famfsOk ? "succeeded" : "failed") +
                      QStringLiteral(", famscope: ") + QString::fromStdString(error);
                return false;
            }
        }
        return true;
    }

private:
    // famfs size arguments: a number with an optional k or M suffix.
    static uint64_t sizeArg(QString t) {
        uint64_t mul = 1;
        if (t.endsWith(QLatin1Char('k'))) {
            mul = 1024;
            t.chop(1);
        } else if (t.endsWith(QLatin1Char('M'))) {
            mul = kMiB;
            t.chop(1);
        }
        return uint64_t(t.toULongLong()) * mul;
    }

    static std::string fsPath(const QString& arg) {
        return arg.startsWith(QLatin1String("MNT/")) ? arg.mid(4).toStdString() : arg.toStdString();
    }

    std::string famfsCommand(const QStringList& a, bool& handled) {
        const QString verb = a.value(0);
        if (verb != QLatin1String("mkdir") && verb != QLatin1String("creat") &&
            verb != QLatin1String("cp")) {
            handled = false;
            return {};
        }
        std::map<QString, QString> opt;
        std::vector<QString> multi, args;
        std::set<QString> flags;
        for (qsizetype i = 1; i < a.size(); ++i) {
            const QString& w = a[i];
            if (w == QLatin1String("-p") || w == QLatin1String("-r")) {
                flags.insert(w);
            } else if (w == QLatin1String("-M")) {
                multi.push_back(a.value(++i));
            } else if (w.startsWith(QLatin1Char('-')) && w.size() == 2) {
                opt[w] = a.value(++i);
            } else {
                args.push_back(w);
            }
        }
        auto num = [&](const char* o, uint64_t def) -> uint64_t {
            const QString key = QLatin1String(o);
            return opt.count(key) ? sizeArg(opt[key]) : def;
        };
        const uint32_t uid = uint32_t(num("-u", 0)), gid = uint32_t(num("-g", 0));
        const InterleaveParams il{num("-B", 0), num("-N", 0),
                                  opt.count(QStringLiteral("-C")) ? num("-C", 0) : 0};
        SessionOptions so;
        so.systemUuidPath = suuid_;
        so.mountInfoPath = mountinfo_;
        so.backup = false;
        so.placementSeed = 1;
        auto s = EditSession::open(img_, so);
        if (!s)
            return s.error();
        if (verb == QLatin1String("mkdir")) {
            const uint32_t mode = opt.count(QStringLiteral("-m"))
                                      ? opt[QStringLiteral("-m")].toUInt(nullptr, 8)
                                      : 0755;
            auto r = makeDirectory(**s, fsPath(args.back()),
                                   {flags.count(QStringLiteral("-p")) != 0, mode, uid, gid});
            return r ? std::string() : r.error();
        }
        if (verb == QLatin1String("creat")) {
            const uint32_t mode = opt.count(QStringLiteral("-m"))
                                      ? opt[QStringLiteral("-m")].toUInt(nullptr, 8)
                                      : 0644;
            std::vector<std::tuple<std::string, uint64_t, std::optional<uint64_t>>> todo;
            if (!multi.empty()) {
                for (const QString& m : multi) {
                    const QStringList p = m.split(QLatin1Char(','));
                    std::optional<uint64_t> seed;
                    if (p.size() > 2)
                        seed = p[2].toULongLong();
                    todo.emplace_back(fsPath(p[0]), sizeArg(p[1]), seed);
                }
            } else {
                std::optional<uint64_t> seed;
                if (opt.count(QStringLiteral("-S")))
                    seed = num("-S", 0);
                todo.emplace_back(fsPath(args.back()), num("-s", 0), seed);
            }
            for (const auto& [path, size, seed] : todo) {
                CreatOptions co{size, mode, uid, gid, seed, il, false};
                auto r = createFile(**s, path, co);
                if (!r)
                    return r.error();
            }
            return {};
        }
        // cp: sources SRC/..., destination MNT/...
        CopyOptions co;
        co.recursive = flags.count(QStringLiteral("-r")) != 0;
        co.mode =
            opt.count(QStringLiteral("-m")) ? opt[QStringLiteral("-m")].toUInt(nullptr, 8) : 0;
        co.uid = uid;
        co.gid = gid;
        co.interleave = il;
        std::vector<std::string> sources;
        for (size_t i = 0; i + 1 < args.size(); ++i)
            sources.push_back(hostSource(args[i], fsPath(args.back())));
        if (co.recursive)
            cpTrees.push_back(fsPath(args.back()));
        auto r = copyIn(**s, sources, fsPath(args.back()), co);
        return r ? std::string() : r.error();
    }

    // Recreates SRC/<rel> (file or tree) from the manifest's source_files; content where the
    // manifest has it, zeros of the right size otherwise (only sizes matter for placement).
    std::string hostSource(const QString& src, const std::string& dest) {
        const QString root = dir_.filePath(QStringLiteral("src"));
        const QJsonObject files = golden::manifest().value(k("source_files")).toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (it.key() != src && !it.key().startsWith(src + QLatin1Char('/')))
                continue;
            const QString host = root + QLatin1Char('/') + it.key();
            QDir().mkpath(QFileInfo(host).path());
            if (QFile::exists(host))
                continue;
            QFile f(host);
            f.open(QIODevice::WriteOnly);
            const QJsonObject o = it.value().toObject();
            if (o.contains(k("content")))
                f.write(o.value(k("content")).toString().toUtf8());
            else
                f.resize(qint64(golden::number(o.value(k("size")))));
        }
        // Empty directories are not in source_files; the log shows them as MKDIRs.
        for (const auto& v : image_.value(k("log_entries")).toArray()) {
            const QString p = v.toObject().value(k("path")).toString();
            const QString prefix = QString::fromStdString(dest) + QLatin1Char('/');
            if (v.toObject().value(k("type")).toString() == QLatin1String("MKDIR") &&
                p.startsWith(prefix))
                QDir().mkpath(root + QLatin1Char('/') + src + QLatin1Char('/') +
                              p.mid(prefix.size()));
        }
        // famfs's sources were 0644 files in 0755 directories (cp inherits them); do not
        // depend on this process's umask.
        using P = QFileDevice;
        const P::Permissions file =
            P::ReadOwner | P::WriteOwner | P::ReadUser | P::WriteUser | P::ReadGroup | P::ReadOther;
        const P::Permissions dir = file | P::ExeOwner | P::ExeUser | P::ExeGroup | P::ExeOther;
        QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            QFile::setPermissions(entry, QFileInfo(entry).isDir() ? dir : file);
        }
        return (root + QLatin1Char('/') + src).toStdString();
    }

    QJsonObject image_;
    QTemporaryDir& dir_;
    std::string img_, suuid_, mountinfo_;
};

struct OurEntry {
    famfs::LogEntry entry;
    uint64_t index;
};

} // namespace

// The most that replaying an image's commands writes: its superblock region and log, and the
// data of every extent and strip its log records (a file's data fills at most its extents).
static uint64_t bytesReplayWrites(const QJsonObject& image) {
    uint64_t bytes =
        2 * kMiB + golden::number(image.value(k("superblock")).toObject().value(k("log_len")));
    for (const auto& v : image.value(k("log_entries")).toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonArray runs =
            e.contains(k("interleave"))
                ? e.value(k("interleave")).toObject().value(k("strips")).toArray()
                : e.value(k("extents")).toArray();
        for (const auto& r : runs)
            bytes += golden::number(r.toArray().at(1));
    }
    return bytes;
}

class TestMkfsGolden : public QObject {
    Q_OBJECT

private slots:
    void emptyImageIsByteIdentical() {
        QTemporaryDir dir;
        const QJsonObject image = golden::manifestImage(QStringLiteral("a01-empty"));
        const std::string img = tempPath(dir, QStringLiteral("a01.img")).toStdString();
        const QString mi = tempPath(dir, QStringLiteral("mountinfo"));
        QFile(mi).open(QIODevice::WriteOnly);
        auto r =
            makeFileSystem(img, optionsLike(image, tempPath(dir, QStringLiteral("u")).toStdString(),
                                            mi.toStdString()));
        QVERIFY2(r, r.error().c_str());
        const uint64_t region = 2 * kMiB + 8 * kMiB;
        const QByteArray ours = readRange(QString::fromStdString(img), 0, region);
        const QByteArray theirs =
            readRange(golden::imagePath(QStringLiteral("a01-empty")), 0, region);
        QCOMPARE(ours.size(), qsizetype(region));
        QVERIFY(ours == theirs);
        QCOMPARE(QFileInfo(QString::fromStdString(img)).size(),
                 QFileInfo(golden::imagePath(QStringLiteral("a01-empty"))).size());
    }

    void superblocksMatchEveryImage_data() {
        QTest::addColumn<QString>("name");
        for (const QString& name : golden::imageNames()) {
            const QJsonObject sb = golden::manifestImage(name).value(k("superblock")).toObject();
            if (sb.value(k("crc_valid")).toBool() && sb.value(k("version")).toInt() == 48)
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void superblocksMatchEveryImage() {
        QFETCH(QString, name);
        const QJsonObject image = golden::manifestImage(name);
        QTemporaryDir dir;
        const std::string img = tempPath(dir, QStringLiteral("x.img")).toStdString();
        const QString mi = tempPath(dir, QStringLiteral("mountinfo"));
        QFile(mi).open(QIODevice::WriteOnly);
        QVERIFY(
            makeFileSystem(img, optionsLike(image, tempPath(dir, QStringLiteral("u")).toStdString(),
                                            mi.toStdString())));
        QCOMPARE(readRange(QString::fromStdString(img), 0, 200),
                 readRange(golden::imagePath(name), 0, 200));
        if (image.value(k("log_header")).toObject().value(k("crc_valid")).toBool())
            QCOMPARE(readRange(QString::fromStdString(img), 2 * kMiB, 32),
                     readRange(golden::imagePath(name), 2 * kMiB, 32));
    }

    void creationSequencesReplay_data() {
        QTest::addColumn<QString>("name");
        for (const char* n : {"a02-files", "a03-dirs", "a04-striped", "a15-small-512m"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void creationSequencesReplay() {
        QFETCH(QString, name);
        const QJsonObject image = golden::manifestImage(name);
        SKIP_UNLESS_TEMP_SPACE(bytesReplayWrites(image),
                               QStringLiteral("replaying how %1 was made").arg(name));
        QTemporaryDir dir;
        Replayer rp(image, dir);
        QString why;
        const bool replayed = rp.run(why);
        SKIP_IF_TEMP_RAN_OUT(why.toUtf8(), kMiB);
        QVERIFY2(replayed, qPrintable(why));

        auto m = media::openMedia(rp.img(), media::Access::ReadOnly);
        QVERIFY(m);
        auto fs = fs::loadFileSystem(**m);
        QVERIFY(fs);
        std::map<std::string, const famfs::LogEntry*> ours;
        for (const auto& e : fs->entries)
            ours[e.path()] = &e;
        const bool strided = name == QLatin1String("a04-striped");
        size_t compared = 0;
        for (const auto& v : image.value(k("log_entries")).toArray()) {
            const QJsonObject t = v.toObject();
            const std::string path = t.value(k("path")).toString().toStdString();
            if (path.size() == 79 && !ours.count(path) && path.back() == '0')
                continue; // famfs's silent truncation of an 80-byte name: refused here
            QVERIFY2(ours.count(path), path.c_str());
            const famfs::LogEntry& e = *ours[path];
            const bool isFile = t.value(k("type")).toString() == QLatin1String("FILE");
            QCOMPARE(e.type, isFile ? 0u : 1u);
            if (!isFile) {
                QCOMPARE(e.mkdir()->mode, golden::octal(t.value(k("mode"))));
                QCOMPARE(e.mkdir()->uid, uint32_t(t.value(k("uid")).toInt()));
                QCOMPARE(e.mkdir()->gid, uint32_t(t.value(k("gid")).toInt()));
                ++compared;
                continue;
            }
            const famfs::FileMeta& f = *e.file();
            QCOMPARE(f.size, golden::number(t.value(k("size"))));
            QCOMPARE(f.mode, golden::octal(t.value(k("mode"))));
            QCOMPARE(f.uid, uint32_t(t.value(k("uid")).toInt()));
            QCOMPARE(f.gid, uint32_t(t.value(k("gid")).toInt()));
            QCOMPARE(f.flags, 2u);
            bool inCpTree = false;
            for (const auto& tree : rp.cpTrees)
                inCpTree |= path.rfind(tree + "/", 0) == 0;
            if (t.contains(k("interleave"))) {
                const QJsonObject il = t.value(k("interleave")).toObject();
                QVERIFY(f.interleaved());
                QCOMPARE(f.nstrips(), golden::number(il.value(k("nstrips"))));
                QCOMPARE(f.chunkSize(), golden::number(il.value(k("chunk_size"))));
                const QJsonArray strips = il.value(k("strips")).toArray();
                for (qsizetype j = 0; j < strips.size(); ++j)
                    QCOMPARE(f.strip(size_t(j)).len, golden::number(strips[j].toArray().at(1)));
            } else {
                QVERIFY(!f.interleaved());
                const QJsonArray ext = t.value(k("extents")).toArray();
                QCOMPARE(uint64_t(f.count), uint64_t(ext.size()));
                for (qsizetype i = 0; i < ext.size(); ++i) {
                    QCOMPARE(f.extent(size_t(i)).len, golden::number(ext[i].toArray().at(1)));
                    if (!strided && !inCpTree) // contiguous first fit is deterministic
                        QCOMPARE(f.extent(size_t(i)).offset,
                                 golden::number(ext[i].toArray().at(0)));
                }
            }
            ++compared;
        }
        QVERIFY(compared >= 4);
        QVERIFY(fs->entries.size() <= compared + 1);
    }
};

QTEST_GUILESS_MAIN(TestMkfsGolden)
#include "tst_mkfs_golden.moc"
