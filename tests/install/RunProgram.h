// Running any program (a staged famscope, a validator, groff) with a time limit, for the
// install and documentation tests.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace install {

struct ProgramRun {
    int exitCode = -1; // -2 when the program crashed, could not start, or was killed
    QByteArray out;
    QByteArray err;
};

inline ProgramRun
runProgram(const QString& program, const QStringList& args,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 120000) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProgramRun r;
    if (!p.waitForStarted()) {
        r.exitCode = -2;
        r.err = "cannot start " + program.toLocal8Bit();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        qFatal("%s %s did not finish", qPrintable(program), qPrintable(args.join(u' ')));
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The path of a tool on PATH, or "" (the caller skips with the package that provides it).
inline QString findTool(const QString& name) {
    return QStandardPaths::findExecutable(name);
}

} // namespace install
