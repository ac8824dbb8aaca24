// The --semantics option of info, ls, getmap, resolve and verify.
#pragma once

#include "cli/CommandLine.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"

#include <optional>

namespace famscope::cli {

void addSemanticsOption(CommandLine& cl);
// nullopt (after printing the error) when --semantics has a value other than mount/fsck.
std::optional<fs::ReplayMode> semantics(const CommandLine& cl);

} // namespace famscope::cli
