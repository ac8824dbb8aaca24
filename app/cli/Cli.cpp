#include "cli/Cli.h"

#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Text.h"

#include <QString>
#include <QStringList>

namespace famscope::cli {

namespace {

struct Command {
    const char* name;
    const char* synopsis;
    int (*run)(const QStringList&);
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
    {"bench", "bench TARGET       mmap fault throughput per page size [--page-size 4k,2m,1g]",
     runBench},
    {"heatmap", "heatmap TARGET --png OUT.png  picture of who owns each allocation unit [--svg]",
     runHeatmap},
};

QString usage() {
    QString text = QStringLiteral(
        "Usage: famscope <command> [options] [arguments]\n"
        "       famscope [TARGET | --demo] [--lang LANG]   (the desktop app)\n"
        "       famscope --screenshot OUT.png [--size WxH] [--view NAME] [TARGET | --demo]\n"
        "Inspect famfs file systems on devdax devices (/dev/daxX.Y) and image files.\n\n"
        "Commands:\n");
    for (const Command& c : kCommands)
        text += QStringLiteral("  ") + QLatin1String(c.synopsis) + QLatin1Char('\n');
    text += QStringLiteral(
        "\nEvery command takes --json and --help. TARGET is an image file or a devdax device;\n"
        "it is opened read-only except by the commands marked (writes).\n"
        "Exit status: 0 ok, 1 usage, 2 cannot open, 3 not famfs, 4 unsupported layout,\n"
        "5 media shorter than the device it claims, 6 path or offset not found,\n"
        "7 write refused, 8 write failed, 9 verify mismatch.\n");
    return text;
}

} // namespace

bool handlesArgument(const char* firstArgument) {
    const QLatin1String arg(firstArgument);
    if (arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
        arg == QLatin1String("help") || arg == QLatin1String("--version"))
        return true;
    for (const Command& c : kCommands)
        if (arg == QLatin1String(c.name))
            return true;
    return false;
}

int run(int argc, char** argv) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << argumentText(argv[i]); // bytes that are not UTF-8 survive
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printOut(usage());
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        printOut(QStringLiteral("famscope " FAMSCOPE_VERSION "\n"));
        return ExitOk;
    }
    const QString name = args.takeFirst();
    for (const Command& c : kCommands)
        if (name == QLatin1String(c.name))
            return c.run(args);
    printErr(QStringLiteral("famscope: unknown command '") + shownArgument(name) +
             QStringLiteral("' (see famscope --help)"));
    return ExitUsage;
}

} // namespace famscope::cli
