// Log replay (mount and fsck semantics), the allocation map and the offset resolver against
// every real famfs image: the namespace, events, stats and allocation figures must equal
// MANIFEST.json field by field, and the bytes read through resolveRange() must hash to the
// sha256 the manifest recorded for each file.
#include "GoldenImages.h"

#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/Media.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <set>
#include <tuple>

using namespace famscope;
using namespace famscope::fs;

namespace {

QLatin1String key(const char* k) {
    return QLatin1String(k);
}

std::unique_ptr<media::Media> openImage(const QString& name) {
    auto media = media::openMedia(golden::imagePath(name).toStdString(), media::Access::ReadOnly);
    if (!media)
        qFatal("cannot open %s: %s", qPrintable(name), media.error().c_str());
    return std::move(media.value());
}

LoadedFs loadImage(media::Media& media) {
    auto loaded = loadFileSystem(media);
    if (!loaded)
        qFatal("cannot load %s: %s", media.path().c_str(), loaded.error().c_str());
    return std::move(loaded.value());
}

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// The expected namespace of one mode: resolves same_as_replay and best_effort_if_accepted.
struct Expected {
    QJsonObject tree; // files, dirs, stopped_at (and events/stats unless overridden)
    QJsonArray events;
    QJsonObject stats;
    QString refused; // empty when famfs accepts the file system
};

Expected expectedFor(const QJsonObject& image, const char* mode) {
    const QJsonObject ns = image.value(key("namespace")).toObject();
    const QJsonObject obj = ns.value(QLatin1String(mode)).toObject();
    Expected e;
    e.refused = obj.value(key("refused")).toString();
    // Refused: everything is in best_effort_if_accepted. same_as_replay: the tree is the
    // replay's, the events and stats are still this mode's own.
    const QJsonObject own = obj.contains(key("best_effort_if_accepted"))
                                ? obj.value(key("best_effort_if_accepted")).toObject()
                                : obj;
    e.tree = obj.value(key("same_as_replay")).toBool() ? ns.value(key("replay")).toObject() : own;
    e.events = own.value(key("events")).toArray();
    e.stats = own.value(key("stats")).toObject();
    return e;
}

bool compareExtents(const fs::ExtentList& got, const QJsonArray& want) {
    if (qsizetype(got.size()) != want.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QJsonArray w = want.at(i).toArray();
        const auto& g = got[size_t(i)];
        if (g.offset != golden::number(w.at(0)) || g.len != golden::number(w.at(1)) ||
            g.devindex != (w.size() > 2 ? golden::number(w.at(2)) : 0))
            return false;
    }
    return true;
}

void compareNamespace(const Namespace& ns, const Expected& want, const QJsonArray& logEntries) {
    QCOMPARE(ns.refused, !want.refused.isEmpty());
    if (ns.refused)
        QCOMPARE(qs(ns.refusedReason), want.refused);

    const QJsonObject st = want.stats;
    QCOMPARE(ns.stats.nEntries, golden::number(st.value(key("n_entries"))));
    QCOMPARE(ns.stats.fCreated, golden::number(st.value(key("f_created"))));
    QCOMPARE(ns.stats.dCreated, golden::number(st.value(key("d_created"))));
    QCOMPARE(ns.stats.fExisted, golden::number(st.value(key("f_existed"))));
    QCOMPARE(ns.stats.dExisted, golden::number(st.value(key("d_existed"))));
    QCOMPARE(ns.stats.fErrs, golden::number(st.value(key("f_errs"))));
    QCOMPARE(ns.stats.dErrs, golden::number(st.value(key("d_errs"))));

    const QJsonValue stopped = want.tree.value(key("stopped_at"));
    QCOMPARE(ns.stoppedAt.has_value(), !stopped.isNull() && !stopped.isUndefined());
    if (ns.stoppedAt)
        QCOMPARE(*ns.stoppedAt, golden::number(stopped));

    QStringList gotEvents;
    for (const auto& e : ns.events)
        gotEvents << qs(e.message);
    QStringList wantEvents;
    for (const auto& e : want.events)
        wantEvents << e.toString();
    QCOMPARE(gotEvents, wantEvents);

    const QJsonArray dirs = want.tree.value(key("dirs")).toArray();
    QCOMPARE(qsizetype(ns.dirs.size()), dirs.size());
    for (qsizetype i = 0; i < dirs.size(); ++i) {
        const QJsonObject w = dirs.at(i).toObject();
        const FsDir& d = ns.dirs[size_t(i)];
        QCOMPARE(qs(d.path), w.value(key("path")).toString());
        QCOMPARE(d.entryIndex, golden::number(w.value(key("entry"))));
        QCOMPARE(d.mode, golden::octal(w.value(key("mode"))));
        QCOMPARE(d.uid, uint32_t(golden::number(w.value(key("uid")))));
        QCOMPARE(d.gid, uint32_t(golden::number(w.value(key("gid")))));
        QCOMPARE(ns.findDir(d.path), &d);
        QVERIFY(!ns.findFile(d.path));
    }

    const QJsonArray files = want.tree.value(key("files")).toArray();
    QCOMPARE(qsizetype(ns.files.size()), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject w = files.at(i).toObject();
        const FsFile& f = ns.files[size_t(i)];
        QCOMPARE(qs(f.path), w.value(key("path")).toString());
        QCOMPARE(f.entryIndex, golden::number(w.value(key("entry"))));
        QCOMPARE(f.size, golden::number(w.value(key("size"))));
        QCOMPARE(f.mode, golden::octal(w.value(key("mode"))));
        QCOMPARE(f.uid, uint32_t(golden::number(w.value(key("uid")))));
        QCOMPARE(f.gid, uint32_t(golden::number(w.value(key("gid")))));
        const QJsonObject entry = logEntries.at(qsizetype(f.entryIndex)).toObject();
        QCOMPARE(f.flags, uint32_t(golden::number(entry.value(key("flags")))));
        QVERIFY(!f.map.clamped());
        if (w.contains(key("interleave"))) {
            const QJsonObject ie = w.value(key("interleave")).toObject();
            QVERIFY(f.map.interleaved);
            QCOMPARE(f.map.chunkSize, golden::number(ie.value(key("chunk_size"))));
            QCOMPARE(f.map.declaredCount, golden::number(ie.value(key("nstrips"))));
            QVERIFY2(compareExtents(f.map.strips, ie.value(key("strips")).toArray()),
                     qPrintable(w.value(key("path")).toString()));
        } else {
            QVERIFY(!f.map.interleaved);
            QVERIFY2(compareExtents(f.map.extents, w.value(key("extents")).toArray()),
                     qPrintable(w.value(key("path")).toString()));
        }
        QCOMPARE(ns.findFile(f.path), &f);
        QVERIFY(!ns.findDir(f.path));
    }
}

// "AU 8 (0x1000000): entry 6 (data/ten_m_zero) and entry 10 (data/ten_m_clone)"
using AuPair = std::tuple<uint64_t, uint64_t, uint64_t>;

std::set<AuPair> expectedCollisions(const QJsonArray& detail) {
    static const QRegularExpression re(
        QStringLiteral("^AU (\\d+) \\(0x[0-9a-f]+\\): entry (\\d+) .* and entry (\\d+) "));
    std::set<AuPair> out;
    for (const auto& v : detail) {
        const auto m = re.match(v.toString());
        if (!m.hasMatch())
            qFatal("unexpected collision detail: %s", qPrintable(v.toString()));
        out.insert({m.captured(1).toULongLong(), m.captured(2).toULongLong(),
                    m.captured(3).toULongLong()});
    }
    return out;
}

} // namespace

