// A writable copy of a golden image for tests that change it: sparse, so a 4 GiB device costs
// only its data blocks.
#pragma once

#include "GoldenImages.h"

#include <QProcess>
#include <QTest>

namespace uitest {

inline QString copyImage(const QString& name, const QString& destination) {
    QProcess cp;
    cp.start(QStringLiteral("cp"),
             {QStringLiteral("--sparse=always"), golden::imagePath(name), destination});
    if (!cp.waitForFinished(120000) || cp.exitStatus() != QProcess::NormalExit ||
        cp.exitCode() != 0)
        qFatal("cannot copy %s: %s", qPrintable(name), cp.readAllStandardError().constData());
    return destination;
}

} // namespace uitest
