// The hex view with its go-to-offset line and a line naming the structure field under the
// cursor (the Structures tool's read-out).
#pragma once

#include "ui/document/Snapshot.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace famscope::ui {

class HexView;

class HexPanel : public QWidget {
    Q_OBJECT
public:
    explicit HexPanel(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

    // Moves to `offset` and highlights `length` bytes (0: only the cursor).
    void showBytes(uint64_t offset, uint64_t length);
    void focusOffsetEdit();

    // "0x200000", "2097152", "2M", "4k": report::parseSize, what the go-to line accepts.
    static std::optional<uint64_t> parseOffset(const QString& text);

private:
    void goToTyped();
    void describe(uint64_t offset);

    HexView* hex_;
    QLineEdit* offset_;
    QLabel* field_;
};

} // namespace famscope::ui
