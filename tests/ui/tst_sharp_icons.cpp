// The window's icons at QT_SCALE_FACTOR=2 (in a child process: the factor is read when
// QApplication starts): the dock title buttons (float, close) and every menu icon give a
// pixmap of twice the pixels at device pixel ratio 2, drawn at that resolution (from SVG)
// rather than a small bitmap blown up: a blown-up bitmap repeats each pixel in 2×2 blocks,
// an SVG drawn at 2× has edges inside those blocks.
#include "UiTestSupport.h"

#include "ui/mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStyle>

using namespace famscope::ui;

namespace {

using uitest::kScaledEnv;

// How many aligned 2×2 blocks of the image are not one colour: none for a bitmap drawn at
// half the size and doubled.
int finerThanHalf(const QImage& image) {
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int blocks = 0;
    for (int y = 0; y + 1 < argb.height(); y += 2)
        for (int x = 0; x + 1 < argb.width(); x += 2) {
            const QRgb p = argb.pixel(x, y);
            if (argb.pixel(x + 1, y) != p || argb.pixel(x, y + 1) != p ||
                argb.pixel(x + 1, y + 1) != p)
                ++blocks;
        }
    return blocks;
}

struct NamedIcon {
    QString name;
    QIcon icon;
    QSize size; // in device-independent pixels, as drawn
};

} // namespace

class TestSharpIcons : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { uitest::useOwnSettings("sharp-icons"); }
    void sharpAtScaleTwo();
    void inScaledChild();
};

void TestSharpIcons::sharpAtScaleTwo() {
    if (!qEnvironmentVariableIsSet(kScaledEnv))
        QSKIP("runs in the child process at QT_SCALE_FACTOR=2 (inScaledChild)");
    MainWindow w;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const qreal dpr = w.devicePixelRatioF();
    QCOMPARE(dpr, 2.0);

    QList<NamedIcon> icons;
    for (const char* dockName : {"namespaceDock", "detailsDock"}) {
        auto* dock = w.findChild<QDockWidget*>(QLatin1String(dockName));
        QVERIFY(dock);
        for (const char* button : {"qt_dockwidget_floatbutton", "qt_dockwidget_closebutton"}) {
            auto* b = dock->findChild<QAbstractButton*>(QLatin1String(button));
            QVERIFY2(b && b->isVisible(), button);
            icons << NamedIcon{QLatin1String(dockName) + QLatin1Char('/') + QLatin1String(button),
                               b->icon(), b->iconSize()};
            // The button itself is drawn at the screen's ratio.
            QCOMPARE(b->grab().devicePixelRatio(), dpr);
        }
    }
    const int menuIcon = w.style()->pixelMetric(QStyle::PM_SmallIconSize);
    for (QAction* menu : w.menuBar()->actions())
        for (QAction* a : menu->menu()->actions())
            if (!a->icon().isNull())
                icons << NamedIcon{a->text(), a->icon(), QSize(menuIcon, menuIcon)};
    QVERIFY2(icons.size() >= 4 + 6, qPrintable(QString::number(icons.size())));

    for (const NamedIcon& i : icons) {
        const QPixmap pixmap = i.icon.pixmap(i.size, dpr);
        QVERIFY2(pixmap.devicePixelRatio() == dpr && pixmap.size() == i.size * dpr,
                 qPrintable(QStringLiteral("%1: %2x%3 px at ratio %4 for %5x%6")
                                .arg(i.name)
                                .arg(pixmap.width())
                                .arg(pixmap.height())
                                .arg(pixmap.devicePixelRatio())
                                .arg(i.size.width())
                                .arg(i.size.height())));
        QVERIFY2(finerThanHalf(pixmap.toImage()) > 0,
                 qPrintable(i.name + QStringLiteral(": a doubled bitmap, not drawn at 2x")));
    }
}

void TestSharpIcons::inScaledChild() {
    if (qEnvironmentVariableIsSet(kScaledEnv))
        QSKIP("this is the child process itself");
    const uitest::ScaledRun run =
        uitest::rerunAtScaleTwo("TestSharpIcons", QStringLiteral("sharpAtScaleTwo"), 120000);
    QVERIFY2(run.passed, run.output.constData());
}

QTEST_MAIN(TestSharpIcons)
#include "tst_sharp_icons.moc"
