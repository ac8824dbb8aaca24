// famscope on a real X display, driven by real input: an Xvfb server at 1366×768, the built
// famscope on a striped golden image, and xdotool's XTEST key presses and clicks. Opens a file
// from the tree, clicks a heatmap cell, hides and shows the hex view with its shortcut and
// quits. After each step it reads what the window says it shows (famscope --state-file: the
// tab in front, the selected file, the panes shown) and checks it: the tree's last row is the
// selected file after End, the heatmap is in front after Ctrl+8, a clicked cell selects a file
// of the namespace, the hex view follows its shortcut. It checks the window title, takes a
// screenshot per step (xwd, kept in the test's temporary directory when it fails) and checks
// that the layout famscope saved on quitting has the hex view shown. Skipped, with the reason,
// where no X server can be started (Xvfb or xdotool not installed; .ci/install-deps installs
// both).
#include "UiTestSupport.h"

#include "ui/SelectionModel.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/models/ModelRoles.h"
#include "ui/panels/NamespacePanel.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <QTreeView>
#include <functional>

using namespace famscope::ui;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput().trimmed()};
}

// The path of the tree's last row for `image`, as the window's namespace tree sorts and expands
// it: where End in the tree lands.
QString lastTreeRow(const QString& image) {
    famscope::ui::SelectionModel selection;
    famscope::ui::NamespacePanel panel(&selection);
    panel.setSnapshot(uitest::loadImage(image));
    const QAbstractItemModel* model = panel.view()->model();
    QModelIndex last;
    for (QModelIndex parent; model->rowCount(parent) > 0;
         parent = last = model->index(model->rowCount(parent) - 1, 0, parent)) {
    }
    return last.data(famscope::ui::PathRole).toString();
}

} // namespace

class TestRealDisplay : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup() {
        if (QTest::currentTestFailed()) { // keep the screenshots of a failed run for a look
            dir_.setAutoRemove(false);
            qWarning("screenshots kept in %s", qPrintable(dir_.path()));
        }
    }
    void driveWithRealInput();

private:
    // xdotool with arguments on the test's display; its output, or a failure of the test.
    QByteArray xdotool(const QStringList& args);
    void key(const QString& keys);
    void shot(const QString& step);
    // What the window last wrote to its state file, once `done` holds (or after 10 s).
    QJsonObject stateWhen(const std::function<bool(const QJsonObject&)>& done);

    QString stateFile_;

    QString xvfb_, xdotool_, xwd_;
    QProcess server_;
    QProcessEnvironment env_;
    QTemporaryDir dir_;
    QStringList shots_;
};

void TestRealDisplay::initTestCase() {
    uitest::useOwnSettings("real-display");
    xvfb_ = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    xdotool_ = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
    xwd_ = QStandardPaths::findExecutable(QStringLiteral("xwd"));
    if (xvfb_.isEmpty())
        QSKIP("no X server can be started: Xvfb is not installed (Debian package xvfb)");
    if (xdotool_.isEmpty() || xwd_.isEmpty())
        QSKIP("no real X input: xdotool or xwd is not installed (Debian: xdotool, x11-apps)");
    QVERIFY(dir_.isValid());
    // -displayfd: the server picks a free display and writes its number to stdout when ready.
    server_.start(xvfb_,
                  {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                   QStringLiteral("0"), QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
                   QStringLiteral("tcp")});
    QByteArray number;
    QElapsedTimer t;
    t.start();
    while (!number.endsWith('\n') && t.elapsed() < 20000 &&
           server_.state() != QProcess::NotRunning) {
        server_.waitForReadyRead(200);
        number += server_.readAllStandardOutput();
    }
    if (!number.endsWith('\n'))
        QSKIP(qPrintable(QStringLiteral("no X server can be started: Xvfb failed: ") +
                         QString::fromLocal8Bit(server_.readAllStandardError())));
    env_ = QProcessEnvironment::systemEnvironment();
    env_.insert(QStringLiteral("DISPLAY"),
                QLatin1Char(':') + QString::fromLatin1(number.trimmed()));
    env_.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env_.insert(QStringLiteral("XDG_CONFIG_HOME"), dir_.filePath(QStringLiteral("config")));
    env_.remove(QStringLiteral("QT_SCALE_FACTOR"));
    env_.remove(QStringLiteral("WAYLAND_DISPLAY"));
}

