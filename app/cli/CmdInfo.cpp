// famscope info TARGET: superblock, log header, entries and the replayed namespace.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/DamageOutput.h"
#include "cli/ExitCodes.h"
#include "cli/InfoText.h"
#include "cli/NamespaceOutput.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "report/FsJson.h"

#include "fs/Replay.h"

namespace famscope::cli {

int runInfo(const QStringList& args) {
    CommandLine cl(QStringLiteral("info"),
                   QStringLiteral("Show the superblock, log header, log entries (JSON) and the "
                                  "replayed namespace of a famfs image or devdax device."),
                   QStringLiteral("TARGET"));
    cl.addForceOption();
    addSemanticsOption(cl);
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    const auto mode = semantics(cl);
    if (!mode)
        return ExitUsage;
    auto opened = openTarget(cl.positional().at(0), cl.force(), std::nullopt, true);
    if (!opened.target) {
        printErr(opened.error);
        return opened.exitCode;
    }
    printDamageWarning(*opened.target);
    const fs::LoadedFs& lfs = opened.target->fs;
    if (!cl.json()) {
        // The text prints only counts: skip sorting and building the namespace.
        printOut(infoText(lfs, fs::replaySummary(lfs, *mode)));
        return opened.exitCode;
    }
    const fs::Namespace ns = fs::replay(lfs, *mode);
    report::JsonWriter w;
    w.beginObject();
    writeTarget(w, lfs);
    writeSuperblock(w, lfs);
    writeLogHeader(w, lfs);
    w.key("entries").beginArray();
    for (uint64_t i = 0; i < lfs.entries.size(); ++i)
        writeEntry(w, i, lfs.entries[i]);
    w.endArray();
    writeNamespaceKeys(w, ns, *mode, mediaEnd(*opened.target));
    writeDamaged(w, *opened.target, opened.exitCode, &ns);
    w.key("warnings").beginArray();
    for (const std::string& warning : lfs.warnings)
        w.value(warning);
    w.endArray();
    w.endObject();
    printOut(w.data() + '\n');
    return opened.exitCode;
}

} // namespace famscope::cli
