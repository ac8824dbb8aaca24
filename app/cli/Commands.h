// The CLI subcommands. Each takes the arguments after its name and returns the exit status.
#pragma once

#include "cli/CommandLine.h"

namespace famscope::cli {

int runInfo(const Args& args);
int runLog(const Args& args);
int runLs(const Args& args);
int runGetmap(const Args& args);
int runResolve(const Args& args);
int runDevices(const Args& args);
int runDemo(const Args& args);
int runBench(const Args& args);
int runFsck(const Args& args);
int runMkfs(const Args& args);
int runMkdir(const Args& args);
int runCreat(const Args& args);
int runCp(const Args& args);
int runVerify(const Args& args);
int runRestore(const Args& args);
int runRepair(const Args& args);
int runHeatmap(const Args& args);

} // namespace famscope::cli
