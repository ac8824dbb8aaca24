// The famscope main window. Layout: namespace tree | (Superblock, Log, Devices tabs over the
// file details) | hex view, split by QSplitters whose state is saved. The window owns the
// Document (what is open) and the shared SelectionModel; panels only know models, the
// selection and the signals they emit. Menus live in MainWindowMenus.cpp, drag and drop and
// state saving here.
#pragma once

#include <QMainWindow>
#include <QStringList>

class QAbstractItemView;
class QLabel;
class QSplitter;
class QTabWidget;

namespace famscope::ui {

class Document;
class BenchPanel;
class DevicesPanel;
class FileDetailsPanel;
class FragmentationPanel;
class HeatmapPanel;
class HexPanel;
class LogPanel;
class NamespacePanel;
class RecentFiles;
class SelectionModel;
class StatusSummary;
class SuperblockPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return document_; }
    SelectionModel* selection() const { return selection_; }
    NamespacePanel* namespacePanel() const { return namespace_; }
    SuperblockPanel* superblockPanel() const { return superblock_; }
    LogPanel* logPanel() const { return log_; }
    DevicesPanel* devicesPanel() const { return devices_; }
    FileDetailsPanel* fileDetailsPanel() const { return details_; }
    HexPanel* hexPanel() const { return hex_; }
    HeatmapPanel* heatmapPanel() const { return heatmap_; }
    FragmentationPanel* fragmentationPanel() const { return fragmentation_; }
    StatusSummary* statusSummary() const { return status_; }
    QLabel* errorBanner() const { return errorBanner_; }

    void openPath(const QString& path);
    void openDemo();

    // "namespace", "superblock", "log", "devices", "details", "hex", "heatmap", ...: raises and
    // focuses it.
    static QStringList viewNames();
    bool selectView(const QString& name);

    // Later tools (fsck, heatmap) add themselves as tabs beside Superblock/Log/Devices.
    void addToolPanel(QWidget* panel, const QString& title);

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
    void loadFailed(const QString& error);
    void restoreState();
    void saveState() const;

    Document* document_;
    SelectionModel* selection_;
    NamespacePanel* namespace_ = nullptr;
    SuperblockPanel* superblock_ = nullptr;
    LogPanel* log_ = nullptr;
    DevicesPanel* devices_ = nullptr;
    BenchPanel* bench_ = nullptr;
    HeatmapPanel* heatmap_ = nullptr;
    FragmentationPanel* fragmentation_ = nullptr;
    FileDetailsPanel* details_ = nullptr;
    HexPanel* hex_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QSplitter* mainSplitter_ = nullptr;
    QSplitter* centreSplitter_ = nullptr;
    QLabel* errorBanner_ = nullptr;
    StatusSummary* status_ = nullptr;
    RecentFiles* recent_ = nullptr;
    QAbstractItemView* lastTable_ = nullptr;
};

} // namespace famscope::ui
