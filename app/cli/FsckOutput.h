// What `famscope fsck` prints after famfs's summary: the findings by severity as text, or the
// whole report as JSON (keys in README "famscope fsck"). A group of damaged log entries is one
// line (its range, count and cause); `withMembers` (--all) also lists every member kept.
#pragma once

#include "fs/LoadedFs.h"
#include "fsck/FsckReport.h"

#include <QByteArray>
#include <QString>

namespace famscope::cli {

QString fsckFindingsText(const fsck::FsckReport& report, bool withMembers);
QByteArray fsckReportJson(const fs::LoadedFs& fs, const fsck::FsckReport& report, int exitCode,
                          bool withMembers);

} // namespace famscope::cli
