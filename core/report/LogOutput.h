// `famscope log`: one text line or JSON object per log entry.
#pragma once

#include "core/format/LogEntry.h"
#include "core/fs/LoadedFs.h"
#include "core/report/TargetState.h"
#include "core/report/TextSink.h"

#include <cstdint>
#include <string>

namespace famscope::report {

// "      3 file       0644 0:0       4096 a/b  [0x200000+0x200000]", with "  BAD: ..." when
// the entry's seqnum or CRC is wrong.
std::string logEntryLine(uint64_t index, const famfs::LogEntry& e);

// The text of entries [from, to] (to inclusive; UINT64_MAX for all), then the line for those
// that lie beyond the end of damaged media; handed to `out` as it is made.
void logText(const fs::LoadedFs& fs, const Damage& damage, uint64_t from, uint64_t to,
             const TextSink& out);
// `log --json` for the same entries, with the log header, the damage and a pending repair.
void logJson(const fs::LoadedFs& fs, const TargetState& target, uint64_t from, uint64_t to,
             const TextSink& out);

} // namespace famscope::report
