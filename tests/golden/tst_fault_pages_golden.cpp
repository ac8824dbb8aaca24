// Huge-page eligibility and the resolver's explanation on every file of every real famfs
// image: fs::faultPages() must agree page by page with the independent model of
// FaultPageOracle.h, and fs::explain() must give the resolver's run and numbers at random
// offsets.
#include "FaultPageOracle.h"
#include "FileMaps.h"
#include "GoldenImages.h"

#include "core/fs/FaultPages.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/Resolver.h"
#include "core/media/Media.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace famscope;
using namespace famscope::fs;
using famscope::testmaps::stepValue;

class TestGoldenFaultPages : public QObject {
    Q_OBJECT

    uint64_t files_ = 0;
    uint64_t interleaved_ = 0;
    uint64_t bytes2M_ = 0;
    uint64_t bytes4K_ = 0;

private slots:
    void everyFile_data() {
        QTest::addColumn<QString>("image");
        for (const QString& name : golden::imageNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFile() {
        QFETCH(QString, image);
        auto media =
            media::openMedia(golden::imagePath(image).toStdString(), media::Access::ReadOnly);
        QVERIFY2(media.ok(), media.error().c_str());
        auto loaded = loadFileSystem(**media);
        QVERIFY2(loaded.ok(), loaded.error().c_str());
        const Namespace ns = replay(*loaded, ReplayMode::Fsck);
        QRandomGenerator rng(20261204);
        for (const FsFile& f : ns.files) {
            auto pages = faultPages(f.map, f.size);
            QVERIFY2(pages.ok(), pages.error().c_str());
            const std::string diff = oracle::mismatch(f.map, f.size, *pages);
            QVERIFY2(diff.empty(), (f.path + ": " + diff).c_str());
            ++files_;
            interleaved_ += f.map.interleaved;
            bytes2M_ += pages->bytes2M;
            bytes4K_ += pages->bytes4K;
            for (int k = 0; k < 32; ++k) {
                const uint64_t ofs = rng.bounded(quint64(f.size + (uint64_t{2} << 20)));
                const auto e = explain(f.map, f.size, ofs);
                QCOMPARE(e.run, resolve(f.map, f.size, ofs, UINT64_MAX - ofs));
                if (e.run)
                    QCOMPARE(stepValue(e.steps, "device_offset", "device_offset"),
                             e.run->deviceOffset);
                else
                    QCOMPARE(e.why, unmappedReason(f.map, f.size, ofs));
            }
        }
    }

    // The images hold both kinds of file and both page sizes, so the comparison above
    // exercised every rule at least once on real layouts.
    void cleanupTestCase() {
        qInfo("%llu files (%llu interleaved): %llu bytes in 2 MiB pages, %llu in 4 KiB pages",
              static_cast<unsigned long long>(files_),
              static_cast<unsigned long long>(interleaved_),
              static_cast<unsigned long long>(bytes2M_), static_cast<unsigned long long>(bytes4K_));
        QVERIFY(files_ > 0);
        QVERIFY(interleaved_ > 0);
        QVERIFY(bytes2M_ > 0);
        QVERIFY(bytes4K_ > 0);
    }
};

QTEST_GUILESS_MAIN(TestGoldenFaultPages)
#include "tst_fault_pages_golden.moc"
