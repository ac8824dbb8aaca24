// Dropping host files and folders on the namespace tree imports them (famfs cp -r) into the
// directory under the cursor: a directory row is the target, a file row means its directory,
// empty space the root. Only in write mode; otherwise the drop is left to the window (which
// opens a dropped image).
#pragma once

#include <QObject>
#include <QPoint>
#include <QStringList>

class QAbstractItemView;

namespace famscope::ui {

class ImportJob;
class WriteMode;

class TreeDropImport : public QObject {
    Q_OBJECT
public:
    TreeDropImport(QAbstractItemView* tree, WriteMode* writeMode, ImportJob* job);

    // The file-system directory a drop at `pos` (viewport coordinates) goes to.
    QString directoryAt(const QPoint& pos) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QStringList localFiles(const QEvent* event) const;

    QAbstractItemView* tree_;
    WriteMode* writeMode_;
    ImportJob* job_;
};

} // namespace famscope::ui
