// Live watch of the open target's log: other processes and hosts append entries to a shared
// famfs log while famscope looks at it. A timer re-reads the 48-byte log header (its own
// read-only open per poll, so nothing is held open between polls) and, when next_index or the
// header's CRC differs from the header the shown snapshot was built from, reloads the
// document. Never for the in-memory demo.
#pragma once

#include "ui/document/Snapshot.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace famscope::ui {

class Document;

class LogWatcher : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit LogWatcher(Document* document, QObject* parent = nullptr);

    // The snapshot now shown: its log header is the baseline; watching starts for image files
    // and devdax devices.
    void setSnapshot(const std::shared_ptr<const Snapshot>& snapshot);
    void setInterval(int ms) { timer_.setInterval(ms); }
    bool isWatching() const { return timer_.isActive(); }
    void setEnabled(bool enabled);
    // One poll now (the timer calls this): true when a change was seen and a reload started.
    bool poll();

signals:
    // The log changed on the target and a reload started; `message` says how (status bar).
    void logChanged(qint64 newEntries, const QString& message);

private:
    Document* document_;
    QTimer timer_;
    QString path_;
    uint64_t nextIndex_ = 0;
    uint64_t crc_ = 0;
    bool enabled_ = true;
    bool reloadPending_ = false;
};

} // namespace famscope::ui
