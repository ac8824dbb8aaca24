#include "ui/panels/Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace famscope::ui {

Banner::Banner(const QString& objectName, bool bold, QWidget* parent)
    : QFrame(parent), label_(new QLabel(this)), layout_(new QHBoxLayout(this)) {
    setObjectName(objectName);
    // Amber, not the red of a failed open: the target is shown, but incompletely.
    setStyleSheet(QStringLiteral("#%1 { background: #f5b041; } #%1 QLabel { color: black; %2}")
                      .arg(objectName, bold ? QStringLiteral("font-weight: bold; ") : QString()));
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout_->setContentsMargins(6, 4, 6, 4);
    layout_->addWidget(label_, 1);
    hide();
}

QString Banner::text() const {
    return label_->text();
}

void Banner::setText(const QString& text) {
    label_->setText(text);
}

QPushButton* Banner::addButton(const QString& text, const QString& objectName) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    layout_->addWidget(button);
    return button;
}

} // namespace famscope::ui
