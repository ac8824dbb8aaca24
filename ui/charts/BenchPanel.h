// The benchmark panel: choose a target and options, run the fault benchmark off the GUI
// thread (progress, Cancel), keep every run in a history whose checked entries are compared
// on three charts (ns/fault with whiskers on a log axis, GiB/s with the bandwidth line,
// latency CDF), and export the compared runs as CSV or the charts as PNG.
#pragma once

#include "ui/charts/BenchHistory.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QChartView;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace famscope::ui {

class BenchJob;

class BenchPanel : public QWidget {
    Q_OBJECT
public:
    explicit BenchPanel(QWidget* parent = nullptr);
    ~BenchPanel() override;

    // The runs made so far; the charts are the QChartViews benchFaultChart,
    // benchThroughputChart and benchLatencyChart.
    const BenchHistory& history() const { return history_; }
    std::vector<const BenchRun*> comparedRuns() const; // checked history entries, in order

    bool exportCsv(const QString& path, QString* error = nullptr) const;
    bool exportPng(const QString& path, QString* error = nullptr) const; // the visible chart

signals:
    void runFinished();
    void runFailed(const QString& error);

private:
    void startRun();
    void finished(std::shared_ptr<bench::BenchReport> report);
    void failed(const QString& error);
    void setRunning(bool running);
    void refreshCharts();
    void exportCsvAsked();
    void exportPngAsked();

    BenchJob* job_;
    BenchHistory history_;
    QLineEdit* target_;
    QLineEdit* pageSizes_;
    QLineEdit* size_;
    QSpinBox* threads_;
    QSpinBox* reps_;
    QSpinBox* warmups_;
    QCheckBox* write_;
    QCheckBox* random_;
    QCheckBox* populate_;
    QCheckBox* latency_;
    QPushButton* run_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* status_;
    QListWidget* historyList_;
    QTabWidget* charts_;
    QChartView* faultView_;
    QChartView* throughputView_;
    QChartView* latencyView_;
};

} // namespace famscope::ui
