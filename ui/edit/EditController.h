// Everything that writes, wired into the main window: the write-mode toggle (Edit menu and a
// status-bar button) with its unmistakable bar, the refusal bar, the edit dialogs (new image,
// format device, create file with heatmap preview, mkdir, import by dialog or by dropping on
// the namespace tree), Undo, and Repair (from the Edit menu or the fsck tab). After every write and
// after undo the document reloads, so every view refreshes.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace famscope::ui {

class CreateFileDialog;
class ImportJob;
class MainWindow;
class MkdirDialog;
class MkfsDeviceDialog;
class NewImageDialog;
class RepairDialog;
class TreeDropImport;
class UndoController;
class WriteMode;

class EditController : public QObject {
    Q_OBJECT
public:
    EditController(MainWindow* window, QMenu* fileMenu, QMenu* editMenu);
    ~EditController() override;

    WriteMode* writeMode() const { return writeMode_; }
    UndoController* undoController() const { return undo_; }
    ImportJob* importJob() const { return import_; }
    TreeDropImport* treeDrop() const { return drop_; }
    QAction* writeModeAction() const { return writeAction_; }
    QAction* undoAction() const { return undoAction_; }
    QAction* repairAction() const { return repairAction_; }
    QWidget* writeBar() const { return writeBar_; }
    QLabel* refusalLabel() const { return refusal_; }

    // Turns write mode on for the open target; on refusal shows why and stays read-only.
    bool setWriteMode(bool on);
    QString decorateTitle(const QString& title) const; // marks the window title in write mode

    // The dialogs, parented to the window and wired (tests drive them directly).
    CreateFileDialog* createFileDialog();
    MkdirDialog* mkdirDialog();
    NewImageDialog* newImageDialog();
    MkfsDeviceDialog* mkfsDeviceDialog();
    RepairDialog* repairDialog(); // on the open target; null when none or the demo

    void importWithDialog(bool folder);
    void undoWithConfirmation();

private:
    void buildBars();
    void buildActions(QMenu* fileMenu, QMenu* editMenu);
    void updateState();
    void documentLoaded();
    QString currentDirectory() const;
    void showDialog(QWidget* dialog);

    MainWindow* window_;
    WriteMode* writeMode_;
    UndoController* undo_;
    ImportJob* import_;
    TreeDropImport* drop_;
    QWidget* writeBar_ = nullptr;
    QLabel* writeText_ = nullptr;
    QLabel* refusal_ = nullptr;
    QAction* writeAction_ = nullptr;
    QAction* createAction_ = nullptr;
    QAction* mkdirAction_ = nullptr;
    QAction* importFilesAction_ = nullptr;
    QAction* importFolderAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* repairAction_ = nullptr;
};

} // namespace famscope::ui
