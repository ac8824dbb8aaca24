// The arithmetic of the window's hex view, which has no Qt in it: the columns in characters
// (device offset in as many hex digits as the device size needs, at least 8; a gap; 16 bytes
// as "xx "; a gap; the same 16 bytes as ASCII), the rows of a device, and where the cursor
// goes when a key moves it.
#pragma once

#include <cstdint>
#include <optional>

namespace famscope::report {

struct HexViewLayout {
    static constexpr int kBytesPerRow = 16;
    static constexpr int kHexGap = 2;
    static constexpr int kAsciiGap = 1;

    int offsetChars = 8;

    static HexViewLayout forSize(uint64_t deviceSize);
    int hexStart() const { return offsetChars + kHexGap; }
    int asciiStart() const { return hexStart() + kBytesPerRow * 3 + kAsciiGap; }
    int width() const { return asciiStart() + kBytesPerRow + 1; }
    // The byte (0..15 in its row) drawn at character column `column`, in the hex or the ASCII
    // part; nullopt between and beside them.
    std::optional<int> byteAt(int column) const;
};

uint64_t hexRows(uint64_t deviceSize);
// The last row that can be the top one with `visibleRows` rows on screen.
uint64_t lastTopRow(uint64_t deviceSize, uint64_t visibleRows);
// The top row after the least scrolling that shows row `row`.
uint64_t topRowShowing(uint64_t row, uint64_t topRow, uint64_t visibleRows);

enum class HexMove { Left, Right, Up, Down, PageUp, PageDown };
// Where the cursor goes, or nullopt when the move would leave the device (it stays).
std::optional<uint64_t> movedCursor(uint64_t cursor, HexMove move, uint64_t pageBytes,
                                    uint64_t deviceSize);

} // namespace famscope::report
