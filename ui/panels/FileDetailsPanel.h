// Details of the selected file: what it is, its extent table and the stripe diagram. Follows
// the shared selection; picking an extent shows its bytes in the hex view. The extent or strip
// holding the resolver's location is selected in the table and outlined in the diagram.
#pragma once

#include "ui/SelectionModel.h"
#include "ui/document/Snapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace famscope::ui {

class ExtentModel;
class StripeDiagram;

class FileDetailsPanel : public QWidget {
    Q_OBJECT
public:
    FileDetailsPanel(SelectionModel* selection, QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

signals:
    // The bytes of the chosen extent, or the start of a newly selected file's data.
    void showBytes(uint64_t offset, uint64_t length);
    // The same on another device than 0 (devindex > 0).
    void showDeviceBytes(uint64_t devindex, uint64_t offset, uint64_t length);

private:
    void showPath(const QString& path);
    void showLocation(const std::optional<ResolvedLocation>& location);

    SelectionModel* selection_;
    std::shared_ptr<const Snapshot> snapshot_;
    QLabel* title_;
    ExtentModel* model_;
    QTableView* view_;
    StripeDiagram* diagram_;
};

} // namespace famscope::ui
