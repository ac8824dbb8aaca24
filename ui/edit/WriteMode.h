// Write mode: while it is on, one EditSession holds the target's write lock, and every edit
// dialog writes through it. Read-only is the default. Turning it on can be refused (mounted,
// another host's file system, locked by another writer, damaged log, the in-memory demo); the
// reason is core's own text. Ending write mode releases the lock; the metadata backup of the
// last session that wrote anything stays known for Undo.
#pragma once

#include "core/edit/EditSession.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace famscope::ui {

class WriteMode : public QObject {
    Q_OBJECT
public:
    explicit WriteMode(QObject* parent = nullptr);
    ~WriteMode() override;

    // What every session is opened with (tests point the mount table, the host identity and
    // the backup directory at their own files).
    edit::SessionOptions& options() { return options_; }

    // Opens a session on `target` (a path; `isDemo` for the built-in demo, which is refused).
    // On refusal returns false, lastError() says why and write mode stays off.
    bool enable(const QString& target, bool isDemo);
    void disable();

    bool isOn() const { return session_ != nullptr; }
    // Null while write mode is off or a background job (import) owns the session.
    edit::EditSession* session() const { return busy_ ? nullptr : session_.get(); }
    QString unavailableReason() const; // why session() is null
    // An import runs on another thread: until it ends, nothing else may touch the session, and
    // disable() is ignored (the reload after the import ends write mode when the target changed).
    void setBusy(bool busy) { busy_ = busy; }
    bool isBusy() const { return busy_; }
    QString target() const { return target_; }
    QString lastError() const { return lastError_; }
    // Backup of the most recent session that wrote (empty when none wrote yet) and its target.
    QString lastBackup() const;
    QString lastBackupTarget() const { return backupTarget_; }
    void forgetBackup();
    // A backup taken outside a session (a repair): Undo puts it back like a session's.
    void rememberBackup(const QString& backup, const QString& target);

    // Called by whatever wrote through session(): remembers the backup and emits wrote().
    void noteWrite();

signals:
    void changed(bool on);
    void wrote();

private:
    void recordBackup();
    std::string uniqueBackupPath(const std::string& target);

    edit::SessionOptions options_;
    std::unique_ptr<edit::EditSession> session_;
    QString target_;
    QString lastError_;
    QString backup_;
    QString backupTarget_;
    uint64_t sessionCount_ = 0;
    bool busy_ = false;
};

} // namespace famscope::ui
