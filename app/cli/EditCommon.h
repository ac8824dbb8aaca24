// Options and helpers shared by the commands that write (mkfs, mkdir, creat, cp, restore):
// --force, backups, this host's system UUID file, owner and mode, interleave parameters.
#pragma once

#include "cli/CommandLine.h"
#include "core/edit/Allocator.h"
#include "core/edit/EditSession.h"
#include "core/report/SizeText.h"

#include <string>

#include <memory>
#include <optional>

namespace famscope::cli {

// --force, --backup FILE, --no-backup, --system-uuid-file FILE.
void addWriteOptions(CommandLine& cl, const std::string& forceHelp);
edit::SessionOptions sessionOptions(const CommandLine& cl);

// -m MODE (octal), -u UID, -g GID.
void addOwnerOptions(CommandLine& cl, const std::string& modeHelp);
// Mode defaults to `defaultMode`, uid/gid to the effective ids (as famfs). nullopt after
// printing a usage error.
std::optional<report::Owner> parseOwner(const CommandLine& cl, const std::string& command,
                                        uint32_t defaultMode);

// -N NSTRIPS, -B NBUCKETS, -C CHUNK, --placement-seed N.
void addInterleaveOptions(CommandLine& cl);
std::optional<edit::InterleaveParams> parseInterleave(const CommandLine& cl,
                                                      const std::string& command);
std::optional<std::optional<uint64_t>> parsePlacementSeed(const CommandLine& cl,
                                                          const std::string& command);

// Opens a session, printing "famscope <command>: <target>: <why>" on failure.
std::unique_ptr<edit::EditSession> openSession(const std::string& command,
                                               const std::string& target,
                                               const edit::SessionOptions& options, int& exitCode);

void printCommandError(const std::string& command, const std::string& message);

} // namespace famscope::cli
