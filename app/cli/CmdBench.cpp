// famscope bench TARGET: mmap fault throughput for each page size (see README "Fault
// benchmark"). The engine is core/bench; this file only parses options and prints.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/Text.h"
#include "core/report/BenchOutput.h"
#include "core/report/ExitStatus.h"

#include "core/bench/PageSize.h"
#include "core/bench/Session.h"

#include <thread>

namespace famscope::cli {

namespace {

Option valueOption(const char* name, const char* help, const char* valueName) {
    return Option{{name}, help, valueName};
}

std::optional<unsigned> smallCount(const CommandLine& cl, const char* name, unsigned fallback,
                                   unsigned min, unsigned max) {
    if (!cl.isSet(name))
        return fallback;
    const auto v = report::parseSize(cl.value(name));
    if (!v || *v < min || *v > max) {
        printErr(std::string("famscope bench: --") + name + " must be a number from " +
                 std::to_string(min) + " to " + std::to_string(max) + cl.notGivenValue(name));
        return std::nullopt;
    }
    return static_cast<unsigned>(*v);
}

} // namespace

int runBench(const Args& args) {
    CommandLine cl(
        "bench",

        "Measure mmap page-fault throughput for each page size. TARGET: memfd (4 KiB shared "
        "memory), hugetlb (2 MiB/1 GiB hugetlb memfd), thp (memfd with transparent huge "
        "pages), an image file or devdax device, or famfs:MEDIA:PATH for a famfs file. Every "
        "repetition maps afresh and touches one byte per page; a run that did not get the "
        "page size asked for is flagged. Read faults unless --write.",
        "TARGET");
    cl.addOption(valueOption("page-size", "Page sizes to measure, e.g. 4k,2m,1g.", "SIZES"));
    cl.addOption(Option{{"write"},
                        "Write faults (non-zero bytes). Refused on image files and over a famfs "
                        "superblock or log; on a famfs file it overwrites the file's data."});
    cl.addOption(Option{{"random"}, "Touch the pages in random order."});
    cl.addOption(valueOption("threads", "Run with 1..N threads (default 1).", "N"));
    cl.addOption(valueOption("reps", "Measured repetitions (at least 9, default 9).", "N"));
    cl.addOption(valueOption("warmups", "Warm-up repetitions (default 2).", "N"));
    cl.addOption(
        valueOption("size", "Bytes to map (default 256M; a famfs file: all of it).", "BYTES"));
    cl.addOption(valueOption("offset", "Start offset in an image or devdax target.", "BYTES"));
    cl.addOption(valueOption("seed", "Seed of the random order (default 24301).", "N"));
    cl.addOption(Option{{"populate"}, "Also time a prefaulted mapping (MAP_POPULATE)."});
    cl.addOption(Option{{"latency"}, "Also measure per-fault latency percentiles."});
    cl.addOption(Option{{"mmap-bench-lines"}, "Also print lines in famfs mmap_bench format."});
    cl.setExitStatuses({ExitOk, ExitUsage, ExitCannotOpen, ExitRefused});
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;

    bench::BenchOptions options;
    if (cl.isSet("page-size")) {
        auto sizes = bench::parsePageSizes(cl.value("page-size"));
        if (!sizes) {
            printErr("famscope bench: " + shown(sizes.error()));
            return ExitUsage;
        }
        options.pageSizes = *sizes;
    }
    const unsigned maxThreads = std::max(64u, 4 * std::thread::hardware_concurrency());
    const auto threads = smallCount(cl, "threads", 1, 1, maxThreads);
    const auto reps = smallCount(cl, "reps", bench::kMinReps, bench::kMinReps, 100000);
    const auto warmups = smallCount(cl, "warmups", 2, 0, 1000);
    if (!threads || !reps || !warmups)
        return ExitUsage;
    const auto bytes = [&](const char* name, uint64_t& out) {
        if (!cl.isSet(name))
            return true;
        const auto v = report::parseSize(cl.value(name));
        if (v)
            out = *v;
        else
            printErr(std::string("famscope bench: --") + name +
                     " must be a number (e.g. 64M, 0x200000)" + cl.notGivenValue(name));
        return v.has_value();
    };
    if (!bytes("size", options.size) || !bytes("offset", options.offset) ||
        !bytes("seed", options.run.seed))
        return ExitUsage;
    options.maxThreads = *threads;
    options.run.reps = *reps;
    options.run.warmups = *warmups;
    options.run.access = cl.isSet("write") ? bench::AccessKind::Write : bench::AccessKind::Read;
    options.run.order = cl.isSet("random") ? bench::Order::Random : bench::Order::Sequential;
    options.populate = cl.isSet("populate");
    options.latency = cl.isSet("latency");

    const std::string targetText = cl.positional().at(0);
    auto spec = bench::parseTargetSpec(targetText);
    if (!spec) {
        printErr("famscope bench: " + shown(spec.error()));
        return ExitUsage;
    }
    if (spec->kind != bench::TargetKind::Image && cl.isSet("offset")) {
        printErr("famscope bench: --offset applies to image and devdax targets");
        return ExitUsage;
    }
    const bool write = options.run.access == bench::AccessKind::Write;
    // A refused write is 7; any other failure to set up or run is the target's (2).
    auto fail = [&](const std::string& why, ErrorKind kind) {
        printErr("famscope: " + targetText + ": " + shown(why));
        return exitStatus(kind);
    };
    if (write)
        if (Status refused = bench::BenchTarget::writeRefusal(*spec); !refused)
            return fail(refused.error(), ErrorKind::Refused);
    auto target = bench::BenchTarget::open(*spec, write);
    if (!target)
        return fail(target.error(), ErrorKind::CannotOpen);
    const auto pageSizes =
        options.pageSizes.empty() ? (*target)->defaultPageSizes() : options.pageSizes;
    for (uint64_t pageSize : pageSizes)
        if (Status refused = (*target)->writeRefusal(pageSize, options.size, options.offset);
            !refused)
            return fail(refused.error(), ErrorKind::Refused);
    auto report = bench::runBench(**target, options);
    if (!report)
        return fail(report.error(), ErrorKind::CannotOpen);
    const bool lines = cl.isSet("mmap-bench-lines");
    printOut(cl.json() ? report::benchJson(*report, lines, (*target)->file())
                       : report::benchText(*report, lines, (*target)->file()));
    return ExitOk;
}

} // namespace famscope::cli
