// A byte range across a bar of pixels (heatmap/ByteBar.h): ends, clamping, empty ranges and
// bars, and sizes near 2^64 that would overflow 64-bit arithmetic.
#include "core/heatmap/ByteBar.h"

#include <QTest>

using famscope::heatmap::byteAtPixel;
using famscope::heatmap::pixelOfByte;

class TestByteBar : public QObject {
    Q_OBJECT
private slots:
    void pixelsPickBytes() {
        QCOMPARE(byteAtPixel(0, 100, 1000), uint64_t(0));
        QCOMPARE(byteAtPixel(50, 100, 1000), uint64_t(500));
        QCOMPARE(byteAtPixel(100, 100, 1000), uint64_t(999)); // the last byte, not past it
        QCOMPARE(byteAtPixel(-5, 100, 1000), uint64_t(0));
        QCOMPARE(byteAtPixel(500, 100, 1000), uint64_t(999));
        QCOMPARE(byteAtPixel(50, 100, 0), uint64_t(0));
        QCOMPARE(byteAtPixel(50, 0, 1000), uint64_t(0));
    }

    void bytesHaveAPixel() {
        QCOMPARE(pixelOfByte(0, 100, 1000), 0);
        QCOMPARE(pixelOfByte(500, 100, 1000), 50);
        QCOMPARE(pixelOfByte(1000, 100, 1000), 100);
        QCOMPARE(pixelOfByte(5000, 100, 1000), 100); // clamped to the range
        QCOMPARE(pixelOfByte(5, 100, 0), 0);
    }

    void hugeSizesDoNotOverflow() {
        const uint64_t size = UINT64_MAX;
        QCOMPARE(byteAtPixel(1000, 1000, size), size - 1);
        const uint64_t middle = byteAtPixel(500, 1000, size);
        QVERIFY(middle > size / 2 - size / 1000 && middle < size / 2 + size / 1000);
        QCOMPARE(pixelOfByte(size / 2, 1000, size), 499); // just short of the middle: 2^63 - 1
        QCOMPARE(pixelOfByte(size / 2 + 1, 1000, size), 500);
        QCOMPARE(pixelOfByte(size, 1000, size), 1000);
    }
};

QTEST_GUILESS_MAIN(TestByteBar)
#include "tst_byte_bar.moc"
