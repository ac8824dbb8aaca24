// JSON form of famfs metadata, shared by `info`, `log`, `ls`, `getmap` and `fsck`. The key names
// are the stable, documented interface (README.md, "JSON output").
#pragma once

#include "core/fs/LoadedFs.h"
#include "core/fs/Namespace.h"
#include "core/fs/Replay.h"
#include "core/report/JsonWriter.h"

namespace famscope::report {

void writeTarget(JsonWriter& w, const fs::LoadedFs& fs);
void writeSuperblock(JsonWriter& w, const fs::LoadedFs& fs);
void writeLogHeader(JsonWriter& w, const fs::LoadedFs& fs);
// An extent or strip of a FILE entry on device 0 that ends past `mediaEnd` (a truncated image)
// carries "missing": true, as in the namespace's file maps.
void writeEntry(JsonWriter& w, uint64_t index, const famfs::LogEntry& e,
                uint64_t mediaEnd = UINT64_MAX);
// The extents (simple) or interleave object of a FILE entry, as keys of the open object.
void writeFileMapKeys(JsonWriter& w, const famfs::FileMeta& f, uint64_t mediaEnd = UINT64_MAX);

// The replayed namespace: a file or directory object, a file's map keys, and the "replay",
// "files" and "dirs" keys of the open object.
// An extent or strip on device 0 that ends past `mediaEnd` (a truncated image) carries
// "missing": true.
void writeFileMapKeys(JsonWriter& w, const fs::FileMap& map, uint64_t mediaEnd = UINT64_MAX);
// With faultPages, also the "fault_pages" key (FaultJson.h): getmap and ls --pages.
void writeFile(JsonWriter& w, const fs::FsFile& f, bool faultPages = false,
               uint64_t mediaEnd = UINT64_MAX);
// The same keys in the open object (getmap, which adds its own).
void writeFileKeys(JsonWriter& w, const fs::FsFile& f, bool faultPages, uint64_t mediaEnd);
void writeDir(JsonWriter& w, const fs::FsDir& d);
void writeNamespaceKeys(JsonWriter& w, const fs::Namespace& ns, fs::ReplayMode mode,
                        uint64_t mediaEnd = UINT64_MAX);

} // namespace famscope::report
