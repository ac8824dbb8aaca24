// The guided tour, offscreen on the demo: Help ▸ Tour opens it; every step frames a visible
// widget of the name its step gives, with the card beside it; Right, Left and Esc step, go back
// and close; the resolver and torn-entry steps set the window up as their text says; every
// step's text has a German and a French translation; --tour is parsed. With
// FAMSCOPE_TOUR_SCREENSHOTS=DIR the walk also writes DIR/tour-NN.png for each step
// (docs/screenshots/update.sh uses it).
#include "UiTestSupport.h"
#include "WindowParts.h"

#include "ui/GuiOptions.h"
#include "ui/Translations.h"
#include "ui/document/Document.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/ModelRoles.h"
#include "ui/tour/TourCard.h"
#include "ui/tour/TourHighlight.h"
#include "ui/tour/TourSteps.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QTranslator>

using namespace famscope;
using namespace famscope::ui;

namespace {

QAction* tourAction(MainWindow& w) {
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == QLatin1String("Tour"))
                    return a;
    return nullptr;
}

// Starts the tour from the Help menu and waits until its first step shows (after the demo
// loaded).
TourCard* startFromMenu(MainWindow& w) {
    QAction* action = tourAction(w);
    if (!action)
        return nullptr;
    action->trigger();
    auto* card = w.findChild<TourCard*>();
    if (!card)
        return nullptr;
    QSignalSpy shown(card, &TourCard::stepShown);
    if (!card->isVisible() && !shown.wait(20000))
        return nullptr;
    return card;
}

// The widget the tour frames: the frame's target while the frame is shown.
QWidget* highlighted(const MainWindow& w) {
    auto* frame = uitest::part<TourHighlight>(w, QStringLiteral("tourHighlight"));
    return frame->isVisible() ? frame->target() : nullptr;
}

QRect inWindow(const QWidget* widget, const QWidget* window) {
    return {window->mapFromGlobal(widget->mapToGlobal(QPoint(0, 0))), widget->size()};
}

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void removeTranslators() {
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace

class TestTour : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("tour"); }
    void everyStepFramesAVisibleWidget();
    void stepsSetTheWindowUp();
    void backAndEscape();
    void translated_data();
    void translated();
    void tourOption();
};

void TestTour::everyStepFramesAVisibleWidget() {
    MainWindow w;
    w.resize(1366, 768);
    w.resetLayout();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    TourCard* card = startFromMenu(w);
    QVERIFY(card);
    QCOMPARE(uitest::part<Document>(w)->snapshot()->target, QStringLiteral("demo:famfs"));
    const QString shots = qEnvironmentVariable("FAMSCOPE_TOUR_SCREENSHOTS");
    const auto steps = tourSteps();
    QVERIFY(steps.size() >= 10);
    QCOMPARE(card->stepCount(), int(steps.size()));
    QPointer<TourCard> alive(card);
    for (int i = 0; i < int(steps.size()); ++i) {
        settle();
        const QByteArray name = steps[size_t(i)].target;
        QCOMPARE(card->step(), i);
        QWidget* target = highlighted(w);
        QVERIFY2(target, name.constData());
        QCOMPARE(target->objectName(), QString::fromLatin1(name));
        QVERIFY2(target->isVisible(), name.constData());
        QVERIFY2(!target->visibleRegion().isEmpty(), name.constData());
        auto* frame = w.findChild<QWidget*>(QStringLiteral("tourHighlight"));
        QVERIFY(frame && frame->isVisible());
        // The frame surrounds the widget (as far as the window reaches).
        QVERIFY2(frame->geometry().contains(inWindow(target, &w).intersected(w.rect())),
                 name.constData());
        QVERIFY(card->isVisible());
        QVERIFY(w.rect().contains(card->geometry()));
        QVERIFY(!card->findChild<QLabel*>(QStringLiteral("tourText"))->text().isEmpty());
        QCOMPARE(w.focusWidget(), static_cast<QWidget*>(card)); // the keys reach the card
        if (!shots.isEmpty())
            QVERIFY(w.grab().save(QDir(shots).filePath(
                QStringLiteral("tour-%1.png").arg(i + 1, 2, 10, QLatin1Char('0')))));
        QTest::keyClick(card, Qt::Key_Right);
    }
    // Right on the last step ends the tour.
    QTRY_VERIFY(!alive);
    QTRY_VERIFY(!w.findChild<QWidget*>(QStringLiteral("tourHighlight")));
}

