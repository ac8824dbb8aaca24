#include "ui/verify/VerifyJob.h"

#include "core/edit/PatternIo.h"
#include "core/fs/Resolver.h"
#include "core/report/SeedText.h"
#include "ui/util/ShownText.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace famscope::ui {

namespace {

void runAll(QPromise<VerifyOutcome>& promise, std::shared_ptr<const Snapshot> snapshot,
            const QList<VerifyItem>& items, const DeviceLookup& otherDevices) {
    uint64_t total = 0;
    for (const VerifyItem& item : items)
        if (const fs::FsFile* f = snapshot->ns.findFile(pathBytes(item.path)))
            total += f->size;
    promise.setProgressRange(0, 1000);
    std::atomic<uint64_t> done{0};
    auto progress = [&](uint64_t bytes) {
        const uint64_t now = done.fetch_add(bytes) + bytes;
        if (total > 0)
            promise.setProgressValue(
                static_cast<int>(std::min<uint64_t>(now, total) * 1000 / total));
        return !promise.isCanceled();
    };
    for (const VerifyItem& item : items) {
        if (promise.isCanceled())
            return;
        VerifyOutcome r = verifyOne(*snapshot, item, progress, otherDevices);
        promise.addResult(r);
    }
    promise.setProgressValue(1000);
}

} // namespace

std::optional<QList<VerifyItem>> parseSeedList(const QString& text, QString* error) {
    const report::SeedList list = report::parseSeedList(text.toStdString());
    if (!list.ok()) {
        if (error)
            *error = VerifyJob::tr("Line %1: expected \"path seed\", got \"%2\".")
                         .arg(list.badLine)
                         .arg(QString::fromStdString(list.badText));
        return std::nullopt;
    }
    QList<VerifyItem> items;
    for (const report::SeededPath& item : list.items)
        items.push_back({QString::fromStdString(item.path), item.seed});
    return items;
}

VerifyOutcome verifyOne(const Snapshot& snapshot, const VerifyItem& item,
                        const std::function<bool(uint64_t)>& progress,
                        const DeviceLookup& otherDevices) {
    VerifyOutcome r;
    r.path = item.path;
    r.seed = item.seed;
    const fs::FsFile* f = snapshot.ns.findFile(pathBytes(item.path));
    if (!f) {
        r.error = VerifyJob::tr("no such file");
        return r;
    }
    r.size = f->size;
    edit::PatternOptions options;
    options.progress = progress;
    options.otherDevice = otherDevices;
    auto v = edit::verifyPattern(snapshot.media(), f->map, f->size, item.seed, options);
    if (!v) {
        r.error = QString::fromStdString(v.error());
        return r;
    }
    if (v->unbackedBytes != 0) // a failure, whatever the backed part holds
        r.error = QString::fromStdString(edit::unbackedText(*v));
    r.bytesVerified = v->bytesVerified;
    r.cancelled = v->cancelled;
    r.mismatchOffset = v->mismatchOffset;
    if (r.mismatchOffset)
        if (auto run = fs::resolve(f->map, f->size, *r.mismatchOffset, 4)) {
            r.deviceOffset = run->deviceOffset;
            r.devindex = run->devindex;
        }
    return r;
}

VerifyJob::VerifyJob(QObject* parent) : QObject(parent) {
    connect(&watcher_, &QFutureWatcherBase::progressValueChanged, this, &VerifyJob::progress);
    connect(&watcher_, &QFutureWatcherBase::resultsReadyAt, this, [this](int begin, int end) {
        for (int i = begin; i < end; ++i)
            emit outcome(watcher_.resultAt(i));
    });
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        const bool cancelled = watcher_.isCanceled();
        emit finished(cancelled);
    });
}

VerifyJob::~VerifyJob() {
    watcher_.cancel();
    watcher_.waitForFinished();
}

void VerifyJob::start(std::shared_ptr<const Snapshot> snapshot, const QList<VerifyItem>& items,
                      DeviceLookup otherDevices) {
    if (running() || !snapshot)
        return;
    watcher_.setFuture(
        QtConcurrent::run(runAll, std::move(snapshot), items, std::move(otherDevices)));
}

void VerifyJob::cancel() {
    watcher_.cancel();
}

} // namespace famscope::ui
