// A read-only hex view over a whole device: offset, 16 bytes in hex, ASCII. Bytes are read
// through the snapshot's media for the visible rows only, so a multi-terabyte device costs no
// more than a small image. It shows device 0 (the target) or another device of the file system
// whose media was opened (OpenedDevices). The structure overlay colours and names the famfs fields
// under the bytes; one highlighted range marks what the rest of the window selected.
#pragma once

#include "core/report/HexViewLayout.h"
#include "ui/document/Snapshot.h"

#include <QAbstractScrollArea>

#include <memory>
#include <optional>

namespace famscope::ui {

// The famfs field under some bytes (report/StructureOverlay.h), as the view and its panel
// show it.
struct OverlayRegion {
    uint64_t offset = 0;
    uint64_t size = 0;
    QString name;   // "superblock.ts_magic", "entry 3.fm_size"
    int colour = 0; // index into the view's overlay palette
};

class HexView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int kBytesPerRow = report::HexViewLayout::kBytesPerRow;

    explicit HexView(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    // Shows device `index` of the snapshot's file system: 0 is the snapshot's media (with the
    // structure overlay), another index the media given, or nothing when it is not open.
    void setDevice(uint64_t index, std::shared_ptr<media::Media> deviceMedia);
    uint64_t device() const { return device_; }
    uint64_t mediaSize() const;

    // Scrolls so `offset` is visible (its row near the top) and puts the cursor there.
    void goToOffset(uint64_t offset);
    void setHighlight(uint64_t offset, uint64_t length); // length 0 clears
    uint64_t cursorOffset() const { return cursor_; }
    uint64_t topOffset() const { return topRow_ * kBytesPerRow; }
    std::pair<uint64_t, uint64_t> highlight() const { return {highlightStart_, highlightLen_}; }

    // The bytes the view shows at [offset, offset + len), clipped to the media (tests, copy).
    QByteArray bytesAt(uint64_t offset, uint64_t len) const;
    OverlayRegion regionAt(uint64_t offset) const;

    QSize sizeHint() const override; // wide enough for every column

signals:
    void cursorMoved(uint64_t offset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void reset(); // top, cursor and highlight back to the start of what is shown
    int visibleRows() const;
    void updateScrollBar();
    void setTopRow(uint64_t row);
    std::optional<uint64_t> offsetAt(const QPoint& pos) const;
    QColor overlayColour(int index) const;

    media::Media* shownMedia() const; // what the view shows, or nullptr

    std::shared_ptr<const Snapshot> snapshot_;
    uint64_t device_ = 0;
    std::shared_ptr<media::Media> deviceMedia_; // device_ > 0: its media, when open
    uint64_t topRow_ = 0;
    uint64_t cursor_ = 0;
    uint64_t highlightStart_ = 0;
    uint64_t highlightLen_ = 0;
    uint64_t rowsPerStep_ = 1; // scroll bar units are ints: huge devices scroll in steps
    bool syncingScrollBar_ = false;
    report::HexViewLayout layout_;
    int charWidth_ = 8;
    int rowHeight_ = 16;
};

} // namespace famscope::ui
