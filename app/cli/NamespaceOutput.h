// Namespace-related CLI pieces shared by info, ls, getmap and resolve: the --semantics option,
// the namespace summary line, and path lookup with the CLI's error conventions.
#pragma once

#include "cli/CommandLine.h"
#include "fs/Namespace.h"
#include "fs/Replay.h"
#include "report/FsJson.h" // the JSON of files, dirs and replay results

#include <QString>

#include <optional>
#include <string_view>

namespace famscope::cli {

void addSemanticsOption(CommandLine& cl);
// nullopt (after printing the error) when --semantics has a value other than mount/fsck.
std::optional<fs::ReplayMode> semantics(const CommandLine& cl);

QString namespaceSummary(const fs::Namespace& ns);

// "/a/b/" and "a/b" name the same thing; the root is "". Bytes in, bytes out (see
// fsPathArgument for a path typed on the command line).
std::string normalisedPath(std::string_view path);

} // namespace famscope::cli
