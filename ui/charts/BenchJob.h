// Runs one fault benchmark off the GUI thread (QtConcurrent) with progress, stage text and
// Cancel. The engine checks the cancel flag between repetitions, so Cancel stops within one
// repetition.
#pragma once

#include "core/bench/Session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace famscope::ui {

struct BenchOutcome {
    std::shared_ptr<bench::BenchReport> report; // null on failure
    QString error;
};

class BenchJob : public QObject {
    Q_OBJECT
public:
    explicit BenchJob(QObject* parent = nullptr);
    ~BenchJob() override;

    bool running() const { return watcher_.isRunning(); }
    // Opens `target` (see BenchTarget.h) and runs the benchmark; ignored while running.
    void start(const QString& target, const bench::BenchOptions& options);
    void cancel();
    void waitForFinished() { watcher_.waitForFinished(); }

signals:
    void progress(int permille, const QString& stage);
    void finished(std::shared_ptr<famscope::bench::BenchReport> report);
    void failed(const QString& error);

private:
    void done();

    QFutureWatcher<BenchOutcome> watcher_;
    std::shared_ptr<std::atomic<bool>> cancelled_;
};

} // namespace famscope::ui
