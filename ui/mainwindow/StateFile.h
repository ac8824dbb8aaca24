// `famscope --state-file FILE`: the window writes what it shows to FILE as JSON each time it
// changes, so a script driving it (an accessibility tool, a test with real X input) can read
// back which target is open, which tab is in front, which file is selected and which panes are
// shown, instead of guessing from pixels:
//   {"target": "...", "view": "Heatmap", "selection": "/dir/file",
//    "panes": {"namespace": true, "details": true, "hex": false}}
// It finds what it reports by object name, so the window needs no accessors for it.
#pragma once

#include <QObject>
#include <QString>

class QMainWindow;

namespace famscope::ui {

class StateFile : public QObject {
    Q_OBJECT
public:
    StateFile(QMainWindow* window, const QString& path);

private:
    void write();

    QMainWindow* window_;
    QString path_;
    QString selection_;
};

} // namespace famscope::ui
