// Whole-process wall time of a command, such as `famscope info IMAGE` or `famfs fsck IMAGE`:
// start, run and exit, as a user sees it. Several commands are run interleaved (one run of
// each per round), so that they see the same machine load and can be compared side by side.
//
//   bench_process [--runs N] COMMAND [ARGS...] [--- COMMAND [ARGS...]]...
//
// Standard output and error of the commands are discarded. Prints, per command, the median,
// min and max over N runs (default 21) after one uncounted warm-up run. Exits non-zero when a
// command cannot be started or exits non-zero.
#include <fcntl.h>
#include <spawn.h>
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
};

// Runs `cmd` once with stdout and stderr on /dev/null; returns its wall time in ms, or a
// negative value when it could not be started or failed.
double runOnce(const Command& cmd) {
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
        return -1;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        return -1;
    const auto t1 = Clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

} // namespace

int main(int argc, char** argv) {
    int runs = 21;
    std::vector<Command> commands(1);
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (commands.back().args.empty() && arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (arg == "---")
            commands.emplace_back();
        else
            commands.back().args.push_back(arg);
    }
    if (std::any_of(commands.begin(), commands.end(),
                    [](const Command& c) { return c.args.empty(); })) {
        std::fprintf(stderr, "usage: bench_process [--runs N] COMMAND [ARGS...] "
                             "[--- COMMAND [ARGS...]]...\n");
        return 1;
    }
    for (int r = 0; r <= runs; ++r) { // round 0 warms the page cache, not counted
        for (Command& c : commands) {
            const double ms = runOnce(c);
            if (ms < 0) {
                std::fprintf(stderr, "bench_process: '%s' could not run or failed\n",
                             c.args[0].c_str());
                return 1;
            }
            if (r > 0)
                c.ms.push_back(ms);
        }
    }
    for (Command& c : commands) {
        std::sort(c.ms.begin(), c.ms.end());
        std::string line;
        for (const std::string& a : c.args)
            line += (line.empty() ? "" : " ") + a;
        std::printf("median %7.2f ms  min %7.2f  max %7.2f  (%d runs)  %s\n", c.ms[c.ms.size() / 2],
                    c.ms.front(), c.ms.back(), runs, line.c_str());
    }
    return 0;
}
