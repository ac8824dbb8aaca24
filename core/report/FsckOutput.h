// What `famscope fsck` prints after famfs's summary: the findings by severity as text, or the
// whole report as JSON (keys in README "famscope fsck"). A group of damaged log entries is one
// line (its range, count and cause); `withMembers` (--all) also lists every member kept.
// The GUI's JSON export writes the same bytes through fsckReportJson.
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fsck/FsckReport.h"
#include "core/repair/PendingRepair.h"

#include <optional>
#include <string>

namespace famscope::report {

std::string fsckFindingsText(const fsck::FsckReport& report, bool withMembers);
// All of `famscope fsck`'s text: famfs's summary, then the findings. famfs prints its summary
// only over a superblock it accepts; famscope whenever there is a superblock magic (or when
// `forced`), since the figures still say what the log holds.
std::string fsckText(const fs::LoadedFs& fs, const fsck::FsckReport& report, bool forced,
                     bool withMembers);
// With a repair of the target pending, its `repair_pending` key comes last.
std::string fsckReportJson(const fs::LoadedFs& fs, const fsck::FsckReport& report, int exitCode,
                           bool withMembers,
                           const std::optional<repair::PendingRepair>& pendingRepair = {});

} // namespace famscope::report
