#include "cli/FileLookup.h"

#include "cli/NamespaceOutput.h"
#include "cli/Text.h"
#include "core/report/CommandLineText.h"
#include "core/report/ExitStatus.h"

namespace famscope::cli {

std::unique_ptr<OpenedNamespace> openNamespace(const CommandLine& cl, int& exitCode) {
    const auto mode = semantics(cl);
    if (!mode) {
        exitCode = ExitUsage;
        return nullptr;
    }
    auto opened = openForReading(cl.positional().at(0), cl.force(), *mode, exitCode);
    if (!opened)
        return nullptr;
    fs::Namespace ns = std::move(*opened->ns);
    return std::make_unique<OpenedNamespace>(
        OpenedNamespace{std::move(*opened), std::move(ns), *mode});
}

const fs::FsFile* requireFile(const OpenedNamespace& on, const std::string& path, int& exitCode) {
    const std::string p = report::lookupPath(path);
    if (const fs::FsFile* f = on.ns.findFile(p))
        return f;
    const bool isDir = on.ns.findDir(p) != nullptr || p.empty();
    printErr("famscope: " + shown(on.target.fs.path) + ": " + shown(p) +
             (isDir ? " is a directory, not a file" : ": no such file in the namespace"));
    exitCode = ExitNotFound;
    return nullptr;
}

} // namespace famscope::cli
