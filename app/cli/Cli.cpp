#include "cli/Cli.h"

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
    {"demo", "demo               summary of the built-in demo file system", runDemo},
};

QString usage() {
    QString text = QStringLiteral(
        "Usage: famscope <command> [options] [arguments]\n"
        "Inspect famfs file systems on devdax devices (/dev/daxX.Y) and image files.\n\n"
        "Commands:\n");
    for (const Command& c : kCommands)
        text += QStringLiteral("  ") + QLatin1String(c.synopsis) + QLatin1Char('\n');
    text += QStringLiteral(
        "\nEvery command takes --json and --help. TARGET is an image file or a devdax device;\n"
        "it is always opened read-only.\n"
        "Exit status: 0 ok, 1 usage, 2 cannot open, 3 not famfs, 4 unsupported layout,\n"
        "5 media shorter than the device it claims, 6 path or offset not found.\n");
    return text;
}

} // namespace

int run(int argc, char** argv) {
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printOut(usage());
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        printOut(QStringLiteral("famscope " FAMSCOPE_VERSION "\n"));
        return ExitOk;
    }
    if (args.first() == QLatin1String("--demo"))
        return runDemo(args.mid(1));
    const QString name = args.takeFirst();
    for (const Command& c : kCommands)
        if (name == QLatin1String(c.name))
            return c.run(args);
    printErr(QStringLiteral("famscope: unknown command '") + name +
             QStringLiteral("' (see famscope --help)"));
    return ExitUsage;
}

} // namespace famscope::cli
