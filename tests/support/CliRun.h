// Running the built famscope executable as a user would, without a display.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cli {

struct Run {
    int exitCode = -1; // -2 when famscope crashed or was killed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// The environment famscope runs in: no DISPLAY, no Wayland, no platform override.
QProcessEnvironment headlessEnvironment();

// Runs famscope with `args` (behind `wrapper`, e.g. "setpriv --reuid=65534", when given).
// A run that outlives `timeoutMs` is killed and fails the test run loudly.
Run famscope(const QStringList& args, const QString& wrapper = {}, int timeoutMs = 300000);

} // namespace cli
