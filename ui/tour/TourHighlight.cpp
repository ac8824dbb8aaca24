#include "ui/tour/TourHighlight.h"

#include <QEvent>
#include <QPainter>

namespace famscope::ui {

namespace {
constexpr int kPen = 3;
constexpr int kMargin = kPen + 2; // the frame sits just outside the widget
} // namespace

TourHighlight::TourHighlight(QWidget* window) : QWidget(window) {
    setObjectName(QStringLiteral("tourHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
}

void TourHighlight::setTarget(QWidget* target) {
    watch(false);
    target_ = target;
    watch(true);
    follow();
}

// The target and its parents up to the window.
void TourHighlight::watch(bool on) {
    for (QWidget* w = target_; w && w != parentWidget(); w = w->parentWidget()) {
        if (on)
            w->installEventFilter(this);
        else
            w->removeEventFilter(this);
    }
}

bool TourHighlight::eventFilter(QObject*, QEvent* event) {
    const QEvent::Type t = event->type();
    if (t == QEvent::Move || t == QEvent::Resize || t == QEvent::Show || t == QEvent::Hide)
        follow();
    return false;
}

void TourHighlight::follow() {
    QWidget* window = parentWidget();
    if (!target_ || !window || !target_->isVisible()) {
        hide();
        return;
    }
    const QRect r(window->mapFromGlobal(target_->mapToGlobal(QPoint(0, 0))), target_->size());
    setGeometry(r.adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(window->rect()));
    show();
    raise();
}

void TourHighlight::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(0xe6, 0x7e, 0x22), kPen)); // orange: distinct from every view's colours
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(kPen / 2.0, kPen / 2.0, -kPen / 2.0, -kPen / 2.0), 6,
                      6);
}

} // namespace famscope::ui
