#include "cli/FileLookup.h"

#include "cli/Arguments.h"
#include "cli/DamageOutput.h"
#include "cli/NamespaceOutput.h"
#include "cli/Text.h"
#include "core/report/ExitStatus.h"

namespace famscope::cli {

std::unique_ptr<OpenedNamespace> openNamespace(const CommandLine& cl, int& exitCode) {
    const auto mode = semantics(cl);
    if (!mode) {
        exitCode = ExitUsage;
        return nullptr;
    }
    auto opened = openTarget(cl.positional().at(0), cl.force(), *mode, true);
    if (!opened.target) {
        printErr(opened.error);
        exitCode = opened.exitCode;
        return nullptr;
    }
    printDamageWarning(*opened.target);
    auto result = std::make_unique<OpenedNamespace>();
    result->exitStatus = opened.exitCode;
    result->ns = std::move(*opened.target->ns);
    result->target = std::move(opened.target);
    result->mode = *mode;
    return result;
}

const fs::FsFile* requireFile(const OpenedNamespace& on, const std::string& path, int& exitCode) {
    const std::string p = normalisedPath(fsPathArgument(path));
    if (const fs::FsFile* f = on.ns.findFile(p))
        return f;
    const bool isDir = on.ns.findDir(p) != nullptr || p.empty();
    printErr("famscope: " + shown(on.target->fs.path) + ": " + shown(p) +
             (isDir ? " is a directory, not a file" : ": no such file in the namespace"));
    exitCode = ExitNotFound;
    return nullptr;
}

} // namespace famscope::cli
