// libFuzzer target: a mutated famfs metadata region (superblock + log header + entries, see
// FuzzInput.h) through everything that reads it: loading, both replays, the allocation map and
// every fsck check (over the loaded log and streamed, which must agree), the text of every
// finding, and the repair planner (plan only, with and without recover). Any crash, sanitizer
// report or hang is a bug: these paths must turn every input into findings.
#include "FuzzInput.h"

#include "core/fs/AllocationMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fsck/Fsck.h"
#include "core/repair/RepairPlan.h"
#include "core/report/FsckOutput.h"

#include <cstdlib>

using namespace famscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto media = fuzz::mediaFromInput(data, size);
    // A mutated header can claim a log as large as the 4 GiB media; the loader's 1 GiB cap
    // would make such inputs take tens of seconds under the fuzzer's instrumentation. 64 MiB
    // (123,361 slots, the largest log famfs is tested with) keeps every input fast while the
    // capped path itself stays exercised (tst_replay_scale checks the default cap).
    fs::LoadOptions loadOptions;
    loadOptions.maxLogBytes = uint64_t{64} << 20;
    auto loaded = fs::loadFileSystem(*media, loadOptions);
    if (!loaded)
        return 0;
    const fs::Namespace mount = fs::replay(*loaded, fs::ReplayMode::Mount);
    const fs::Namespace fsckView = fs::replay(*loaded, fs::ReplayMode::Fsck);
    fsck::FsckOptions options;
    options.systemUuidFile = "/nonexistent/system_uuid";
    options.force = size > 0 && (data[0] & 0x80) != 0;
    const fsck::FsckReport report = fsck::runFsck(*loaded, options);
    // The CLI's fsck streams the log from the media instead: it must say the same, to the byte.
    const auto pending = fs::startLoad(*media, loadOptions);
    if (!pending)
        std::abort();
    const fsck::FsckReport streamed = fsck::runFsck(*media, *pending, options);
    if (report::fsckReportJson(*loaded, report, 0, true) !=
        report::fsckReportJson(pending->fs, streamed, 0, true))
        std::abort();
    // Invariants that hold whatever the input: every finding has a code, a message and a
    // printable location; the counts agree with the list and the omitted ones; a replay creates at
    // most one file or directory per entry.
    for (const fsck::Finding& f : report.findings)
        if (f.code.empty() || f.message.empty() || f.location.text().empty())
            std::abort();
    uint64_t omitted = 0;
    for (const auto& [code, n] : report.omitted)
        omitted += n;
    if (report.findings.size() + omitted !=
        report.counts.errors + report.counts.warnings + report.counts.infos)
        std::abort();
    for (const fs::Namespace* ns : {&mount, &fsckView})
        if (ns->files.size() + ns->dirs.size() > loaded->entries.size())
            std::abort();
    // A plan is either refused or a log famfs would write: seqnum == slot, CRCs sealed.
    repair::RepairOptions repairOptions;
    repairOptions.recover = size > 1 && (data[1] & 1) != 0;
    repairOptions.createParents = size > 1 && (data[1] & 2) != 0;
    repairOptions.fsckOptions = options;
    const repair::RepairPlan plan = repair::planRepair(*loaded, report, repairOptions);
    if (plan.feasible()) {
        if (plan.header.nextIndex != plan.entries.size() ||
            plan.header.nextSeqnum != plan.header.nextIndex || !plan.header.crcValid())
            std::abort();
        for (size_t j = 0; j < plan.entries.size(); ++j)
            if (plan.entries[j].entry.seqnum != j || !plan.entries[j].entry.crcValid())
                std::abort();
    }
    return 0;
}
