// Item data roles shared by every famscope model. Views show Qt::DisplayRole (formatted text);
// sorting, export and tests read RawRole, so "2 MiB" sorts after "512 KiB" and a JSON export
// keeps exact 64-bit numbers. Also the column titles every model's header shows.
#pragma once

#include <QVariant>
#include <Qt>

#include <cstddef>

namespace famscope::ui {

enum ModelRole : int {
    RawRole = Qt::UserRole + 1, // the unformatted value (qulonglong, QString, bool)
    PathRole,                   // namespace path of the file or directory a row stands for
    DeviceOffsetRole,           // device offset of the bytes a row describes (qulonglong)
    ByteLengthRole,             // how many bytes from DeviceOffsetRole (qulonglong)
    BadRole,                    // true when the row is damaged or refused
};

// The horizontal header's title of column `section`: `titles` holds one per column, marked
// with QT_TR_NOOP inside the model's headerData (so lupdate files them under the model's
// class), and is translated here through the model's tr().
template <class Model, size_t N>
QVariant columnTitle(const char* const (&titles)[N], int section, Qt::Orientation orientation,
                     int role) {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= static_cast<int>(N))
        return {};
    return Model::tr(titles[section]);
}

} // namespace famscope::ui
