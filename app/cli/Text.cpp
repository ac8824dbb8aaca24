#include "cli/Text.h"

#include "core/report/ExitStatus.h"

#include <cerrno>
#include <cstdio>

namespace famscope::cli {

namespace {

int outputError = 0; // the first failed write to stdout
int statusWhenLost = ExitOutputLost;

} // namespace

void printOut(std::string_view bytes) {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() && outputError == 0)
        outputError = errno != 0 ? errno : EIO;
}

int finishOutput() {
    if (std::fflush(stdout) != 0 && outputError == 0)
        outputError = errno != 0 ? errno : EIO;
    return outputError;
}

void setStatusWhenOutputLost(int status) {
    statusWhenLost = status;
}

int statusWhenOutputLost() {
    return statusWhenLost;
}

void printErr(std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
}

} // namespace famscope::cli
