// A QTemporaryDir that fails the test loudly when it cannot be created.
#pragma once

#include <QTemporaryDir>
#include <QTest>

inline QString tempPath(const QTemporaryDir& dir, const QString& name) {
    if (!dir.isValid())
        qFatal("cannot create a temporary directory");
    return dir.filePath(name);
}
