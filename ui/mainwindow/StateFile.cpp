#include "ui/mainwindow/StateFile.h"

#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/util/OutputFile.h"

#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QTabWidget>

#include <cstdio>

namespace famscope::ui {

namespace {
const std::pair<const char*, const char*> kPanes[] = {
    {"namespace", "namespaceDock"}, {"details", "detailsDock"}, {"hex", "hexDock"}};
}

StateFile::StateFile(QMainWindow* window, const QString& path)
    : QObject(window), window_(window), path_(path) {
    if (auto* selection = window->findChild<SelectionModel*>())
        connect(selection, &SelectionModel::currentPathChanged, this, [this](const QString& p) {
            selection_ = p;
            write();
        });
    if (auto* document = window->findChild<Document*>())
        connect(document, &Document::loaded, this, &StateFile::write);
    if (auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("viewTabs")))
        connect(tabs, &QTabWidget::currentChanged, this, &StateFile::write);
    for (const auto& [name, dock] : kPanes)
        if (auto* d = window->findChild<QDockWidget*>(QLatin1String(dock)))
            connect(d, &QDockWidget::visibilityChanged, this, &StateFile::write);
    write();
}

void StateFile::write() {
    QJsonObject state;
    if (auto* document = window_->findChild<Document*>(); document && document->snapshot())
        state[QStringLiteral("target")] = document->snapshot()->target;
    if (auto* tabs = window_->findChild<QTabWidget*>(QStringLiteral("viewTabs")))
        state[QStringLiteral("view")] =
            tabs->tabText(tabs->currentIndex()).remove(QLatin1Char('&'));
    state[QStringLiteral("selection")] = selection_;
    QJsonObject panes;
    for (const auto& [name, dock] : kPanes)
        if (auto* d = window_->findChild<QDockWidget*>(QLatin1String(dock)))
            panes[QLatin1String(name)] = !d->isHidden();
    state[QStringLiteral("panes")] = panes;
    if (const QString error = writeOutputFile(path_, QJsonDocument(state).toJson());
        !error.isEmpty())
        std::fprintf(stderr, "famscope: %s\n", error.toLocal8Bit().constData());
}

} // namespace famscope::ui
