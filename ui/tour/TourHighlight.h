// The frame the tour draws around the widget a step talks about: a child of the main window
// on top of everything, transparent to the mouse, following the widget when it or any of its
// parents moves or resizes (a dock that opens beside it moves it without a Move event of its
// own).
#pragma once

#include <QPointer>
#include <QWidget>

namespace famscope::ui {

class TourHighlight : public QWidget {
    Q_OBJECT
public:
    explicit TourHighlight(QWidget* window);
    void setTarget(QWidget* target);
    QWidget* target() const { return target_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void follow();
    void watch(bool on);
    QPointer<QWidget> target_;
};

} // namespace famscope::ui
