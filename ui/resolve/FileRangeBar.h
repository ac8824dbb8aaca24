// The selected file's byte range as a bar, with a strip under it colouring each range by the
// largest page a fault can map there (fs::faultPages). Click or drag on it to pick an offset.
#pragma once

#include "core/fs/FaultPages.h"

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace famscope::ui {

class FileRangeBar : public QWidget {
    Q_OBJECT
public:
    explicit FileRangeBar(QWidget* parent = nullptr);

    // `size` bytes [0, size) are pickable; `ranges` may run past size (to the next 4 KiB).
    void setFile(uint64_t size, std::vector<fs::FaultRange> ranges);
    void setMarker(std::optional<uint64_t> fileOffset);

    static QColor pageColour(fs::FaultPage page);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void offsetPicked(uint64_t fileOffset);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void pick(int x);

    uint64_t size_ = 0;
    std::vector<fs::FaultRange> ranges_;
    std::optional<uint64_t> marker_;
};

} // namespace famscope::ui
