// The famscope main window. Layout: the tabs (Superblock, Log, Devices, Heatmap, ...) in the
// centre; the namespace tree, the file details and the hex view are dock widgets the user
// shows, hides and moves, and their arrangement is saved (MainWindowLayout.cpp). The window
// owns the Document (what is open) and the shared SelectionModel; panels only know models, the
// selection and the signals they emit. Menus live in MainWindowMenus.cpp, drag and drop here.
#pragma once

#include <QMainWindow>
#include <QStringList>

class QAbstractItemView;
class QLabel;
class QDockWidget;
class QMenu;
class QTabWidget;

namespace famscope::ui {

class Document;
class EditController;
class BenchPanel;
class DevicesPanel;
class FileDetailsPanel;
class FragmentationPanel;
class FsckPanel;
class HeatmapPanel;
class ResolverPanel;
class HexPanel;
class LogPanel;
class LogWatcher;
class NamespacePanel;
class RecentFiles;
class SelectionModel;
class StatusSummary;
class SuperblockPanel;
class VerifyPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    // The version of the dock layout saved in the settings; a saved layout of another version
    // is ignored (the default layout is used).
    static constexpr int kLayoutVersion = 1;
    ~MainWindow() override;

    // The default arrangement of the panes (View > Reset layout; screenshots use it, never
    // the user's saved one).
    void resetLayout(); // MainWindowLayout.cpp
    void openPath(const QString& path);
    void openDemo();

    // "namespace", "superblock", "log", "devices", "details", "hex", "heatmap", ...: raises and
    // focuses it.
    static QStringList viewNames();
    bool selectView(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void createMenus();                 // MainWindowMenus.cpp
    void retitle();                     // MainWindowMenus.cpp
    void exportCurrentTable(bool json); // MainWindowMenus.cpp
    void showAbout();                   // MainWindowMenus.cpp
    QAbstractItemView* currentTable() const;
    void snapshotLoaded();
    void buildCheckPanels(); // MainWindowChecks.cpp: Verify and fsck tabs, live log watch
    void showStructureField(const QString& field, uint64_t offset); // MainWindowChecks.cpp
    void showLogEntry(uint64_t entry);                              // MainWindowChecks.cpp
    void showUnits(uint64_t firstAu, uint64_t count);               // MainWindowChecks.cpp
    void loadFailed(const QString& error);
    void buildDocks();                  // MainWindowLayout.cpp
    void addLayoutActions(QMenu* view); // MainWindowLayout.cpp: show/hide docks, Reset layout
    void loadLayout();                  // MainWindowLayout.cpp: window size, docks, tab
    void saveLayout() const;            // MainWindowLayout.cpp
    void orderTabChain();               // MainWindowTabOrder.cpp: tree, tabs, view, docks

    Document* document_;
    SelectionModel* selection_;
    NamespacePanel* namespace_ = nullptr;
    SuperblockPanel* superblock_ = nullptr;
    LogPanel* log_ = nullptr;
    DevicesPanel* devices_ = nullptr;
    BenchPanel* bench_ = nullptr;
    HeatmapPanel* heatmap_ = nullptr;
    ResolverPanel* resolver_ = nullptr;
    FragmentationPanel* fragmentation_ = nullptr;
    FileDetailsPanel* details_ = nullptr;
    HexPanel* hex_ = nullptr;
    VerifyPanel* verify_ = nullptr;
    FsckPanel* fsck_ = nullptr;
    LogWatcher* logWatcher_ = nullptr;
    QString loadedTarget_; // the target shown; a reload of it keeps the selection
    QTabWidget* tabs_ = nullptr;
    QDockWidget* namespaceDock_ = nullptr;
    QDockWidget* detailsDock_ = nullptr;
    QDockWidget* hexDock_ = nullptr;
    QLabel* errorBanner_ = nullptr;
    StatusSummary* status_ = nullptr;
    RecentFiles* recent_ = nullptr;
    QAbstractItemView* lastTable_ = nullptr;
    EditController* editing_ = nullptr;
};

} // namespace famscope::ui
