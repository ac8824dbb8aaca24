// Whole-process wall time of a command, such as `famscope info IMAGE` or `famfs fsck IMAGE`:
// start, run and exit, as a user sees it. Several commands are run interleaved (one run of
// each per round), so that they see the same machine load and can be compared side by side.
//
//   bench_process [--runs N] [--any-status] COMMAND [ARGS...] [--- COMMAND [ARGS...]]...
//
// Standard output and error of the commands are discarded. Prints, per command, the median,
// min and max over N runs (default 21) after one uncounted warm-up run, of the wall time and
// of the CPU time (user + system, from wait4), and the median peak resident memory. Exits
// non-zero when a command cannot be started, is killed, or exits non-zero (with --any-status,
// any exit status counts as a run: fsck exits non-zero on findings).
#include "BenchUsage.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

struct Command {
    std::vector<std::string> args;
    std::vector<double> ms;
    std::vector<double> cpuMs;
    std::vector<double> peakMiB;
};

struct Sample {
    double ms = -1; // negative: could not be started, or failed
    double cpuMs = 0;
    double peakMiB = 0;
};

double toMs(const timeval& tv) {
    return static_cast<double>(tv.tv_sec) * 1e3 + static_cast<double>(tv.tv_usec) / 1e3;
}

// Runs `cmd` once with stdout and stderr on /dev/null.
Sample runOnce(const Command& cmd, bool anyStatus) {
    std::vector<char*> argv;
    for (const std::string& a : cmd.args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto t0 = Clock::now();
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return {};
    int status = 0;
    struct rusage ru {};
    if (wait4(pid, &status, 0, &ru) != pid)
        return {};
    const auto t1 = Clock::now();
    if (!WIFEXITED(status) || (!anyStatus && WEXITSTATUS(status) != 0))
        return {};
    return {std::chrono::duration<double, std::milli>(t1 - t0).count(),
            toMs(ru.ru_utime) + toMs(ru.ru_stime), static_cast<double>(ru.ru_maxrss) / 1024.0};
}

double median(std::vector<double>& v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

constexpr const char* kUsage =
    "usage: bench_process [--runs N] [--any-status] COMMAND [ARGS...] [--- COMMAND "
    "[ARGS...]]...\n"
    "Whole-process wall and CPU time and peak memory of each COMMAND, run interleaved N times\n"
    "(default 21) after one uncounted round; prints median, min and max per command.\n"
    "--any-status: a non-zero exit status is a result, not a failure.\n";

int main(int argc, char** argv) {
    using namespace famscope;
    benchusage::answerHelp(argc, argv, kUsage);
    int runs = 21;
    bool anyStatus = false;
    std::vector<Command> commands(1);
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (commands.back().args.empty() && arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (commands.back().args.empty() && arg == "--any-status")
            anyStatus = true;
        else if (arg == "---")
            commands.emplace_back();
        else
            commands.back().args.push_back(arg);
    }
    if (std::any_of(commands.begin(), commands.end(),
                    [](const Command& c) { return c.args.empty(); })) {
        benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    }
    for (int r = 0; r <= runs; ++r) { // round 0 warms the page cache, not counted
        for (Command& c : commands) {
            const Sample s = runOnce(c, anyStatus);
            if (s.ms < 0) {
                std::fprintf(stderr, "bench_process: '%s' could not run or failed\n",
                             c.args[0].c_str());
                return 1;
            }
            if (r > 0) {
                c.ms.push_back(s.ms);
                c.cpuMs.push_back(s.cpuMs);
                c.peakMiB.push_back(s.peakMiB);
            }
        }
    }
    for (Command& c : commands) {
        std::string line;
        for (const std::string& a : c.args)
            line += (line.empty() ? "" : " ") + a;
        const double wall = median(c.ms);
        const double cpu = median(c.cpuMs);
        std::printf("median %7.2f ms  min %7.2f  max %7.2f  cpu median %7.2f ms  min %7.2f  max "
                    "%7.2f  peak %6.1f MiB  (%d runs)  %s\n",
                    wall, c.ms.front(), c.ms.back(), cpu, c.cpuMs.front(), c.cpuMs.back(),
                    median(c.peakMiB), runs, line.c_str());
    }
    return 0;
}
