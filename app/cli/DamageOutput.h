// How the read-only commands show damaged media they opened best-effort (fs::MediaDamage): one
// warning line on stderr before any output, and a `damaged` object in --json.
#pragma once

#include "cli/Target.h"
#include "report/JsonWriter.h"

namespace famscope::cli {

// "famscope: <target>: warning: damaged media, read-only and incomplete: <reasons>"; nothing
// when the target is not damaged.
void printDamageWarning(const Target& target);

// "  N..M  MISSING: ..." for the log entries of [from, to] that lie beyond the end of the media
// (a line saying so for the whole log when the media ends before the log header), or an empty
// string.
QString missingEntriesLine(const Target& target, uint64_t from, uint64_t to);

// "  MISSING: 1 of 2 extents beyond the end of the media" for a file of a truncated image whose
// data is partly or wholly missing, or an empty string.
QString missingDataNote(const fs::FileMap& map, const Target& target);

// Where the data a truncated image holds ends (the "missing" marks of JSON extents):
// the media size, or UINT64_MAX when nothing is cut off.
uint64_t mediaEnd(const Target& target);

// The `damaged` key of --json output, only when the target is damaged: reasons, exit status
// and what is missing. Files whose data lies beyond the end of the media are counted from `ns`
// when given.
void writeDamaged(report::JsonWriter& w, const Target& target, int exitStatus,
                  const fs::Namespace* ns = nullptr);

// `object`, a complete JSON object as JsonWriter writes it, with the `damaged` key added last
// (for output written by a function that closes its object itself).
std::string withDamaged(const std::string& object, const Target& target, int exitStatus);

} // namespace famscope::cli
