#include "ui/panels/DebouncedFilter.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>

namespace famscope::ui {

DebouncedFilter::DebouncedFilter(QLineEdit* edit, QSortFilterProxyModel* proxy)
    : QObject(edit), edit_(edit), proxy_(proxy) {
    timer_.setSingleShot(true);
    timer_.setInterval(kDelayMs);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1); // any column
    connect(edit_, &QLineEdit::textChanged, &timer_, qOverload<>(&QTimer::start));
    connect(&timer_, &QTimer::timeout, this, &DebouncedFilter::applyNow);
    connect(edit_, &QLineEdit::returnPressed, this, &DebouncedFilter::applyNow);
}

void DebouncedFilter::applyNow() {
    timer_.stop();
    proxy_->setFilterFixedString(edit_->text());
}

} // namespace famscope::ui
