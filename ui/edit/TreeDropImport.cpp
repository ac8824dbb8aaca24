#include "ui/edit/TreeDropImport.h"

#include "core/edit/EditSession.h"
#include "core/edit/FsPath.h"
#include "ui/edit/ImportJob.h"
#include "ui/edit/WriteMode.h"
#include "ui/models/ModelRoles.h"
#include "ui/util/ShownText.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace famscope::ui {

TreeDropImport::TreeDropImport(QAbstractItemView* tree, WriteMode* writeMode, ImportJob* job)
    : QObject(tree), tree_(tree), writeMode_(writeMode), job_(job) {
    tree_->viewport()->setAcceptDrops(true);
    tree_->viewport()->installEventFilter(this);
}

QString TreeDropImport::directoryAt(const QPoint& pos) const {
    const QModelIndex index = tree_->indexAt(pos);
    if (!index.isValid() || !writeMode_->session())
        return {};
    const std::string path = pathBytes(index.data(PathRole).toString());
    return shownText(writeMode_->session()->isDir(path) ? path : edit::parentOf(path));
}

QStringList TreeDropImport::localFiles(const QEvent* event) const {
    const auto* drop = static_cast<const QDropEvent*>(event);
    QStringList files;
    if (!drop->mimeData())
        return files;
    for (const QUrl& url : drop->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    return files;
}

bool TreeDropImport::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QObject::eventFilter(watched, event);
    // Outside write mode the event goes on to the window, which opens a dropped image.
    if (!writeMode_->isOn() || job_->isRunning() || localFiles(event).isEmpty()) {
        event->ignore();
        return false;
    }
    auto* drop = static_cast<QDropEvent*>(event);
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (type == QEvent::Drop)
        job_->start(localFiles(event), directoryAt(drop->position().toPoint()));
    return true;
}

} // namespace famscope::ui
