// Every decoded superblock and log header field with offset, value, meaning and check status;
// a summary line on top (layout, log use, load warnings). Picking a field shows its bytes.
#pragma once

#include "ui/document/Snapshot.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace famscope::ui {

class StructureFieldsModel;

class SuperblockPanel : public QWidget {
    Q_OBJECT
public:
    explicit SuperblockPanel(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    QTableView* view() const { return view_; }
    // Selects the field called `field`; of two with that name (crc), the one at device `offset`.
    void showField(const QString& field, uint64_t offset);

signals:
    void showBytes(uint64_t offset, uint64_t length);

private:
    QLabel* summary_;
    StructureFieldsModel* model_;
    QTableView* view_;
};

} // namespace famscope::ui