void TestTour::stepsSetTheWindowUp() {
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    TourCard* card = startFromMenu(w);
    QVERIFY(card);
    const auto steps = tourSteps();
    auto stepOf = [&](const char* target) {
        for (size_t i = 0; i < steps.size(); ++i)
            if (QByteArray(steps[i].target) == target)
                return int(i);
        return -1;
    };
    // The torn entry: the log's selected row is the damaged one.
    int torn = -1;
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].prepare && QByteArray(steps[i].target) == "logTable")
            torn = int(i);
    QVERIFY(torn >= 0);
    card->goTo(torn);
    auto* log = w.findChild<QAbstractItemView*>(QStringLiteral("logTable"));
    QVERIFY(log && log->currentIndex().isValid());
    QVERIFY(log->currentIndex().data(BadRole).toBool());
    // A fault resolved: the steps of 5 MiB into ckpt-0001 are listed, with a device offset.
    card->goTo(stepOf("resolverSteps"));
    auto* resolverSteps = w.findChild<QListWidget*>(QStringLiteral("resolverSteps"));
    QVERIFY(resolverSteps && resolverSteps->count() > 0);
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("resolvedDeviceOffset"))
                ->text()
                .startsWith(QLatin1String("0x")));
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("resolverTitle"))
                ->text()
                .contains(QLatin1String("ckpt-0001")));
}

void TestTour::backAndEscape() {
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QPointer<TourCard> card = startFromMenu(w);
    QVERIFY(card);
    QCOMPARE(card->step(), 0);
    QTest::keyClick(card, Qt::Key_Left); // nothing before the first step
    QCOMPARE(card->step(), 0);
    QTest::keyClick(card, Qt::Key_Right);
    QTest::keyClick(card, Qt::Key_Right);
    QCOMPARE(card->step(), 2);
    QTest::keyClick(card, Qt::Key_Left);
    QCOMPARE(card->step(), 1);
    QCOMPARE(highlighted(w)->objectName(), QString::fromLatin1(tourSteps()[1].target));
    // Help ▸ Tour again starts over.
    QVERIFY(startFromMenu(w) == card);
    QCOMPARE(card->step(), 0);
    QTest::keyClick(card, Qt::Key_Escape);
    QTRY_VERIFY(!card);
    QTRY_VERIFY(!w.findChild<QWidget*>(QStringLiteral("tourHighlight")));
}

void TestTour::translated_data() {
    QTest::addColumn<QString>("lang");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTour::translated() {
    QFETCH(QString, lang);
    QVERIFY(installTranslations(lang));
    for (const TourStep& s : tourSteps()) {
        for (const char* source : {s.title, s.text}) {
            const QString t = QCoreApplication::translate(kTourContext, source);
            QVERIFY2(!t.isEmpty() && t != QLatin1String(source), source);
        }
    }
    {
        MainWindow w;
        w.resize(1366, 768);
        w.show();
        QAction* tour = nullptr;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->text() ==
                        QCoreApplication::translate("famscope::ui::MainWindow", "&Tour"))
                        tour = a;
        QVERIFY(tour);
        QVERIFY(tour->text() != QLatin1String("&Tour"));
        tour->trigger();
        auto* card = w.findChild<TourCard*>();
        QVERIFY(card);
        QSignalSpy shown(card, &TourCard::stepShown);
        QVERIFY(shown.wait(20000));
        const QString counter = card->findChild<QLabel*>(QStringLiteral("tourCounter"))->text();
        QVERIFY2(!counter.startsWith(QLatin1String("Step")), qPrintable(counter));
        QVERIFY(counter.contains(QString::number(card->stepCount())));
    }
    removeTranslators();
}

void TestTour::tourOption() {
    const auto demoTour = parseGuiOptions({QStringLiteral("--demo"), QStringLiteral("--tour")});
    QVERIFY(demoTour.options && demoTour.options->tour && demoTour.options->demo);
    const auto onTarget = parseGuiOptions({QStringLiteral("--tour"), QStringLiteral("x.img")});
    QVERIFY(!onTarget.options);
    QVERIFY(onTarget.error.contains(QLatin1String("--tour")));
}

QTEST_MAIN(TestTour)
#include "tst_tour.moc"
