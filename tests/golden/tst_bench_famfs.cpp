// The fault benchmark on famfs files of real images: each file is mapped run by run at the
// device offsets the resolver gives, and what the mapping shows must be byte for byte what
// resolveRange + a media read return. The fault count of a timed run must be plausible.
#include "core/bench/BenchTarget.h"
#include "core/bench/PageSize.h"
#include "core/bench/Runner.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/Media.h"

#include "GoldenImages.h"

#include <QTest>

#include <algorithm>
#include <cstring>

using namespace famscope;
using namespace famscope::bench;

namespace {

// Every file of `image`, from famscope's own mount replay.
std::vector<fs::FsFile> filesOf(const QString& image) {
    auto m = media::openMedia(image.toStdString(), media::Access::ReadOnly);
    if (!m)
        qFatal("%s", m.error().c_str());
    auto loaded = fs::loadFileSystem(**m);
    if (!loaded)
        qFatal("%s", loaded.error().c_str());
    return fs::replay(*loaded, fs::ReplayMode::Mount).files;
}

} // namespace

class TestBenchFamfs : public QObject {
    Q_OBJECT

private slots:
    void mappingShowsResolvedBytes_data() {
        QTest::addColumn<QString>("image");
        QTest::newRow("simple extents") << QStringLiteral("a02-files");
        QTest::newRow("interleaved") << QStringLiteral("a04-striped");
    }

    void mappingShowsResolvedBytes() {
        QFETCH(QString, image);
        const QString path = golden::imagePath(image);
        auto m = media::openMedia(path.toStdString(), media::Access::ReadOnly);
        QVERIFY2(m.ok(), m.error().c_str());
        const auto files = filesOf(path);
        QVERIFY(!files.empty());
        uint64_t nonZeroFiles = 0;
        for (const fs::FsFile& f : files) {
            auto spec = parseTargetSpec("famfs:" + path.toStdString() + ":" + f.path);
            QVERIFY(spec.ok());
            auto target = BenchTarget::open(*spec, false);
            QVERIFY2(target.ok(), target.error().c_str());
            QVERIFY((*target)->kind() == TargetKind::FamfsFile);
            auto source = (*target)->source(kPage4K, 0, 0);
            QVERIFY2(source.ok(), (f.path + ": " + source.error()).c_str());
            const uint64_t len = roundUp(f.size, kPage4K);
            QCOMPARE((*source)->length(), len);
            QVERIFY(source->get()->prepare().ok());
            auto region = (*source)->map(false);
            QVERIFY2(region.ok(), region.error().c_str());

            auto runs = fs::resolveRange(f.map, f.size, 0, len);
            QVERIFY2(runs.ok(), runs.error().c_str());
            bool nonZero = false;
            for (const fs::DeviceRun& r : *runs) {
                auto bytes = (*m)->read(r.deviceOffset, r.length);
                QVERIFY2(bytes.ok(), bytes.error().c_str());
                QVERIFY2(std::memcmp(region->data() + r.fileOffset, bytes->data(), r.length) == 0,
                         qPrintable(QString::fromStdString(f.path) +
                                    QStringLiteral(": bytes differ in the run at file offset ") +
                                    QString::number(r.fileOffset)));
                nonZero = nonZero || std::any_of(bytes->begin(), bytes->end(),
                                                 [](uint8_t b) { return b != 0; });
            }
            nonZeroFiles += nonZero ? 1 : 0;
        }
        QVERIFY(nonZeroFiles > 0); // the comparison saw real file data, not only holes
    }

    void faultCountIsPlausible() {
        const QString path = golden::imagePath(QStringLiteral("a04-striped"));
        auto spec = parseTargetSpec("famfs:" + path.toStdString() + ":pattern_s8x2m_64m");
        QVERIFY(spec.ok());
        auto target = BenchTarget::open(*spec, false);
        QVERIFY2(target.ok(), target.error().c_str());
        auto source = (*target)->source(kPage4K, 0, 0);
        QVERIFY2(source.ok(), source.error().c_str());
        RunConfig config;
        config.warmups = 1;
        auto r = runSeries(**source, config);
        QVERIFY2(r.ok(), r.error().c_str());
        QCOMPARE(r->pages, uint64_t{16384});
        // Page-cache read faults map up to fault_around_bytes (64 KiB by default) per fault, so
        // between pages/32 and pages faults, and never more than one per page.
        QVERIFY2(r->faults.median >= 16384.0 / 32 && r->faults.median <= 16384 * 1.02 + 2,
                 qPrintable(QString::number(r->faults.median)));
        // The page size check names what the page cache gave; a 4 KiB verdict is "obtained".
        QCOMPARE(r->check.ok, r->check.obtained == kPage4K);
        QVERIFY(r->check.ok || !r->check.note.empty());
    }

    void writeOnAReadOnlyTargetIsRefused() {
        // A plain image never takes write faults: they would change the image.
        auto spec = parseTargetSpec(golden::imagePath(QStringLiteral("a02-files")).toStdString());
        QVERIFY(spec.ok());
        auto t = BenchTarget::open(*spec, true);
        QVERIFY(!t.ok());
        QVERIFY(t.error().find("image") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestBenchFamfs)
#include "tst_bench_famfs.moc"
