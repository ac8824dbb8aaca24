// The human-readable `famscope info` summary (also printed by the demo).
#pragma once

#include "fs/LoadedFs.h"
#include "fs/Namespace.h"
#include "fs/Replay.h"

#include <QString>

namespace famscope::cli {

QString infoText(const fs::LoadedFs& fs, const fs::Namespace& ns);
// The same text from a replay summary (fs::replaySummary), which the text needs no more of.
QString infoText(const fs::LoadedFs& fs, const fs::ReplaySummary& summary);

} // namespace famscope::cli
