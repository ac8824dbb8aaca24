#include "ui/tour/TourCard.h"

#include "core/report/CardPlacement.h"
#include "ui/SelectionModel.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/tour/TourHighlight.h"
#include "ui/tour/TourSteps.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace famscope::ui {

namespace {

constexpr int kMargin = 12;
constexpr int kMaxWidth = 440;

QString translated(const char* source) {
    return QCoreApplication::translate(kTourContext, source);
}

// Brings `target` on screen: the tab it is on becomes the current one, its dock is shown.
void reveal(QWidget* target, QWidget* window) {
    for (QWidget* w = target; w && w != window; w = w->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(w)) {
            dock->show();
            dock->raise();
        }
        QWidget* parent = w->parentWidget();
        if (parent && qobject_cast<QStackedWidget*>(parent))
            if (auto* tabs = qobject_cast<QTabWidget*>(parent->parentWidget()))
                tabs->setCurrentWidget(w);
    }
}

} // namespace

TourCard::TourCard(MainWindow* window)
    : QFrame(window), window_(window), highlight_(new TourHighlight(window)),
      counter_(new QLabel(this)), title_(new QLabel(this)), text_(new QLabel(this)),
      back_(new QPushButton(tr("Back"), this)), next_(new QPushButton(tr("Next"), this)) {
    setObjectName(QStringLiteral("tourCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus); // the card keeps the keyboard; its buttons never take it
    setAccessibleName(tr("Guided tour"));
    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title_->setFont(bold);
    title_->setObjectName(QStringLiteral("tourTitle"));
    text_->setObjectName(QStringLiteral("tourText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::PlainText);
    counter_->setObjectName(QStringLiteral("tourCounter"));
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {back_, next_, close})
        b->setFocusPolicy(Qt::NoFocus);
    back_->setToolTip(tr("Previous step (Left)"));
    next_->setToolTip(tr("Next step (Right)"));
    close->setToolTip(tr("End the tour (Esc)"));
    connect(back_, &QPushButton::clicked, this, &TourCard::back);
    connect(next_, &QPushButton::clicked, this, &TourCard::next);
    connect(close, &QPushButton::clicked, this, &TourCard::finish);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(counter_, 1);
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(text_);
    layout->addLayout(buttons);

    // The card moves out of the frame's way, and both follow the window's size.
    highlight_->installEventFilter(this);
    window_->installEventFilter(this);
    hide();
}

TourCard* TourCard::start(MainWindow* window) {
    auto* card = window->findChild<TourCard*>(QString(), Qt::FindDirectChildrenOnly);
    if (!card)
        card = new TourCard(window);
    card->step_ = 0;
    auto* document = window->findChild<Document*>();
    if (const auto snapshot = document ? document->snapshot() : nullptr;
        snapshot && snapshot->isDemo()) {
        card->showStep();
        return card;
    }
    // The steps talk about the demo's files: open it, and begin when it is there.
    card->hide();
    card->highlight_->setTarget(nullptr);
    if (document)
        connect(document, &Document::loaded, card, &TourCard::showStep, Qt::SingleShotConnection);
    window->openDemo();
    return card;
}

int TourCard::stepCount() const {
    return static_cast<int>(tourSteps().size());
}

void TourCard::goTo(int step) {
    step_ = std::clamp(step, 0, stepCount() - 1);
    showStep();
}

void TourCard::next() {
    if (step_ + 1 >= stepCount())
        finish();
    else
        goTo(step_ + 1);
}

void TourCard::back() {
    if (step_ > 0)
        goTo(step_ - 1);
}

void TourCard::finish() {
    highlight_->deleteLater();
    hide();
    deleteLater();
}

void TourCard::showStep() {
    const TourStep& s = tourSteps()[static_cast<size_t>(step_)];
    if (s.select)
        if (auto* selection = window_->findChild<SelectionModel*>())
            selection->setCurrentPath(QString::fromUtf8(s.select));
    auto* target = window_->findChild<QWidget*>(QLatin1String(s.target));
    if (target)
        reveal(target, window_);
    if (s.prepare)
        s.prepare(window_);
    counter_->setText(tr("Step %1 of %2").arg(step_ + 1).arg(stepCount()));
    title_->setText(translated(s.title));
    text_->setText(translated(s.text));
    back_->setEnabled(step_ > 0);
    next_->setText(step_ + 1 == stepCount() ? tr("Finish") : tr("Next"));
    show();
    highlight_->setTarget(target);
    place();
    setFocus();
    emit stepShown(step_);
}

// In the corner of the window the frame leaves free (or covers least), between the menu bar
// and the status bar.
void TourCard::place() {
    const QRect area = window_->rect().adjusted(
        kMargin, window_->menuBar()->geometry().bottom() + kMargin, -kMargin,
        -(window_->statusBar()->isVisible() ? window_->statusBar()->height() : 0) - kMargin);
    setFixedWidth(std::min(kMaxWidth, area.width()));
    const int h = std::min(
        heightForWidth(width()) > 0 ? heightForWidth(width()) : sizeHint().height(), area.height());
    setFixedHeight(std::max(h, minimumSizeHint().height()));
    const QRect frame = highlight_->isVisible() ? highlight_->geometry() : QRect();
    const report::Box at = report::leastCoveringCorner(
        {area.x(), area.y(), area.width(), area.height()}, width(), height(),
        {frame.x(), frame.y(), frame.width(), frame.height()});
    move(at.x, at.y);
    raise();
}

void TourCard::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
        next();
        return;
    case Qt::Key_Left:
        back();
        return;
    case Qt::Key_Escape:
        finish();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

bool TourCard::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type t = event->type();
    if (isVisible() && (watched == highlight_ || watched == window_) &&
        (t == QEvent::Move || t == QEvent::Resize))
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace famscope::ui
