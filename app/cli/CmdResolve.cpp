// famscope resolve TARGET FILE OFFSET [LEN]: file range -> device runs, through the same
// resolver the rest of famscope uses (the kernel's fault-path semantics).
#include "cli/Commands.h"
#include "cli/FileLookup.h"
#include "cli/NamespaceOutput.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"

#include "core/fs/Resolver.h"
#include "core/report/FaultJson.h"
#include "core/report/FaultText.h"
#include "core/report/ListingOutput.h"

namespace famscope::cli {

int runResolve(const Args& args) {
    CommandLine cl("resolve",
                   "Resolve a file range to (device index, device offset, length) "
                   "runs, as the famfs kernel module does on a fault. LEN "
                   "defaults to 1.",
                   "TARGET FILE OFFSET [LEN]");
    cl.addForceOption();
    addSemanticsOption(cl);
    cl.addOption(Option{{"explain"},
                        "Also show how the fault at OFFSET resolves, step by step, with the page "
                        "size it can map (in --json: an \"explain\" object)."});
    cl.addExitStatuses({ExitNotFound});
    if (auto exit = cl.parse(args, 3, 4))
        return *exit;
    const auto offset = report::parseSize(cl.positional().at(2));
    const auto length = cl.positional().size() > 3 ? report::parseSize(cl.positional().at(3))
                                                   : std::optional<uint64_t>(1);
    if (!offset || !length) {
        const size_t bad = !offset ? 2 : 3;
        printErr(std::string("famscope resolve: ") + (bad == 2 ? "OFFSET" : "LEN") +
                 " must be a number (e.g. 4096, 0x1000, 2M)" +
                 CommandLine::notGiven(cl.positional().at(bad)));
        return ExitUsage;
    }
    if (*length == 0) { // a zero-length range maps nothing: say so rather than print nothing
        printErr("famscope resolve: LEN must be at least 1, not 0");
        return ExitUsage;
    }
    int exitCode = ExitOk;
    auto on = openNamespace(cl, exitCode);
    if (!on)
        return exitCode;
    const fs::FsFile* f = requireFile(*on, cl.positional().at(1), exitCode);
    if (!f)
        return exitCode;
    const bool explained = cl.isSet("explain");
    auto runs = fs::resolveRange(f->map, f->size, *offset, *length);
    if (cl.json() && (runs || explained)) {
        printOut(report::resolveJson(*f, *offset, *length, explained, runs ? &*runs : nullptr,
                                     on->target.state));
    } else if (explained) {
        printOut(report::explainText(*f, *offset));
    }
    if (!runs) {
        printErr("famscope: " + shown(f->path) + ": " + shown(runs.error()));
        return ExitNotFound;
    }
    if (cl.json())
        return on->target.state.exitStatus;
    printOut(report::resolvedRunsText(*f, *runs));
    return on->target.state.exitStatus;
}

} // namespace famscope::cli
