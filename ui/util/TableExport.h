// Copy and export of any item model: tab-separated text for the clipboard, CSV and JSON files.
// Text columns use what the view shows; JSON uses RawRole and writes integers exactly, all 64
// bits (not through a double). Trees are flattened in display order with a "depth" for each row.
#pragma once

#include <QAbstractItemView>
#include <QByteArray>
#include <QModelIndexList>
#include <QString>

namespace famscope::ui {

QString toCsv(const QAbstractItemModel& model);
QByteArray toJson(const QAbstractItemModel& model);
// Selected rows (or the current cell's row) as tab-separated lines, with a header line.
QString selectedRowsText(const QAbstractItemView& view);

// Adds Copy (Ctrl+C), Export as CSV… and Export as JSON… to the view's context menu.
void installTableActions(QAbstractItemView* view);
// Asks for a file name and writes the model; returns false (with a message) on failure.
bool exportModel(QWidget* parent, const QAbstractItemModel& model, bool json);

} // namespace famscope::ui
