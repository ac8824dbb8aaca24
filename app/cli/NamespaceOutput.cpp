#include "cli/NamespaceOutput.h"

#include "cli/Text.h"

namespace famscope::cli {

void addSemanticsOption(CommandLine& cl) {
    cl.addOption(Option{{"semantics"},
                        "How to replay the log: 'mount' (stop at the first bad entry, as famfs "
                        "mount does; default) or 'fsck' (skip bad entries).",
                        "mount|fsck",
                        "mount"});
}

std::optional<fs::ReplayMode> semantics(const CommandLine& cl) {
    const std::string v = cl.value("semantics");
    if (v == "mount")
        return fs::ReplayMode::Mount;
    if (v == "fsck")
        return fs::ReplayMode::Fsck;
    printErr("famscope: --semantics must be 'mount' or 'fsck', not '" + v + '\'');
    return std::nullopt;
}

} // namespace famscope::cli
