// Namespace-related CLI pieces shared by info, ls, getmap and resolve: the --semantics option,
// JSON of files/dirs/replay results, and path lookup with the CLI's error conventions.
#pragma once

#include "cli/CommandLine.h"
#include "cli/JsonWriter.h"
#include "fs/Namespace.h"
#include "fs/Replay.h"

#include <QString>

#include <optional>
#include <string_view>

namespace famscope::cli {

void addSemanticsOption(CommandLine& cl);
// nullopt (after printing the error) when --semantics has a value other than mount/fsck.
std::optional<fs::ReplayMode> semantics(const CommandLine& cl);

QString namespaceSummary(const fs::Namespace& ns);

void writeFileMapKeys(JsonWriter& w, const fs::FileMap& map);
// With faultPages, also the "fault_pages" key (FaultOutput.h): getmap and ls --pages.
void writeFile(JsonWriter& w, const fs::FsFile& f, bool faultPages = false);
void writeDir(JsonWriter& w, const fs::FsDir& d);
// "replay", "files" and "dirs" keys of the open object.
void writeNamespaceKeys(JsonWriter& w, const fs::Namespace& ns, fs::ReplayMode mode);

// "/a/b/" and "a/b" name the same thing; the root is "". Bytes in, bytes out (see
// fsPathArgument for a path typed on the command line).
std::string normalisedPath(std::string_view path);

} // namespace famscope::cli
