// famscope log TARGET [--from N] [--to M]: the log entries, one line (or JSON object) each.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/LogOutput.h"

namespace famscope::cli {

int runLog(const Args& args) {
    CommandLine cl("log", "List the log entries of a famfs image or devdax device.", "TARGET");
    cl.addForceOption();
    cl.addOption(Option{{"from"}, "First entry index to show.", "N"});
    cl.addOption(Option{{"to"}, "Last entry index to show (inclusive).", "M"});
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    uint64_t from = 0;
    uint64_t to = UINT64_MAX;
    for (const auto& [name, target] :
         {std::pair{std::string("from"), &from}, std::pair{std::string("to"), &to}}) {
        if (!cl.isSet(name))
            continue;
        const auto v = report::parseSize(cl.value(name));
        if (!v) {
            printErr("famscope log: --" + name + " needs a number, not '" + cl.value(name) + '\'');
            return ExitUsage;
        }
        *target = *v;
    }
    int exitCode = ExitOk;
    const auto opened = openForReading(cl.positional().at(0), cl.force(), std::nullopt, exitCode);
    if (!opened)
        return exitCode;
    const Target& t = *opened;
    if (cl.json())
        report::logJson(t.fs, t.state, from, to, printOut);
    else
        report::logText(t.fs, t.state.damage, from, to, printOut);
    return t.state.exitStatus;
}

} // namespace famscope::cli
