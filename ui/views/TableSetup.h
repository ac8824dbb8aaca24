// The look every famscope table shares: compact fixed-height rows, no row numbers, the last
// column stretched, alternating colours, and the copy/export context actions.
#pragma once

class QTableView;

namespace famscope::ui {

void setUpTable(QTableView* view);

} // namespace famscope::ui
