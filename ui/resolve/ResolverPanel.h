// The resolver panel: how the kernel turns an offset of the selected file into a device
// offset, step by step with the numbers (fs::explain, the same steps as `famscope resolve
// --explain`), and which page a fault maps there (fs::faultAt). Follows the shared selection,
// and publishes the resolved location in it for the other views to highlight.
#pragma once

#include "ui/document/Snapshot.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QLineEdit;
class QListWidget;

namespace famscope::ui {

class FileRangeBar;
class SelectionModel;

class ResolverPanel : public QWidget {
    Q_OBJECT
public:
    ResolverPanel(SelectionModel* selection, QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    void showOffset(uint64_t fileOffset); // as if picked on the bar

signals:
    // The bytes an offset resolved to on device 0 (the one the hex view shows): from the device
    // offset to the end of its 4 KiB page, or of the mapped run if that ends sooner.
    void showBytes(uint64_t deviceOffset, uint64_t length);
    // The same on another device than 0 (devindex > 0).
    void showDeviceBytes(uint64_t devindex, uint64_t offset, uint64_t length);

private:
    void showPath(const QString& path);
    void offsetTyped();
    void clearResult();

    SelectionModel* selection_;
    std::shared_ptr<const Snapshot> snapshot_;
    const fs::FsFile* file_ = nullptr;
    QLabel* title_;
    FileRangeBar* bar_;
    QLabel* pageTotals_;
    QLineEdit* offsetEdit_;
    QLabel* message_;
    QListWidget* steps_;
    QLabel* device_;
    QLabel* deviceOffset_;
    QLabel* mappedLength_;
    QLabel* faultPage_;
};

} // namespace famscope::ui
