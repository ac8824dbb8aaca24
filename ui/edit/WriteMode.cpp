#include "ui/edit/WriteMode.h"

#include "core/edit/Backup.h"

#include <QDir>
#include <QStandardPaths>

#include <sys/stat.h>

namespace famscope::ui {

WriteMode::WriteMode(QObject* parent) : QObject(parent) {}

std::string WriteMode::uniqueBackupPath(const std::string& target) {
    // Next to an image; a device's directory is /dev, so its backups go to the application's
    // data directory.
    struct stat st {};
    const bool device = ::stat(target.c_str(), &st) == 0 && S_ISCHR(st.st_mode);
    QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (device && !fallback.isEmpty() && QDir().mkpath(fallback))
        fallback = QDir(fallback).absolutePath();
    else
        fallback = QStringLiteral(".");
    return edit::numberedBackupPath(edit::defaultBackupPath(target, device, fallback.toStdString()),
                                    sessionCount_);
}

WriteMode::~WriteMode() = default;

bool WriteMode::enable(const QString& target, bool isDemo) {
    if (busy_) { // the running import keeps its session
        lastError_ = unavailableReason();
        return false;
    }
    if (isOn())
        disable();
    lastError_.clear();
    if (isDemo) {
        lastError_ = tr("The built-in demo lives in memory only and cannot be written. Create an "
                        "image with File ▸ New image… to try editing.");
        return false;
    }
    if (target.isEmpty()) {
        lastError_ = tr("Nothing is open.");
        return false;
    }
    edit::SessionOptions options = options_;
    if (options.backupPath.empty())
        options.backupPath = uniqueBackupPath(target.toStdString());
    auto session = edit::EditSession::open(target.toStdString(), options);
    if (!session) {
        lastError_ = QString::fromStdString(session.error());
        // The window offers no force: the CLI's hint about one would only confuse.
        if (const auto hint = lastError_.indexOf(QLatin1String("; use --force")); hint > 0)
            lastError_.truncate(hint);
        return false;
    }
    session_ = std::move(session.value());
    target_ = target;
    emit changed(true);
    return true;
}

void WriteMode::disable() {
    if (!session_ || busy_)
        return;
    recordBackup(); // Undo still knows this session's backup
    session_.reset();
    target_.clear();
    emit changed(false);
}

QString WriteMode::unavailableReason() const {
    if (busy_)
        return tr("An import is running; wait until it has finished.");
    return session_ ? QString() : tr("Write mode is off.");
}

QString WriteMode::lastBackup() const {
    if (session_ && !session_->backupFile().empty())
        return QString::fromStdString(session_->backupFile());
    return backup_;
}

void WriteMode::forgetBackup() {
    backup_.clear();
    backupTarget_.clear();
}

void WriteMode::rememberBackup(const QString& backup, const QString& target) {
    backup_ = backup;
    backupTarget_ = target;
}

void WriteMode::noteWrite() {
    recordBackup();
    emit wrote();
}

void WriteMode::recordBackup() {
    if (!session_ || session_->backupFile().empty())
        return;
    backup_ = QString::fromStdString(session_->backupFile());
    backupTarget_ = target_;
}

} // namespace famscope::ui
