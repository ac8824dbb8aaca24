// Namespace-related CLI pieces shared by info, ls, getmap and resolve: the --semantics option
// and the normal form of a path typed on the command line.
#pragma once

#include "cli/CommandLine.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"

#include <optional>
#include <string_view>

namespace famscope::cli {

void addSemanticsOption(CommandLine& cl);
// nullopt (after printing the error) when --semantics has a value other than mount/fsck.
std::optional<fs::ReplayMode> semantics(const CommandLine& cl);

// "/a/b/" and "a/b" name the same thing; the root is "". Bytes in, bytes out (see
// fsPathArgument for a path typed on the command line).
std::string normalisedPath(std::string_view path);

} // namespace famscope::cli
