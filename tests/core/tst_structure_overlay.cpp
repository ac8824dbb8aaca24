// report::structureRegions on the built-in demo: the superblock, the log header and each log
// entry slot in use are named after their C fields, in offset order, and only the regions
// meeting the range asked come back.
#include "core/demo/DemoFs.h"
#include "core/format/Constants.h"
#include "core/fs/LoadedFs.h"
#include "core/report/StructureOverlay.h"

#include <QTest>

using namespace famscope;
using namespace famscope::report;

class TestStructureOverlay : public QObject {
    Q_OBJECT

private slots:
    void fieldsAreNamedWhereTheyLie() {
        auto media = demo::makeDemoMedia();
        const auto lfs = fs::loadFileSystem(*media);
        QVERIFY(lfs.ok());
        const StructureRegion magic = structureRegionAt(*lfs, 3);
        QCOMPARE(magic.name, std::string("superblock.ts_magic"));
        QCOMPARE(magic.offset, uint64_t{0});
        QCOMPARE(magic.size, uint64_t{8});
        QCOMPARE(structureRegionAt(*lfs, famfs::kLogOffset + 8).name,
                 std::string("log.famfs_log_len"));
        const uint64_t slot2 = famfs::kLogOffset + famfs::kLogHeaderSize + 2 * famfs::kLogEntrySize;
        const StructureRegion seqnum = structureRegionAt(*lfs, slot2);
        QCOMPARE(seqnum.name.rfind("entry 2.", 0), size_t{0});
        QCOMPARE(seqnum.offset, slot2);
        const uint64_t past =
            famfs::kLogOffset + famfs::kLogHeaderSize + lfs->entries.size() * famfs::kLogEntrySize;
        QCOMPARE(structureRegionAt(*lfs, past).size, uint64_t{0});

        // A range across two slots: their fields only, sorted, each meeting the range.
        const std::vector<StructureRegion> regions = structureRegions(*lfs, slot2 - 16, slot2 + 16);
        QVERIFY(regions.size() >= 2);
        for (size_t i = 0; i < regions.size(); ++i) {
            QVERIFY(regions[i].offset < slot2 + 16);
            QVERIFY(regions[i].offset + regions[i].size > slot2 - 16);
            QVERIFY(i == 0 || regions[i - 1].offset < regions[i].offset);
        }
        QCOMPARE(regions.front().name.rfind("entry 1.", 0), size_t{0});
        QVERIFY(structureRegions(*lfs, 5, 5).empty());
    }
};

QTEST_GUILESS_MAIN(TestStructureOverlay)
#include "tst_structure_overlay.moc"
