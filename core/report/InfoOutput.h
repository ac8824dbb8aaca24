// `famscope info`: the human-readable summary (also printed by `famscope demo`), the one-line
// namespace summary that `info` and `ls` print, and the JSON document.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"
#include "core/report/TargetState.h"
#include "core/report/TextSink.h"

#include <string>

namespace famscope::report {

std::string infoText(const fs::LoadedFs& fs, const fs::Namespace& ns);
// The same text from a replay summary (fs::replaySummary), which the text needs no more of.
std::string infoText(const fs::LoadedFs& fs, const fs::ReplaySummary& summary);

// "3 files, 2 directories; replay stopped at entry 7; famfs would refuse to mount this (...)".
std::string namespaceSummary(const fs::Namespace& ns);
std::string namespaceSummary(const fs::ReplaySummary& summary);

// `info --json`: target, superblock, log header, every entry, the namespace replayed with
// `mode`, the damage (with the status the command ends with), the load warnings and a pending
// repair; handed to `out` as it is written.
void infoJson(const fs::LoadedFs& fs, const fs::Namespace& ns, fs::ReplayMode mode,
              const TargetState& target, const TextSink& out);

// `famscope demo` on the demo replayed as a mount does (`ns`): the info summary, the files one
// line each, the replay's events and what `famfs fsck` would print; in JSON the namespace.
std::string demoText(const fs::LoadedFs& fs, const fs::Namespace& ns);
std::string demoJson(const fs::Namespace& ns);

} // namespace famscope::report
