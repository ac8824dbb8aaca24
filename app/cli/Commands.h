// The CLI subcommands. Each takes the arguments after its name and returns the exit status.
#pragma once

#include <QStringList>

namespace famscope::cli {

int runInfo(const QStringList& args);
int runLog(const QStringList& args);
int runLs(const QStringList& args);
int runGetmap(const QStringList& args);
int runResolve(const QStringList& args);
int runDevices(const QStringList& args);
int runDemo(const QStringList& args);
int runBench(const QStringList& args);
int runFsck(const QStringList& args);
int runMkfs(const QStringList& args);
int runMkdir(const QStringList& args);
int runCreat(const QStringList& args);
int runCp(const QStringList& args);
int runVerify(const QStringList& args);
int runRestore(const QStringList& args);
int runRepair(const QStringList& args);
int runHeatmap(const QStringList& args);

} // namespace famscope::cli
