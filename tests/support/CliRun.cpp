#include "CliRun.h"

#include "GoldenImages.h"

#include <QJsonDocument>
#include <QProcess>

namespace cli {

QJsonObject Run::json() const {
    return QJsonDocument::fromJson(out).object();
}

QProcessEnvironment headlessEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

Run famscope(const QStringList& args, const QString& wrapper, int timeoutMs) {
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment());
    if (wrapper.isEmpty()) {
        p.start(golden::famscopeBinary(), args);
    } else {
        QStringList all = wrapper.split(QLatin1Char(' '));
        const QString program = all.takeFirst();
        p.start(program, all + QStringList{golden::famscopeBinary()} + args);
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        qFatal("famscope %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace cli
