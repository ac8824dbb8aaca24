// famscope log TARGET [--from N] [--to M]: the log entries, one line (or JSON object) each.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/DamageOutput.h"
#include "cli/ExitCodes.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/LogOutput.h"

namespace famscope::cli {

int runLog(const QStringList& args) {
    CommandLine cl(QStringLiteral("log"),
                   QStringLiteral("List the log entries of a famfs image or devdax device."),
                   QStringLiteral("TARGET"));
    cl.addForceOption();
    cl.addOption(QCommandLineOption(
        QStringLiteral("from"), QStringLiteral("First entry index to show."), QStringLiteral("N")));
    cl.addOption(QCommandLineOption(QStringLiteral("to"),
                                    QStringLiteral("Last entry index to show (inclusive)."),
                                    QStringLiteral("M")));
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    uint64_t from = 0;
    uint64_t to = UINT64_MAX;
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!cl.isSet(name))
            continue;
        const auto v = CommandLine::parseNumber(cl.value(name));
        if (!v) {
            printErr(QStringLiteral("famscope log: --") + name +
                     QStringLiteral(" needs a number, not '") + cl.value(name) + QLatin1Char('\''));
            return ExitUsage;
        }
        *target = *v;
    }
    auto opened = openTarget(cl.positional().at(0), cl.force(), std::nullopt, true);
    if (!opened.target) {
        printErr(opened.error);
        return opened.exitCode;
    }
    printDamageWarning(*opened.target);
    const Target& t = *opened.target;
    printOut(cl.json()
                 ? withRepairPending(t, report::logJson(t.fs, t.damage, opened.exitCode, from, to))
                 : report::logText(t.fs, t.damage, from, to));
    return opened.exitCode;
}

} // namespace famscope::cli
