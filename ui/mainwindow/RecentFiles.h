// The recently opened targets (QSettings "recentFiles", newest first, at most 8) and the
// File ▸ Open recent menu built from them.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace famscope::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 8;

    RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList paths() const;
    void add(const QString& path);

signals:
    void openRequested(const QString& path);

private:
    void rebuildMenu();

    QMenu* menu_;
};

} // namespace famscope::ui
