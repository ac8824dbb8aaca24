#include "ui/util/AccessibleNames.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QWidget>

namespace famscope::ui {

namespace {

QString currentName(QWidget* widget) {
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(widget);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

QString nameFor(QWidget* widget, const QString& paneName) {
    if (auto* chart = qobject_cast<QChartView*>(widget);
        chart && chart->chart() && !chart->chart()->title().isEmpty())
        return chart->chart()->title();
    if (!widget->toolTip().isEmpty())
        return widget->toolTip();
    if (auto* edit = qobject_cast<QLineEdit*>(widget); edit && !edit->placeholderText().isEmpty())
        return edit->placeholderText();
    return paneName;
}

} // namespace

void nameUnnamedControls(QWidget* pane, const QString& paneName) {
    QString name = paneName;
    name.remove(QLatin1Char('&')); // a tab's or menu's mnemonic marker
    QList<QWidget*> widgets = pane->findChildren<QWidget*>();
    widgets.prepend(pane);
    for (QWidget* widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        // The editor inside a spin box or combo box is named by its owner.
        if (qobject_cast<QAbstractSpinBox*>(widget->parentWidget()) ||
            qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        if (currentName(widget).isEmpty())
            widget->setAccessibleName(nameFor(widget, name));
    }
}

} // namespace famscope::ui
