// What the read-only outputs add for damaged media opened best-effort (fs::MediaDamage): the
// missing log entries and file data in text, and the `damaged` object in JSON. The warning
// line itself is fs::damageWarning.
#pragma once

#include "core/fs/FileMap.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/MediaDamage.h"
#include "core/fs/Namespace.h"
#include "core/report/JsonWriter.h"

#include <cstdint>
#include <optional>
#include <string>

namespace famscope::report {

using Damage = std::optional<fs::MediaDamage>;

// "  N..M  MISSING: ..." for the log entries of [from, to] that lie beyond the end of the media
// (a line saying so for the whole log when the media ends before the log header), or an empty
// string.
std::string missingEntriesLine(const fs::LoadedFs& fs, const Damage& damage, uint64_t from,
                               uint64_t to);

// "  MISSING: 1 of 2 extents beyond the end of the media" for a file of a truncated image whose
// data is partly or wholly missing, or an empty string.
std::string missingDataNote(const fs::FileMap& map, const Damage& damage);

// The `damaged` key of --json output, only when there is damage: reasons, exit status and what
// is missing. Files whose data lies beyond the end of the media are counted from `ns` when
// given.
void writeDamaged(JsonWriter& w, const Damage& damage, int exitStatus,
                  const fs::Namespace* ns = nullptr);

// Where the data a truncated image holds ends (the "missing" marks of JSON extents):
// the media size, or UINT64_MAX when nothing is cut off.
uint64_t mediaEnd(const Damage& damage);

} // namespace famscope::report
