// Pattern verification of a list of files (path, seed) off the GUI thread: one QtConcurrent
// task walks the files in order through edit::verifyPattern (the resolver's mapping), reports
// progress over the bytes of all files and stops within one window when cancelled. A mismatch
// also carries the device offset of the first bad word, resolved the way the kernel maps it.
#pragma once

#include "ui/document/Snapshot.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace famscope::ui {

struct VerifyItem {
    QString path;
    uint64_t seed = 0;
};

struct VerifyOutcome {
    QString path;
    uint64_t seed = 0;
    uint64_t size = 0;
    uint64_t bytesVerified = 0;
    std::optional<uint64_t> mismatchOffset; // file offset of the first bad word
    std::optional<uint64_t> deviceOffset;   // where that word is on its device
    uint64_t devindex = 0;                  // which device
    bool cancelled = false;
    QString error; // the file is missing or could not be read
    bool ok() const { return error.isEmpty() && !cancelled && !mismatchOffset; }
};

// "path seed" per line, read by report::parseSeedList (blank lines and '#' comments ignored).
// On a bad line, returns nothing and sets `error` to what is wrong with which line.
std::optional<QList<VerifyItem>> parseSeedList(const QString& text, QString* error);

// The media of an open device other than 0, or nullptr (OpenedDevices::lookup()).
using DeviceLookup = std::function<media::Media*(uint64_t devindex)>;

// Verifies one file synchronously; `progress` is called from the worker threads. Pieces on a
// device other than 0 are read from `otherDevices`; without it they are an error.
VerifyOutcome verifyOne(const Snapshot& snapshot, const VerifyItem& item,
                        const std::function<bool(uint64_t)>& progress = {},
                        const DeviceLookup& otherDevices = {});

class VerifyJob : public QObject {
    Q_OBJECT
public:
    explicit VerifyJob(QObject* parent = nullptr);
    ~VerifyJob() override;

    bool running() const { return watcher_.isRunning(); }
    // Verifies `items` in order; ignored while running.
    void start(std::shared_ptr<const Snapshot> snapshot, const QList<VerifyItem>& items,
               DeviceLookup otherDevices = {});
    void cancel();
    void waitForFinished() { watcher_.waitForFinished(); }

signals:
    void progress(int permille);
    void outcome(const famscope::ui::VerifyOutcome& result); // one per file, in order
    void finished(bool cancelled);

private:
    QFutureWatcher<VerifyOutcome> watcher_;
};

} // namespace famscope::ui

Q_DECLARE_METATYPE(famscope::ui::VerifyOutcome)
