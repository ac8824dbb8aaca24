// fs::FileChunks: the chunks of an interleaved file and the strips that hold them, and where
// each extent or strip begins in the file.
#include "core/fs/FileChunks.h"

#include <QTest>

using namespace famscope;
using namespace famscope::fs;

class TestFileChunks : public QObject {
    Q_OBJECT

    static FileMap interleave(uint64_t nstrips, uint64_t chunkSize) {
        FileMap map;
        map.interleaved = true;
        map.chunkSize = chunkSize;
        map.strips.resize(nstrips);
        return map;
    }

private slots:
    void chunksOfStrips() {
        const FileMap map = interleave(3, 100); // 10 chunks, the last one partly used
        QCOMPARE(fileChunkCount(map, 950), uint64_t{10});
        QCOMPARE(fileChunkCount(map, 1000), uint64_t{10});
        QCOMPARE(stripChunkCount(map, 950, 0), uint64_t{4}); // 0, 3, 6, 9
        QCOMPARE(stripChunkCount(map, 950, 2), uint64_t{3}); // 2, 5, 8
        QCOMPARE(stripChunks(map, 950, 0, 8), (std::vector<uint64_t>{0, 3, 6, 9}));
        QCOMPARE(stripChunks(map, 950, 1, 2), (std::vector<uint64_t>{1, 4}));
        QCOMPARE(stripChunkCount(interleave(3, 100), 150, 2), uint64_t{0}); // 2 chunks only
        QCOMPARE(fileChunkCount(interleave(3, 0), 950), uint64_t{0});       // degenerate
        QCOMPARE(fileChunkCount(interleave(0, 100), 950), uint64_t{0});
        QCOMPARE(fileChunkCount(map, UINT64_MAX), UINT64_MAX / 100 + 1); // no overflow
    }

    void pieceOffsets() {
        QCOMPARE(pieceFileOffset(interleave(3, 100), 2), uint64_t{200});
        FileMap simple;
        for (const uint64_t len : {uint64_t{4096}, uint64_t{8192}, uint64_t{4096}})
            simple.extents.push_back(famfs::SimpleExtent{0, 0, len});
        QCOMPARE(pieceFileOffset(simple, 0), uint64_t{0});
        QCOMPARE(pieceFileOffset(simple, 2), uint64_t{12288});
    }
};

QTEST_GUILESS_MAIN(TestFileChunks)
#include "tst_file_chunks.moc"
