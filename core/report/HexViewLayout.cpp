#include "core/report/HexViewLayout.h"

namespace famscope::report {

HexViewLayout HexViewLayout::forSize(uint64_t deviceSize) {
    HexViewLayout layout;
    while (layout.offsetChars < 16 && (deviceSize >> (4 * layout.offsetChars)) != 0)
        ++layout.offsetChars;
    return layout;
}

std::optional<int> HexViewLayout::byteAt(int column) const {
    if (column >= hexStart() && column < hexStart() + kBytesPerRow * 3)
        return (column - hexStart()) / 3;
    if (column >= asciiStart() && column < asciiStart() + kBytesPerRow)
        return column - asciiStart();
    return std::nullopt;
}

uint64_t hexRows(uint64_t deviceSize) {
    return deviceSize / HexViewLayout::kBytesPerRow +
           (deviceSize % HexViewLayout::kBytesPerRow != 0 ? 1 : 0);
}

uint64_t lastTopRow(uint64_t deviceSize, uint64_t visibleRows) {
    const uint64_t rows = hexRows(deviceSize);
    return rows > visibleRows ? rows - visibleRows : 0;
}

uint64_t topRowShowing(uint64_t row, uint64_t topRow, uint64_t visibleRows) {
    if (row < topRow)
        return row;
    if (row >= topRow + visibleRows)
        return row - visibleRows + 1;
    return topRow;
}

std::optional<uint64_t> movedCursor(uint64_t cursor, HexMove move, uint64_t pageBytes,
                                    uint64_t deviceSize) {
    constexpr uint64_t kRow = HexViewLayout::kBytesPerRow;
    uint64_t target = cursor;
    switch (move) {
    case HexMove::Left:
        target = cursor ? cursor - 1 : 0;
        break;
    case HexMove::Right:
        target = cursor + 1;
        break;
    case HexMove::Up:
        target = cursor >= kRow ? cursor - kRow : cursor;
        break;
    case HexMove::Down:
        target = cursor + kRow;
        break;
    case HexMove::PageUp:
        target = cursor >= pageBytes ? cursor - pageBytes : 0;
        break;
    case HexMove::PageDown:
        target = cursor + pageBytes;
        break;
    }
    if (target >= deviceSize)
        return std::nullopt;
    return target;
}

} // namespace famscope::report
