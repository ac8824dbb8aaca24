// Edit ▸ Undo last write session: every write session backs up the metadata region before its
// first write; undo ends write mode (releasing the lock), puts that backup back with core's
// restoreMetadata (which takes the lock itself and refuses a mounted target) and reloads, so
// every view shows the file system as it was before the session. File data written by the
// session stays on the media but is no longer referenced, exactly as after `famscope restore`.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace famscope::ui {

class Document;
class WriteMode;

class UndoController : public QObject {
    Q_OBJECT
public:
    // Asked before anything is changed; returns whether to go on. Tests replace the dialog.
    using Confirm = std::function<bool(const QString& question)>;

    UndoController(WriteMode* writeMode, Document* document, Confirm confirm,
                   QObject* parent = nullptr);

    bool canUndo() const;
    // False when there is nothing to undo, the user declined, or restoring failed (error()).
    bool undo();
    QString error() const { return error_; }
    void setConfirm(Confirm confirm) { confirm_ = std::move(confirm); }

signals:
    void undone(const QString& target);

private:
    WriteMode* writeMode_;
    Document* document_;
    Confirm confirm_;
    QString error_;
};

} // namespace famscope::ui
