// JSON form of famfs metadata, shared by `info`, `log`, `ls` and `getmap`. The key names are
// the stable, documented interface (README.md, "JSON output").
#pragma once

#include "cli/JsonWriter.h"
#include "fs/LoadedFs.h"

namespace famscope::cli {

void writeTarget(JsonWriter& w, const fs::LoadedFs& fs);
void writeSuperblock(JsonWriter& w, const fs::LoadedFs& fs);
void writeLogHeader(JsonWriter& w, const fs::LoadedFs& fs);
void writeEntry(JsonWriter& w, uint64_t index, const famfs::LogEntry& e);
// The extents (simple) or interleave object of a FILE entry, as keys of the open object.
void writeFileMapKeys(JsonWriter& w, const famfs::FileMeta& f);

} // namespace famscope::cli
