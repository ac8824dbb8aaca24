// The human-readable `famscope info` summary (also printed by the demo).
#pragma once

#include "fs/LoadedFs.h"
#include "fs/Namespace.h"

#include <QString>

namespace famscope::cli {

QString infoText(const fs::LoadedFs& fs, const fs::Namespace& ns);

} // namespace famscope::cli
