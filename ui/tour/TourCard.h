// The guided tour (Help ▸ Tour, famscope --demo --tour): a card in a corner of the main window
// with the step's title and text, Back, Next and Close, that sets the window up for each step
// of TourSteps.h and frames the widget the step talks about. Keyboard: Right or Next, Left or
// Back, Esc closes. It runs on the built-in demo and opens it first when something else is
// shown.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace famscope::ui {

class MainWindow;
class TourHighlight;

class TourCard : public QFrame {
    Q_OBJECT
public:
    // The window's tour, started over (at step 0) when one is already open.
    static TourCard* start(MainWindow* window);

    int step() const { return step_; }
    int stepCount() const;
    void goTo(int step);

public slots:
    void next();
    void back();
    void finish(); // closes the tour

signals:
    void stepShown(int step);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit TourCard(MainWindow* window);
    void showStep();
    void place();

    MainWindow* window_;
    TourHighlight* highlight_;
    QLabel* counter_;
    QLabel* title_;
    QLabel* text_;
    QPushButton* back_;
    QPushButton* next_;
    int step_ = 0;
};

} // namespace famscope::ui