class TestGoldenNamespace : public QObject {
    Q_OBJECT

private slots:
    void replayMount_data() { images(); }
    void replayMount() { checkMode(ReplayMode::Mount, "replay"); }
    void replayFsck_data() { images(); }
    void replayFsck() { checkMode(ReplayMode::Fsck, "fsck"); }
    void allocation_data() { images(); }
    void allocation();
    void dataThroughResolver_data() { images(); }
    void dataThroughResolver();

private:
    static void images() {
        QTest::addColumn<QString>("image");
        for (const QString& name : golden::imageNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    static void checkMode(ReplayMode mode, const char* manifestKey) {
        QFETCH(QString, image);
        const QJsonObject want = golden::manifestImage(image);
        auto media = openImage(image);
        const LoadedFs fs = loadImage(*media);
        const Namespace ns = replay(fs, mode);
        compareNamespace(ns, expectedFor(want, manifestKey),
                         want.value(key("log_entries")).toArray());
    }
};

void TestGoldenNamespace::allocation() {
    QFETCH(QString, image);
    const QJsonObject want = golden::manifestImage(image).value(key("allocation")).toObject();
    auto media = openImage(image);
    const LoadedFs fs = loadImage(*media);
    const AllocationMap a = buildAllocationMap(fs);

    QCOMPARE(a.allocatedBytes(), golden::number(want.value(key("allocated_bytes"))));
    QCOMPARE(a.allocatedAus, golden::number(want.value(key("allocated_aus"))));
    QCOMPARE(a.collisions, golden::number(want.value(key("collisions"))));
    QCOMPARE(a.sumOfFileSizes, golden::number(want.value(key("sum_of_file_sizes"))));
    QCOMPARE(a.bitmapCapacity(), golden::number(want.value(key("bitmap_capacity"))));
    QCOMPARE(a.freeBytes(), golden::number(want.value(key("free_bytes"))));
    QCOMPARE(a.filesLogged, golden::number(want.value(key("files_logged"))));
    QCOMPARE(a.dirsLogged, golden::number(want.value(key("dirs_logged"))));
    QCOMPARE(a.addDaxdevLogged, golden::number(want.value(key("add_daxdev_logged"))));
    QCOMPARE(a.badEntries, golden::number(want.value(key("bad_entries"))));
    QCOMPARE(a.ausBeyondDevice, golden::number(want.value(key("aus_beyond_device"))));
    QCOMPARE(qsizetype(a.unalignedOffsets.size()),
             want.value(key("unaligned_offsets")).toArray().size());
    QCOMPARE(a.fsckWouldAssert(), want.value(key("fsck_would_assert")).toBool());

    std::set<AuPair> got;
    for (const auto& c : a.collisionList)
        for (uint64_t au = c.firstAu; au < c.firstAu + c.auCount; ++au)
            got.insert({au, c.ownerA, c.ownerB});
    QVERIFY(!a.collisionListTruncated);
    QCOMPARE(got, expectedCollisions(want.value(key("collision_detail")).toArray()));

    // The runs tile [0, nbits) and agree with the totals.
    uint64_t next = 0, owned = 0;
    for (const auto& r : a.runs) {
        QCOMPARE(r.firstAu, next);
        next += r.auCount;
        if (r.owner != kOwnerFree)
            owned += r.auCount;
        QCOMPARE(a.ownerAt(r.firstAu), std::optional<uint64_t>(r.owner));
    }
    QCOMPARE(next, a.nbits);
    QCOMPARE(owned, a.allocatedAus);
    QCOMPARE(a.ownerAt(0), std::optional<uint64_t>(kOwnerMetadata));
}

// Reads each file's fm_size bytes through resolveRange() and compares the sha256 the manifest
// recorded when the real tools read the same file. Interleaved files are all read; simple
// files until 128 MiB per image, which keeps a05's 2.4 GB of files out of the test time.
void TestGoldenNamespace::dataThroughResolver() {
    QFETCH(QString, image);
    const QJsonObject want = golden::manifestImage(image);
    auto media = openImage(image);
    const LoadedFs fs = loadImage(*media);
    const Namespace ns = replay(fs, ReplayMode::Fsck);
    QJsonObject tree = want.value(key("namespace")).toObject().value(key("fsck")).toObject();
    if (tree.contains(key("best_effort_if_accepted")))
        tree = tree.value(key("best_effort_if_accepted")).toObject();
    if (tree.value(key("same_as_replay")).toBool())
        tree = want.value(key("namespace")).toObject().value(key("replay")).toObject();
    uint64_t budget = uint64_t{128} << 20;
    int checked = 0;
    for (const auto& v : tree.value(key("files")).toArray()) {
        const QJsonObject w = v.toObject();
        const FsFile* f = ns.findFile(w.value(key("path")).toString().toStdString());
        QVERIFY(f);
        if (!w.contains(key("sha256")))
            continue;
        if (!f->map.interleaved) {
            if (f->size > budget)
                continue;
            budget -= f->size;
        }
        auto runs = resolveRange(f->map, f->size, 0, f->size);
        QVERIFY2(runs.ok(), runs.error().c_str());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const DeviceRun& r : *runs) {
            QCOMPARE(r.devindex, uint64_t{0});
            auto m = media->map(r.deviceOffset, r.length, media::Access::ReadOnly);
            QVERIFY2(m.ok(), m.error().c_str());
            hash.addData(QByteArrayView(m->data(), qsizetype(r.length)));
        }
        QCOMPARE(QString::fromLatin1(hash.result().toHex()), w.value(key("sha256")).toString());
        ++checked;
    }
    qInfo("%s: %d files hashed through the resolver", qPrintable(image), checked);
}

QTEST_GUILESS_MAIN(TestGoldenNamespace)
#include "tst_namespace.moc"
