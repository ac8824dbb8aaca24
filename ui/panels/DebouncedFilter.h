// Couples a line edit to a filter proxy with a 300 ms debounce (GammaRay's
// SearchLineController): typing in a 100 000-row log does not refilter on every key.
#pragma once

#include <QObject>
#include <QTimer>

class QLineEdit;
class QSortFilterProxyModel;

namespace famscope::ui {

class DebouncedFilter : public QObject {
    Q_OBJECT
public:
    static constexpr int kDelayMs = 300;

    DebouncedFilter(QLineEdit* edit, QSortFilterProxyModel* proxy);

    void applyNow(); // tests and Enter: no waiting

private:
    QLineEdit* edit_;
    QSortFilterProxyModel* proxy_;
    QTimer timer_;
};

} // namespace famscope::ui
