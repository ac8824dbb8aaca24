#include "SelectionModel.h"

namespace famscope::ui {

void SelectionModel::setCurrentPath(const QString& path) {
    if (path == path_)
        return;
    path_ = path;
    emit currentPathChanged(path_);
}

} // namespace famscope::ui
