// The amber bar at the top of the window for a target that is shown, but perhaps not as it is
// or will stay (DamageBanner, PendingRepairBanner): a selectable message and the buttons that
// act on it. Hidden until the subclass has something to say.
#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace famscope::ui {

class Banner : public QFrame {
    Q_OBJECT
public:
    QString text() const;

protected:
    // `objectName` names the bar in its style sheet; `bold` sets the message in bold.
    Banner(const QString& objectName, bool bold, QWidget* parent);

    void setText(const QString& text);
    QPushButton* addButton(const QString& text, const QString& objectName);

private:
    QLabel* label_;
    QHBoxLayout* layout_;
};

} // namespace famscope::ui
