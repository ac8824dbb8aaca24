#include "ui/charts/BenchJob.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace famscope::ui {

BenchJob::BenchJob(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcher<BenchOutcome>::finished, this, &BenchJob::done);
}

BenchJob::~BenchJob() {
    cancel();
    watcher_.waitForFinished();
}

void BenchJob::start(const QString& target, const bench::BenchOptions& options) {
    if (running())
        return;
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    cancelled_ = cancelled;
    // The destructor waits for the run, so `this` outlives the worker; progress is queued to
    // this object's thread and dropped if it is gone by then.
    BenchJob* self = this;
    const std::string spec = target.toStdString();
    watcher_.setFuture(QtConcurrent::run([spec, options, cancelled, self]() -> BenchOutcome {
        auto parsed = bench::parseTargetSpec(spec);
        if (!parsed)
            return {nullptr, QString::fromStdString(parsed.error())};
        const bool write = options.run.access == bench::AccessKind::Write;
        auto opened = bench::BenchTarget::open(*parsed, write);
        if (!opened)
            return {nullptr, QString::fromStdString(opened.error())};
        bench::Progress progress;
        progress.cancelled = [cancelled] { return cancelled->load(); };
        progress.report = [self](double fraction, const std::string& stage) {
            const int permille = static_cast<int>(fraction * 1000);
            const QString text = QString::fromStdString(stage);
            QMetaObject::invokeMethod(
                self, [self, permille, text] { emit self->progress(permille, text); },
                Qt::QueuedConnection);
        };
        auto report = bench::runBench(**opened, options, progress);
        if (!report)
            return {nullptr, QString::fromStdString(report.error())};
        return {std::make_shared<bench::BenchReport>(std::move(*report)), QString()};
    }));
}

void BenchJob::cancel() {
    if (cancelled_)
        cancelled_->store(true);
}

void BenchJob::done() {
    const BenchOutcome outcome = watcher_.result();
    if (outcome.report)
        emit finished(outcome.report);
    else
        emit failed(outcome.error);
}

} // namespace famscope::ui