void TestRealDisplay::cleanupTestCase() {
    if (server_.state() != QProcess::NotRunning) {
        server_.terminate();
        if (!server_.waitForFinished(5000))
            server_.kill();
    }
}

QByteArray TestRealDisplay::xdotool(const QStringList& args) {
    const Run r = run(xdotool_, args, env_);
    if (r.exitCode != 0)
        qWarning("xdotool %s failed", qPrintable(args.join(QLatin1Char(' '))));
    return r.out;
}

void TestRealDisplay::key(const QString& keys) {
    xdotool({QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("50"), keys});
    QThread::msleep(700); // the window repaints
}

void TestRealDisplay::shot(const QString& step) {
    const QString path = dir_.filePath(QStringLiteral("%1-%2.xwd").arg(shots_.size()).arg(step));
    QCOMPARE(run(xwd_,
                 {QStringLiteral("-root"), QStringLiteral("-silent"), QStringLiteral("-out"), path},
                 env_)
                 .exitCode,
             0);
    QFile now(path), before(shots_.isEmpty() ? QString() : shots_.last());
    QVERIFY(now.open(QIODevice::ReadOnly));
    const QByteArray pixels = now.readAll();
    QVERIFY2(pixels.size() > 1366 * 768, qPrintable(path));
    // Each step changes what is on screen.
    if (!shots_.isEmpty()) {
        QVERIFY(before.open(QIODevice::ReadOnly));
        QVERIFY2(before.readAll() != pixels, qPrintable(step + QStringLiteral(" changed nothing")));
    }
    shots_ << path;
}

QJsonObject TestRealDisplay::stateWhen(const std::function<bool(const QJsonObject&)>& done) {
    QJsonObject state;
    QElapsedTimer t;
    t.start();
    do {
        QFile f(stateFile_);
        if (f.open(QIODevice::ReadOnly))
            state = QJsonDocument::fromJson(f.readAll()).object();
        if (done(state))
            break;
        QThread::msleep(100);
    } while (t.elapsed() < 10000);
    return state;
}

