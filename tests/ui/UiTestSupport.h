// Shared helpers of the GUI tests: open a golden image or the demo synchronously (the same
// loader the window uses, without the thread), and manifest accessors.
#pragma once

#include "GoldenImages.h"

#include "ui/document/SnapshotLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace uitest {

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
