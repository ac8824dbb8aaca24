// Everything that writes, wired into the main window: the write-mode toggle (Edit menu and a
// status-bar button) with its unmistakable bar, the refusal bar, the edit dialogs (new image,
// format device, create file with heatmap preview, mkdir, import by dialog or by dropping on
// the namespace tree), Undo, and Repair (from the Edit menu or the fsck tab). After every write and
// after undo the document reloads, so every view refreshes.
#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QWidget;

namespace famscope::ui {

class CreateFileDialog;
class Document;
class HeatmapPanel;
class ImportJob;
class MkdirDialog;
class MkfsDeviceDialog;
class NewImageDialog;
class PendingRepairBanner;
class RepairDialog;
class SelectionModel;
class TreeDropImport;
class UndoController;
class WriteMode;

class EditController : public QObject {
    Q_OBJECT
public:
    // What the controller works with, handed over by the window that owns them all.
    struct Parts {
        QMainWindow* window; // parent of the bars and dialogs; its status bar shows outcomes
        Document* document;
        SelectionModel* selection;        // the directory to create in or import into
        QAbstractItemView* namespaceTree; // a drop target for imports
        HeatmapPanel* heatmap;            // previews where a file being created would go
        QMenu* fileMenu;
        QMenu* editMenu;
    };
    explicit EditController(const Parts& parts);
    ~EditController() override;

    WriteMode* writeMode() const { return writeMode_; }

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

signals:
    void imageFormatted(const QString& path); // a new image or device to open

private:
    void buildBars();
    void buildActions(QMenu* fileMenu, QMenu* editMenu);
    void updateState();
    void documentLoaded();
    QString currentDirectory() const;
    void showDialog(QWidget* dialog);

    QMainWindow* window_;
    Document* document_;
    SelectionModel* selection_;
    HeatmapPanel* heatmap_;
    WriteMode* writeMode_;
    UndoController* undo_;
    ImportJob* import_;
    TreeDropImport* drop_;
    QWidget* writeBar_ = nullptr;
    QLabel* writeText_ = nullptr;
    QLabel* refusal_ = nullptr;
    PendingRepairBanner* pendingRepair_ = nullptr;
    QAction* writeAction_ = nullptr;
    QAction* createAction_ = nullptr;
    QAction* mkdirAction_ = nullptr;
    QAction* importFilesAction_ = nullptr;
    QAction* importFolderAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* repairAction_ = nullptr;
};

} // namespace famscope::ui
