// Shared helpers of the GUI tests: open a golden image or the demo synchronously (the same
// loader the window uses, without the thread), and manifest accessors.
#pragma once

#include "GoldenImages.h"

#include "ui/document/SnapshotLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace uitest {

// Set in the child that rerunAtScaleTwo starts, so that a test knows it runs at scale 2.
inline const char* const kScaledEnv = "FAMSCOPE_TEST_SCALED_SCREEN";

// Runs test function `function` of this executable again in a child process with
// QT_SCALE_FACTOR=2 (a scale factor cannot change inside a running QApplication). Returns the
// child's output; `passed` says whether it finished in time, exited 0 and passed `function`.
struct ScaledRun {
    bool passed = false;
    QByteArray output;
};
inline ScaledRun rerunAtScaleTwo(const char* testClass, const QString& function, int timeoutMs,
                                 const QString& passTag = {}) {
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    env.insert(QString::fromLatin1(kScaledEnv), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {function});
    ScaledRun run;
    const bool finished = child.waitForFinished(timeoutMs);
    run.output = child.readAll();
    const QString pass = QStringLiteral("PASS   : ") + QLatin1String(testClass) +
                         QStringLiteral("::") + function + QLatin1Char('(') + passTag +
                         QLatin1Char(')');
    run.passed = finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 &&
                 run.output.contains(pass.toUtf8());
    return run;
}

// Settings of this test program only: QStandardPaths test locations, an application name of
// its own and its settings in a temporary directory (not ~/.qttest: HOME may be read-only),
// because the window saves recent files and state and tests run in parallel.
inline void useOwnSettings(const char* testName) {
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        qFatal("cannot create a temporary directory for the settings");
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("famscope-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("famscope-tests-") +
                                         QLatin1String(testName));
}

inline std::shared_ptr<famscope::ui::Snapshot> loadImage(const QString& name) {
    auto result = famscope::ui::loadSnapshotNow({golden::imagePath(name), false});
    if (!result.snapshot)
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(result.error));
    return result.snapshot;
}

inline std::shared_ptr<famscope::ui::Snapshot> loadDemo() {
    auto result = famscope::ui::loadSnapshotNow({QString(), true});
    if (!result.snapshot)
        qFatal("cannot load the demo: %s", qPrintable(result.error));
    return result.snapshot;
}

inline QJsonArray manifestArray(const QString& image, const char* a, const char* b = nullptr) {
    QJsonValue v = golden::manifestImage(image).value(QLatin1String(a));
    if (b)
        v = v.toObject().value(QLatin1String(b));
    return v.toArray();
}

} // namespace uitest