void TestRealDisplay::driveWithRealInput() {
    const QString image = golden::imagePath(QStringLiteral("a04-striped"));
    QProcess gui;
    gui.setProcessEnvironment(env_);
    gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    stateFile_ = dir_.filePath(QStringLiteral("state.json"));
    gui.start(golden::famscopeBinary(), {QStringLiteral("--lang"), QStringLiteral("en"),
                                         QStringLiteral("--state-file"), stateFile_, image});
    QVERIFY(gui.waitForStarted());

    // The window, once the image is loaded: its title names the image.
    QByteArray window;
    QElapsedTimer t;
    t.start();
    while (window.isEmpty() && t.elapsed() < 60000 && gui.state() == QProcess::Running) {
        window = xdotool({QStringLiteral("search"), QStringLiteral("--name"),
                          QStringLiteral("a04-striped")})
                     .split('\n')
                     .value(0);
        QThread::msleep(300);
    }
    QVERIFY2(!window.isEmpty(), "no famscope window with the image's name");
    const QString id = QString::fromLatin1(window);
    QCOMPARE(QString::fromUtf8(xdotool({QStringLiteral("getwindowname"), id})),
             image + QStringLiteral(" — famscope"));
    xdotool({QStringLiteral("windowfocus"), id});
    QThread::msleep(500);
    shot(QStringLiteral("opened"));

    // Open a file from the tree: click into it, then the last row (a file of the image).
    xdotool({QStringLiteral("mousemove"), QStringLiteral("--window"), id, QStringLiteral("60"),
             QStringLiteral("160"), QStringLiteral("click"), QStringLiteral("1")});
    key(QStringLiteral("End"));
    shot(QStringLiteral("file-opened"));
    const QString lastRow = lastTreeRow(QStringLiteral("a04-striped"));
    QVERIFY(!lastRow.isEmpty());
    const auto selected = [](const QJsonObject& s) {
        return s.value(QLatin1String("selection")).toString();
    };
    QJsonObject state = stateWhen([&](const QJsonObject& s) { return selected(s) == lastRow; });
    QCOMPARE(selected(state), lastRow);
    QCOMPARE(state.value(QLatin1String("target")).toString(), image);

    // The heatmap (View > Heatmap, Ctrl+8), then a click on a cell left of its middle.
    key(QStringLiteral("ctrl+8"));
    shot(QStringLiteral("heatmap"));
    const auto view = [](const QJsonObject& s) {
        return s.value(QLatin1String("view")).toString();
    };
    state = stateWhen([&](const QJsonObject& s) { return view(s) == QLatin1String("Heatmap"); });
    QCOMPARE(view(state), QStringLiteral("Heatmap"));
    const QByteArray geometry = xdotool({QStringLiteral("getwindowgeometry"), id});
    xdotool({QStringLiteral("mousemove"), QStringLiteral("--window"), id, QStringLiteral("560"),
             QStringLiteral("250"), QStringLiteral("click"), QStringLiteral("1")});
    QThread::msleep(700);
    shot(QStringLiteral("heatmap-cell-clicked"));
    // The cell belongs to a file of the image: it is selected (the cell left of the middle of a
    // striped image's heatmap is never free space).
    const auto snapshot = uitest::loadImage(QStringLiteral("a04-striped"));
    state = stateWhen([&](const QJsonObject& s) { return selected(s) != lastRow; });
    const QString cellFile = selected(state);
    QVERIFY2(!cellFile.isEmpty() && snapshot->ns.findFile(cellFile.toStdString()),
             qPrintable(QStringLiteral("selected after the click: '%1'").arg(cellFile)));

    // The hex view starts hidden; its shortcut shows it, hides it, shows it again.
    const auto hexShown = [](const QJsonObject& s) {
        return s.value(QLatin1String("panes")).toObject().value(QLatin1String("hex")).toBool();
    };
    QVERIFY(!hexShown(state));
    for (const bool shown : {true, false, true}) {
        key(QStringLiteral("ctrl+shift+h"));
        shot(shown ? QStringLiteral("hex-shown") : QStringLiteral("hex-hidden"));
        state = stateWhen([&](const QJsonObject& s) { return hexShown(s) == shown; });
        QCOMPARE(hexShown(state), shown);
        QCOMPARE(selected(state), cellFile); // showing a pane keeps the selection
    }

    key(QStringLiteral("ctrl+q"));
    QVERIFY2(gui.waitForFinished(20000), "famscope did not quit on Ctrl+Q");
    QCOMPARE(gui.exitCode(), 0);

    // The layout saved on quitting: restored into a window here, the hex view is shown.
    const QString conf = dir_.filePath(QStringLiteral("config/famscope/famscope.conf"));
    QVERIFY2(QFile::exists(conf), qPrintable(conf));
    const QByteArray layout =
        QSettings(conf, QSettings::IniFormat).value(QStringLiteral("window/layout")).toByteArray();
    QVERIFY(!layout.isEmpty());
    MainWindow restored;
    QVERIFY(restored.restoreState(layout, MainWindow::kLayoutVersion));
    QVERIFY(!restored.findChild<QDockWidget*>(QStringLiteral("hexDock"))->isHidden());
    QVERIFY(!restored.findChild<QDockWidget*>(QStringLiteral("namespaceDock"))->isHidden());
    qInfo("%s", geometry.constData());
}

QTEST_MAIN(TestRealDisplay)
#include "tst_real_display.moc"
