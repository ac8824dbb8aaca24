#include "ui/SelectionModel.h"

namespace famscope::ui {

void SelectionModel::setCurrentPath(const QString& path) {
    if (path == path_)
        return;
    path_ = path;
    const bool hadLocation = location_.has_value();
    location_.reset(); // it was an offset of the previous file
    emit currentPathChanged(path_);
    if (hadLocation && !location_)
        emit resolvedLocationChanged(location_);
}

void SelectionModel::setResolvedLocation(const std::optional<ResolvedLocation>& location) {
    if (location == location_)
        return;
    location_ = location;
    emit resolvedLocationChanged(location_);
}

} // namespace famscope::ui
