// report::HexViewLayout and the hex view's cursor and scrolling arithmetic: offset digits by
// device size, the byte under a character column, rows, and the key moves at both ends.
#include "core/report/HexViewLayout.h"

#include <QTest>

using namespace famscope::report;

class TestHexViewLayout : public QObject {
    Q_OBJECT

private slots:
    void offsetDigitsFollowTheDeviceSize() {
        QCOMPARE(HexViewLayout::forSize(0).offsetChars, 8);
        QCOMPARE(HexViewLayout::forSize(uint64_t{1} << 32).offsetChars, 9); // 0x100000000
        QCOMPARE(HexViewLayout::forSize(uint64_t{1} << 40).offsetChars, 11);
        QCOMPARE(HexViewLayout::forSize(UINT64_MAX).offsetChars, 16);
        const HexViewLayout l; // 8 digits, 2 gap, 48 hex, 1 gap, 16 ASCII, 1 spare
        QCOMPARE(l.hexStart(), 10);
        QCOMPARE(l.asciiStart(), 59);
        QCOMPARE(l.width(), 76);
    }

    void byteUnderAColumn() {
        const HexViewLayout l;
        QCOMPARE(l.byteAt(9), std::nullopt); // the gap after the offset
        QCOMPARE(l.byteAt(10), std::optional<int>(0));
        QCOMPARE(l.byteAt(12), std::optional<int>(0)); // the space after "xx"
        QCOMPARE(l.byteAt(13), std::optional<int>(1));
        QCOMPARE(l.byteAt(57), std::optional<int>(15));
        QCOMPARE(l.byteAt(58), std::nullopt);
        QCOMPARE(l.byteAt(59), std::optional<int>(0));
        QCOMPARE(l.byteAt(74), std::optional<int>(15));
        QCOMPARE(l.byteAt(75), std::nullopt);
    }

    void rowsAndScrolling() {
        QCOMPARE(hexRows(0), uint64_t{0});
        QCOMPARE(hexRows(17), uint64_t{2});
        QCOMPARE(hexRows(UINT64_MAX), uint64_t{1} << 60);
        QCOMPARE(lastTopRow(160, 4), uint64_t{6});
        QCOMPARE(lastTopRow(160, 40), uint64_t{0});
        QCOMPARE(topRowShowing(3, 5, 4), uint64_t{3});  // above: scrolls up to it
        QCOMPARE(topRowShowing(7, 5, 4), uint64_t{5});  // shown: stays
        QCOMPARE(topRowShowing(12, 5, 4), uint64_t{9}); // below: it becomes the last row
    }

    void cursorMovesStayOnTheDevice() {
        QCOMPARE(movedCursor(0, HexMove::Left, 64, 100), std::optional<uint64_t>(0));
        QCOMPARE(movedCursor(5, HexMove::Up, 64, 100), std::optional<uint64_t>(5));
        QCOMPARE(movedCursor(20, HexMove::Up, 64, 100), std::optional<uint64_t>(4));
        QCOMPARE(movedCursor(20, HexMove::PageUp, 64, 100), std::optional<uint64_t>(0));
        QCOMPARE(movedCursor(20, HexMove::PageDown, 64, 100), std::optional<uint64_t>(84));
        QCOMPARE(movedCursor(90, HexMove::Down, 64, 100), std::nullopt);
        QCOMPARE(movedCursor(99, HexMove::Right, 64, 100), std::nullopt);
        QCOMPARE(movedCursor(0, HexMove::Right, 64, 0), std::nullopt); // nothing open
    }
};

QTEST_GUILESS_MAIN(TestHexViewLayout)
#include "tst_hex_view_layout.moc"
