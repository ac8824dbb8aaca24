// Free space of the open file system: the free-run histogram (Qt Charts), the largest free
// run, the free total and the space amplification (see fs/Fragmentation.h for the
// definitions, repeated in the tooltips), and the "Will it fit?" form, whose planned ranges
// are forwarded as planPreview for the device heatmap to highlight.
#pragma once

#include "core/fs/Fragmentation.h"
#include "ui/document/Snapshot.h"

#include <QWidget>

#include <memory>
#include <vector>

class QChartView;
class QLabel;

namespace famscope::ui {

class FitForm;

class FragmentationPanel : public QWidget {
    Q_OBJECT
public:
    explicit FragmentationPanel(QWidget* parent = nullptr);

    void setSnapshot(std::shared_ptr<const Snapshot> snapshot);

signals:
    // Where a planned file would land (offset and length on the device, device index 0);
    // empty to clear the highlight.
    void planPreview(std::vector<famscope::famfs::SimpleExtent> deviceRanges);

private:
    void showFigures();
    void rebuildChart();

    std::shared_ptr<const Snapshot> snapshot_;
    fs::Fragmentation fragmentation_;
    QLabel* free_;
    QLabel* largest_;
    QLabel* amplification_;
    QLabel* overhead_;
    QChartView* chartView_;
    FitForm* fit_;
};

} // namespace famscope::ui
