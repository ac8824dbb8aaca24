// famscope ls TARGET [-l] [PATH]: the replayed namespace, directory by directory.
#include "cli/Commands.h"
#include "cli/FileLookup.h"
#include "cli/NamespaceOutput.h"
#include "cli/Text.h"
#include "core/report/CommandLineText.h"
#include "core/report/ExitStatus.h"
#include "core/report/InfoOutput.h"
#include "core/report/ListingOutput.h"

namespace famscope::cli {

int runLs(const Args& args) {
    CommandLine cl("ls",
                   "List a directory (default: the root) of the replayed "
                   "namespace, or one file.",
                   "TARGET [PATH]");
    cl.addForceOption();
    addSemanticsOption(cl);
    cl.addOption(Option{{"l"}, "Long listing: mode, owner, size, entry, map."});
    cl.addOption(Option{{"pages"},
                        "Add to each file the share that can fault in 2 MiB pages (in --json: "
                        "a \"fault_pages\" object)."});
    cl.addExitStatuses({ExitNotFound});
    if (auto exit = cl.parse(args, 1, 2))
        return *exit;
    int exitCode = ExitOk;
    auto on = openNamespace(cl, exitCode);
    if (!on)
        return exitCode;
    const std::string path =
        report::lookupPath(cl.positional().size() > 1 ? cl.positional().at(1) : "");

    const auto entries = report::listing(on->ns, path);
    if (!entries) {
        printErr("famscope: " + shown(on->target.fs.path) + ": " + shown(path) +
                 ": no such file or directory in the namespace");
        return ExitNotFound;
    }
    const report::ListingStyle style{cl.isSet("l"), cl.isSet("pages")};
    if (cl.json()) {
        printOut(report::listingJson(path, *entries, style, on->target.state, on->ns));
        return on->target.state.exitStatus;
    }
    if (on->ns.refused || on->ns.stoppedAt)
        printErr("famscope: note: " + report::namespaceSummary(on->ns));
    printOut(report::listingText(*entries, style, on->target.state.damage));
    return on->target.state.exitStatus;
}

} // namespace famscope::cli
