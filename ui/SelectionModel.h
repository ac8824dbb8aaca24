// The one selection every view shares (QDirStat's SelectionModel): the namespace tree, the log
// table and the file details all follow the current file, whichever of them chose it. Views
// connect to currentPathChanged and call setCurrentPath; a view that reacts must not echo the
// change back (setCurrentPath ignores a path that is already current).
#pragma once

#include <QObject>
#include <QString>

namespace famscope::ui {

class SelectionModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    QString currentPath() const { return path_; } // namespace path, "" for none
    void setCurrentPath(const QString& path);
    void clear() { setCurrentPath(QString()); }

signals:
    void currentPathChanged(const QString& path);

private:
    QString path_;
};

} // namespace famscope::ui
