// Shared helpers of the GUI tests: open a golden image or the demo synchronously (the same
// loader the window uses, without the thread), and manifest accessors.
#pragma once

#include "GoldenImages.h"

#include "document/SnapshotLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

namespace uitest {

// Settings of this test program only: QStandardPaths test locations and an application name
// of its own, because the window saves recent files and state and tests run in parallel.
inline void useOwnSettings(const char* testName) {
    QStandardPaths::setTestModeEnabled(true);
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
