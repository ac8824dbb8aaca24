#include "cli/Text.h"

#include <cerrno>
#include <cstdio>

namespace famscope::cli {

namespace {

int outputError = 0; // the first failed write to stdout

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

void printErr(std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
}

} // namespace famscope::cli
