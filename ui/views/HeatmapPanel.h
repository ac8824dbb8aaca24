// The heatmap tab: the HeatmapView with its controls. Colour mode (owner, log age, fsck
// severity; fsck runs off the GUI thread, on the log as of the time-travel point), the legend,
// the overview strip, the time-travel slider over log entries 0..next_index with Play, and
// PNG/SVG export. A side area takes further device tools (addSidePanel).
#pragma once

#include "core/format/LogEntry.h"
#include "core/fsck/Finding.h"
#include "ui/views/HeatmapColours.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSplitter;
class QTimer;

namespace famscope::ui {

struct Snapshot;
class HeatmapLegend;
class HeatmapOverview;
class HeatmapRenderer;
class HeatmapView;
class SelectionModel;

class HeatmapPanel : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapPanel(SelectionModel* selection, QWidget* parent = nullptr);
    ~HeatmapPanel() override;

    void setSnapshot(std::shared_ptr<Snapshot> snapshot);
    HeatmapView* view() const { return view_; }
    void addSidePanel(QWidget* panel);
    // Outlines where a planned file would land (HeatmapRenderer::setPreview); empty clears.
    void showPreview(const std::vector<famfs::SimpleExtent>& ranges, bool interleaved = false,
                     uint64_t chunkSize = 0);

    void setMode(HeatmapMode mode);
    void setTime(uint64_t entries); // the device as after log entries [0, entries)
    void play();
    void stop();
    bool isPlaying() const;
    // Blocks until the fsck for the severity mode has finished, and the one for the current
    // time-travel point if the slider moved meanwhile (tests, screenshots).
    void waitForFsck();
    // The time-travel point the fsck colours are for (log entries applied), if any.
    std::optional<uint64_t> findingsTime() const { return findingsTime_; }

    static QString modeName(HeatmapMode mode);
    static QString pictureTitle(const HeatmapRenderer& renderer);

private:
    void exportPicture(bool svg);
    void startFsck();
    void fsckFinished();
    void updateTimeLabel();
    void updateLegend();
    void updateScale();

    std::shared_ptr<HeatmapRenderer> renderer_;
    HeatmapView* view_;
    HeatmapOverview* overview_;
    HeatmapLegend* legend_;
    QComboBox* mode_;
    QSlider* slider_;
    QLabel* timeLabel_;
    QPushButton* playButton_;
    QLabel* scale_;
    QLabel* status_;
    QLabel* hover_;
    QSplitter* splitter_;
    QTimer* playTimer_;
    QFutureWatcher<std::vector<fsck::Finding>>* fsckWatcher_ = nullptr;
    uint64_t fsckTime_ = 0;                // the point the running fsck is for
    std::optional<uint64_t> findingsTime_; // the point the renderer's findings are for
};

} // namespace famscope::ui
