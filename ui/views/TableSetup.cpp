#include "ui/views/TableSetup.h"

#include "ui/util/TableExport.h"

#include <QHeaderView>
#include <QTableView>

namespace famscope::ui {

void setUpTable(QTableView* view) {
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    installTableActions(view);
}

} // namespace famscope::ui
