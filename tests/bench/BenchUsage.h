// Command-line conventions shared by the bench programs: `--help` (or -h) as the first argument
// prints the usage on standard output and exits 0; an unknown option or a missing value prints
// it on standard error and exits 2, so that nobody waits on a run that was not what they asked.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace famscope::benchusage {

// Only the first argument counts: bench_process passes later ones to the commands it times.
inline bool helpAsked(int argc, char** argv) {
    return argc > 1 && (std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0);
}

[[noreturn]] inline void exitWithUsage(const char* usage, int status) {
    std::fputs(usage, status == 0 ? stdout : stderr);
    std::exit(status);
}

inline void answerHelp(int argc, char** argv, const char* usage) {
    if (helpAsked(argc, argv))
        exitWithUsage(usage, 0);
}

constexpr int kUsageError = 2;

} // namespace famscope::benchusage
