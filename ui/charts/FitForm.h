// "Will it fit?": a size with units, a strip count, and for strips the bucket count and chunk
// size; Check asks famfs's allocator for a plan on the open file system (nothing is written)
// and shows either the extents or strips it would get, or why it does not fit. Every plan is
// announced through planPreview so a device view can highlight where the file would land.
#pragma once

#include "core/edit/FitAdvisor.h"
#include "ui/document/Snapshot.h"

#include <QGroupBox>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace famscope::ui {

class FitForm : public QGroupBox {
    Q_OBJECT
public:
    explicit FitForm(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);
    void check(); // what the Check button does

    // Controls, for tests and keyboard-free use.
    const std::optional<edit::FitAnswer>& answer() const { return answer_; }
    uint64_t sizeBytes() const;

signals:
    // The device ranges a planned file would occupy; empty when nothing fits or the plan was
    // cleared (new file system, changed question).
    void planPreview(std::vector<famscope::famfs::SimpleExtent> deviceRanges);

private:
    void clearResult();
    void showAnswer(const edit::FitAnswer& a);
    void fillPlanTable(const edit::FitAnswer& a);

    std::shared_ptr<const Snapshot> snapshot_;
    std::optional<edit::FitAnswer> answer_;
    QDoubleSpinBox* size_;
    QComboBox* unit_;
    QSpinBox* strips_;
    QSpinBox* buckets_;
    QComboBox* chunk_;
    QPushButton* check_;
    QLabel* verdict_;
    QLabel* reason_;
    QTableWidget* plan_;
    QVBoxLayout* layout_ = nullptr;
};

} // namespace famscope::ui
