#include "cli/Cli.h"

#include "cli/Commands.h"
#include "cli/Text.h"
#include "core/report/CommandLineText.h"
#include "core/report/ExitStatus.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <vector>

namespace famscope::cli {

namespace {

struct Command {
    const char* name;
    const char* synopsis;
    int (*run)(const Args&);
};

constexpr Command kCommands[] = {
    {"info", "info TARGET        superblock, log header, entry and namespace summary", runInfo},
    {"log", "log TARGET         the log entries [--from N] [--to M]", runLog},
    {"ls", "ls TARGET [PATH]   list the replayed namespace [-l]", runLs},
    {"getmap", "getmap TARGET FILE the extent list of a file", runGetmap},
    {"resolve", "resolve TARGET FILE OFFSET [LEN]  file offset -> device offset", runResolve},
    {"devices", "devices            dax regions and devices on this host", runDevices},
    {"fsck", "fsck TARGET        check everything famfs fsck checks, and more", runFsck},
    {"demo", "demo               summary of the built-in demo file system", runDemo},
    {"verify", "verify TARGET FILE --seed S  check a file against the famfs test pattern",
     runVerify},
    {"mkfs", "mkfs TARGET        make a famfs file system [--size S] [--devdax] (writes)", runMkfs},
    {"mkdir", "mkdir TARGET PATH  create a directory [-p] (writes)", runMkdir},
    {"creat", "creat TARGET PATH --size S  create a file [--seed S] [-N -B -C] (writes)", runCreat},
    {"cp", "cp TARGET SRC... DEST  copy host files in [-r] (writes)", runCp},
    {"restore", "restore BACKUP TARGET  put a metadata backup back (writes)", runRestore},
    {"repair", "repair TARGET      fix what fsck finds [--dry-run] [--recover] (writes)",
     runRepair},
    {"bench", "bench TARGET       mmap fault throughput per page size [--page-size 4k,2m,1g]",
     runBench},
    {"heatmap", "heatmap TARGET --png OUT.png  picture of who owns each allocation unit [--svg]",
     runHeatmap},
};

std::string usage() {
    std::string text =
        "Usage: famscope <command> [options] [arguments]\n"
        "       famscope [TARGET | --demo [--tour]] [--lang LANG]   (the desktop app)\n"
        "       famscope --screenshot OUT.png [--size WxH] [--view NAME] [TARGET | --demo]\n"
        "Inspect famfs file systems on devdax devices (/dev/daxX.Y) and image files.\n\n"
        "Commands:\n";
    for (const Command& c : kCommands)
        text += std::string("  ") + c.synopsis + '\n';
    text += "\nEvery command takes --json and --help. TARGET is an image file or a devdax device;\n"
            "it is opened read-only except by the commands marked (writes).\n"
            "Exit status (each command's --help lists the ones it returns): 0 ok, 1 usage,\n"
            "2 cannot open, 3 not famfs, 4 unsupported layout, 5 media shorter than the device\n"
            "it claims, 6 path or offset not found, 7 write refused, 8 write failed,\n"
            "9 verify mismatch, 10 output not written (a full disk).\n"
            "fsck has e2fsck's statuses instead (1 = warnings, not a usage\n"
            "error): see famscope fsck --help.\n";
    return text;
}

// The command closest to `word`, if it is close enough to be a typo.
const char* nearestCommand(std::string_view word) {
    std::vector<std::string_view> names;
    for (const Command& c : kCommands)
        names.push_back(c.name);
    const auto nearest = report::nearestWord(word, names);
    return nearest ? kCommands[*nearest].name : nullptr;
}

bool isCommand(std::string_view word) {
    return std::any_of(std::begin(kCommands), std::end(kCommands),
                       [&](const Command& c) { return word == c.name; });
}

} // namespace

bool handlesArgument(const char* firstArgument) {
    const std::string_view arg(firstArgument);
    if (arg == "--help" || arg == "-h" || arg == "help" || arg == "--version" || isCommand(arg))
        return true;
    // Options (--demo, --screenshot, --lang ...) and existing files or devices open the
    // window; any other word is a mistyped command, answered here without a display.
    struct stat st {};
    return !arg.empty() && arg.front() != '-' && ::stat(firstArgument, &st) != 0;
}

namespace {

// Output that did not reach stdout (a full disk, /dev/full, a pipe closed early with SIGPIPE
// ignored) is lost: say so on stderr, and do not exit 0 as though it had been written. A
// command that failed already keeps its status, which its own message explains.
int checkedOutput(const std::string& command, int status) {
    const int error = finishOutput();
    if (error == 0)
        return status;
    printErr("famscope" + (command.empty() ? std::string() : ' ' + command) +
             ": the output could not be written: " + std::strerror(error));
    return status != ExitOk ? status : statusWhenOutputLost();
}

int runCommand(Args args) {
    if (args.empty() || args.front() == "--help" || args.front() == "-h" ||
        args.front() == "help") {
        printOut(usage());
        return args.empty() ? ExitUsage : ExitOk;
    }
    if (args.front() == "--version") {
        printOut("famscope " FAMSCOPE_VERSION "\n");
        return ExitOk;
    }
    const std::string name = args.front();
    args.erase(args.begin());
    for (const Command& c : kCommands)
        if (name == c.name)
            return c.run(args);
    std::string message =
        "famscope: '" + shown(name) + "' is not a command, nor an existing file to open";
    if (const char* nearest = nearestCommand(name))
        message += "; did you mean '" + std::string(nearest) + "'?";
    printErr(message + " (see famscope --help)");
    return ExitUsage;
}

} // namespace

int run(int argc, char** argv) {
    Args args(argv + 1, argv + argc); // bytes as given: names that are not UTF-8 survive
    const std::string command = !args.empty() && isCommand(args.front()) ? args.front() : "";
    return checkedOutput(command, runCommand(args));
}

} // namespace famscope::cli
