#include "ui/util/TableExport.h"

#include "core/report/JsonWriter.h"
#include "core/report/TextFormat.h"
#include "ui/models/ModelRoles.h"
#include "ui/util/OutputFile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

#include <functional>

namespace famscope::ui {

namespace {

QStringList headers(const QAbstractItemModel& model) {
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal).toString();
    return out;
}

void walk(const QAbstractItemModel& model, const QModelIndex& parent, int depth,
          const std::function<void(int row, const QModelIndex& parent, int depth)>& visit) {
    for (int r = 0; r < model.rowCount(parent); ++r) {
        visit(r, parent, depth);
        const QModelIndex child = model.index(r, 0, parent);
        if (model.hasChildren(child))
            walk(model, child, depth + 1, visit);
    }
}

QString csvField(const QString& s) {
    return QString::fromStdString(report::csvField(s.toStdString()));
}

// One cell as an exact JSON value: integers of every width are written as integers (a QJsonValue
// is a double and would round values above 2^53, device offsets of a large pool among them).
void writeJsonValue(report::JsonWriter& json, const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::UInt:
        json.value(uint64_t{v.toULongLong()});
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Long:
        json.value(int64_t{v.toLongLong()});
        break;
    case QMetaType::Bool:
        json.value(v.toBool());
        break;
    default:
        if (v.isValid())
            json.value(v.toString().toStdString());
        else
            json.null();
    }
}

} // namespace

QString toCsv(const QAbstractItemModel& model) {
    QStringList lines;
    QStringList head;
    for (const QString& h : headers(model))
        head << csvField(h);
    lines << head.join(QLatin1Char(','));
    walk(model, {}, 0, [&](int row, const QModelIndex& parent, int) {
        QStringList fields;
        for (int c = 0; c < model.columnCount(parent); ++c)
            fields << csvField(model.index(row, c, parent).data().toString());
        lines << fields.join(QLatin1Char(','));
    });
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray toJson(const QAbstractItemModel& model) {
    const QStringList head = headers(model);
    const bool tree = model.rowCount() > 0 && [&] {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.hasChildren(model.index(r, 0)))
                return true;
        return false;
    }();
    report::JsonWriter json;
    json.beginArray();
    walk(model, {}, 0, [&](int row, const QModelIndex& parent, int depth) {
        json.beginObject();
        if (tree)
            json.field("depth", depth);
        for (int c = 0; c < model.columnCount(parent); ++c) {
            json.key(head.value(c).toStdString());
            writeJsonValue(json, model.index(row, c, parent).data(RawRole));
        }
        json.endObject();
    });
    json.endArray();
    return QByteArray::fromStdString(json.data() + '\n');
}

QString selectedRowsText(const QAbstractItemView& view) {
    const QAbstractItemModel* model = view.model();
    if (!model)
        return {};
    QModelIndexList rows =
        view.selectionModel() ? view.selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() && view.currentIndex().isValid())
        rows << view.currentIndex().siblingAtColumn(0);
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    lines << headers(*model).join(QLatin1Char('\t'));
    for (const QModelIndex& r : rows) {
        QStringList fields;
        for (int c = 0; c < model->columnCount(r.parent()); ++c)
            fields << r.siblingAtColumn(c).data().toString();
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

bool exportModel(QWidget* parent, const QAbstractItemModel& model, bool json) {
    const QString filter =
        json ? QCoreApplication::translate("famscope::ui::TableExport", "JSON files (*.json)")
             : QCoreApplication::translate("famscope::ui::TableExport", "CSV files (*.csv)");
    const QString title = QCoreApplication::translate("famscope::ui::TableExport", "Export table");
    const QString path = QFileDialog::getSaveFileName(parent, title, QString(), filter);
    if (path.isEmpty())
        return false;
    const QString error = writeOutputFile(path, json ? toJson(model) : toCsv(model).toUtf8());
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    return true;
}

void installTableActions(QAbstractItemView* view) {
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* copy =
        new QAction(QCoreApplication::translate("famscope::ui::TableExport", "&Copy rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [view] { QApplication::clipboard()->setText(selectedRowsText(*view)); });
    auto* csv = new QAction(
        QCoreApplication::translate("famscope::ui::TableExport", "Export as CS&V…"), view);
    QObject::connect(csv, &QAction::triggered, view,
                     [view] { exportModel(view, *view->model(), false); });
    auto* json = new QAction(
        QCoreApplication::translate("famscope::ui::TableExport", "Export as &JSON…"), view);
    QObject::connect(json, &QAction::triggered, view,
                     [view] { exportModel(view, *view->model(), true); });
    view->addActions({copy, csv, json});
}

} // namespace famscope::ui
