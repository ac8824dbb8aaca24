// Opening a target and finding a path in its replayed namespace, for ls/getmap/resolve.
#pragma once

#include "cli/CommandLine.h"
#include "cli/Target.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"

#include <memory>

namespace famscope::cli {

struct OpenedNamespace {
    Target target; // target.state.exitStatus is what the command ends with
    fs::Namespace ns;
    fs::ReplayMode mode = fs::ReplayMode::Mount;
};

// Opens the first positional argument (damaged media best-effort, with its warning printed)
// and replays it with --semantics. On failure prints the error and returns the exit status in
// `exitCode`.
std::unique_ptr<OpenedNamespace> openNamespace(const CommandLine& cl, int& exitCode);

// The file at `path`, or null after printing "<target>: no such file in the namespace".
const fs::FsFile* requireFile(const OpenedNamespace& on, const std::string& path, int& exitCode);

} // namespace famscope::cli
