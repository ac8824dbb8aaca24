// Pattern verify on every seeded file of every real famfs image (MANIFEST.json: replay files,
// or the best-effort tree where famfs refuses the file system), read through the resolver as
// the kernel maps it: the right seed verifies all fm_size bytes (and agrees with what `famfs
// verify` printed when the tools could run it), a wrong seed fails at offset 0, and a byte
// planted at a random offset in a copy of the file's data is reported at its 4-byte word.
#include "GoldenImages.h"

#include "core/edit/PatternIo.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/Media.h"
#include "core/media/MemoryMedia.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace famscope;

namespace {

struct Seeded {
    QString path;
    uint64_t seed = 0;
};

std::vector<Seeded> seededFiles(const QJsonObject& image) {
    const QJsonObject replay = image.value(QLatin1String("namespace"))
                                   .toObject()
                                   .value(QLatin1String("replay"))
                                   .toObject();
    QJsonArray files = replay.value(QLatin1String("files")).toArray();
    if (files.isEmpty())
        files = replay.value(QLatin1String("best_effort_if_accepted"))
                    .toObject()
                    .value(QLatin1String("files"))
                    .toArray();
    std::vector<Seeded> out;
    for (const auto& v : files) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("seed")).isNull() || !f.contains(QLatin1String("seed")))
            continue;
        out.push_back({f.value(QLatin1String("path")).toString(),
                       golden::number(f.value(QLatin1String("seed")))});
    }
    return out;
}

// What `famfs verify` printed for `path`: the verified byte count, or nullopt.
std::optional<uint64_t> famfsVerified(const QJsonObject& image, const QString& path) {
    const QJsonArray runs = image.value(QLatin1String("tool_results"))
                                .toObject()
                                .value(QLatin1String("verify"))
                                .toArray();
    static const QRegularExpression re(QStringLiteral("^Success: verified (\\d+) bytes"));
    for (const auto& v : runs) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("path")).toString() != path)
            continue;
        const auto m = re.match(r.value(QLatin1String("output")).toString());
        if (m.hasMatch())
            return m.captured(1).toULongLong();
    }
    return std::nullopt;
}

// The file's pieces copied into a sparse in-memory device at the same offsets.
std::unique_ptr<media::MemoryMedia> copyOfFile(media::Media& from, const fs::FsFile& f) {
    uint64_t end = 0;
    for (const auto& p : f.map.pieces())
        end = std::max(end, p.offset + p.len);
    auto m = std::make_unique<media::MemoryMedia>("copy", end);
    for (const auto& p : f.map.pieces()) {
        auto bytes = from.read(p.offset, p.len);
        if (!bytes)
            qFatal("cannot read a piece of %s", f.path.c_str());
        std::copy(bytes->begin(), bytes->end(), m->data() + p.offset);
    }
    return m;
}

} // namespace

class TestVerifyGolden : public QObject {
    Q_OBJECT

private slots:
    void everySeededFile_data() {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("path");
        QTest::addColumn<quint64>("seed");
        int n = 0;
        for (const QString& name : golden::imageNames())
            for (const Seeded& s : seededFiles(golden::manifestImage(name))) {
                QTest::newRow(qPrintable(name + QLatin1Char(':') + s.path))
                    << name << s.path << quint64(s.seed);
                ++n;
            }
        QVERIFY(n >= 40);
    }

    void everySeededFile() {
        QFETCH(QString, image);
        QFETCH(QString, path);
        QFETCH(quint64, seed);
        auto media =
            media::openMedia(golden::imagePath(image).toStdString(), media::Access::ReadOnly);
        QVERIFY2(media, media.error().c_str());
        auto fs = fs::loadFileSystem(**media);
        QVERIFY(fs);
        const fs::Namespace ns = fs::replay(*fs, fs::ReplayMode::Fsck);
        const fs::FsFile* f = ns.findFile(path.toStdString());
        QVERIFY(f);

        auto ok = edit::verifyPattern(**media, f->map, f->size, seed);
        QVERIFY2(ok, ok.error().c_str());
        QVERIFY(ok->ok());
        QCOMPARE(ok->bytesVerified, f->size);
        if (const auto famfs = famfsVerified(golden::manifestImage(image), path))
            QCOMPARE(ok->bytesVerified, *famfs);

        auto wrong = edit::verifyPattern(**media, f->map, f->size, seed + 1);
        QVERIFY(wrong);
        QVERIFY(!wrong->ok());
        QCOMPARE(*wrong->mismatchOffset, 0u);
        QCOMPARE(wrong->bytesVerified, 0u);

        auto copy = copyOfFile(**media, *f);
        const uint64_t at = QRandomGenerator::global()->bounded(quint64(f->size));
        auto runs = fs::resolveRange(f->map, f->size, at, 1);
        QVERIFY(runs);
        copy->data()[runs->front().deviceOffset] ^= 0x80;
        auto planted = edit::verifyPattern(*copy, f->map, f->size, seed);
        QVERIFY(planted);
        QVERIFY(!planted->ok());
        QCOMPARE(*planted->mismatchOffset, at & ~uint64_t{3});
    }
};

QTEST_GUILESS_MAIN(TestVerifyGolden)
#include "tst_verify_golden.moc"
