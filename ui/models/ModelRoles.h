// Item data roles shared by every famscope model. Views show Qt::DisplayRole (formatted text);
// sorting, export and tests read RawRole, so "2 MiB" sorts after "512 KiB" and a JSON export
// keeps exact 64-bit numbers.
#pragma once

#include <Qt>

namespace famscope::ui {

enum ModelRole : int {
    RawRole = Qt::UserRole + 1, // the unformatted value (qulonglong, QString, bool)
    PathRole,                   // namespace path of the file or directory a row stands for
    DeviceOffsetRole,           // device offset of the bytes a row describes (qulonglong)
    ByteLengthRole,             // how many bytes from DeviceOffsetRole (qulonglong)
    BadRole,                    // true when the row is damaged or refused
};

} // namespace famscope::ui
