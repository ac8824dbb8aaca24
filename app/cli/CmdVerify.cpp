// famscope verify TARGET FILE --seed S: compares a file's data, read through its map (the
// kernel's offset resolution), with the famfs test pattern of S, as `famfs verify -S S -f FILE`.
// Streams the file in windows on several threads, so memory stays bounded.
#include "cli/Commands.h"
#include "cli/FileLookup.h"
#include "cli/NamespaceOutput.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/VerifyOutput.h"

#include "core/edit/PatternIo.h"
#include "core/report/SeedText.h"

namespace famscope::cli {

int runVerify(const Args& args) {
    CommandLine cl("verify",
                   "Check that a file holds the famfs test pattern of a seed "
                   "(what famfs creat -r -S wrote). Read-only.",
                   "TARGET FILE");
    cl.addOption(Option{{"S", "seed"}, "The seed the file was written with.", "SEED"});
    cl.addOption(Option{{"t", "threads"}, "Threads (default: one per core, at most 8).", "N"});
    cl.addForceOption();
    addSemanticsOption(cl);
    cl.addExitStatuses({ExitNotFound, ExitMismatch});
    if (auto exit = cl.parse(args, 2, 2))
        return *exit;
    if (!cl.isSet("seed")) {
        printErr("famscope verify: --seed SEED is required");
        return ExitUsage;
    }
    const auto seed = report::parseSeed(cl.value("seed"));
    if (!seed) {
        printErr("famscope verify: --seed must be a number" + cl.notGivenValue("seed"));
        return ExitUsage;
    }
    edit::PatternOptions po;
    if (cl.isSet("threads")) {
        const auto t = report::parseSize(cl.value("threads"));
        if (!t || *t == 0 || *t > 256) {
            printErr("famscope verify: --threads must be 1..256" + cl.notGivenValue("threads"));
            return ExitUsage;
        }
        po.threads = static_cast<unsigned>(*t);
    }
    int exitCode = ExitOk;
    auto on = openNamespace(cl, exitCode);
    if (!on)
        return exitCode;
    const fs::FsFile* f = requireFile(*on, cl.positional().at(1), exitCode);
    if (!f)
        return exitCode;
    auto r = edit::verifyPattern(*on->target.media, f->map, f->size, *seed, po);
    if (!r) {
        printErr("famscope verify: " + shown(f->path) + ": " + shown(r.error()));
        return ExitNotFound;
    }
    printOut(cl.json() ? report::verifyJson(f->path, *seed, *r, on->target.state)
                       : report::verifyText(f->path, *r));
    return r->ok() ? on->target.state.exitStatus : ExitMismatch;
}

} // namespace famscope::cli
