#include "core/report/DamageReport.h"

#include "core/report/TextFormat.h"

#include <algorithm>

namespace famscope::report {

std::string missingEntriesLine(const fs::LoadedFs& lfs, const Damage& damage, uint64_t from,
                               uint64_t to) {
    if (damage && !lfs.logHeaderRead)
        return "MISSING: the log header and its entries lie beyond the end of the media\n";
    if (!damage || damage->entriesMissing == 0)
        return {};
    // The missing entries are the last ones the header claims: [read, claimed).
    const uint64_t first = std::max<uint64_t>(from, lfs.entries.size());
    const uint64_t last = std::min<uint64_t>(to, lfs.entriesClaimed - 1);
    if (first > last)
        return {};
    return padLeft(first, 7) + ".." + std::to_string(last) +
           "  MISSING: " + std::to_string(last - first + 1) +
           " entries lie beyond the end of the media\n";
}

std::string missingDataNote(const fs::FileMap& map, const Damage& damage) {
    if (!damage || !damage->truncated)
        return {};
    const uint64_t missing = fs::piecesBeyondMedia(map, damage->mediaSize);
    if (missing == 0)
        return {};
    return "  MISSING: " + std::to_string(missing) + " of " + std::to_string(map.pieces().size()) +
           (map.interleaved ? " strips" : " extents") + " beyond the end of the media";
}

void writeDamaged(JsonWriter& w, const Damage& damage, int exitStatus, const fs::Namespace* ns) {
    if (!damage)
        return;
    const fs::MediaDamage& d = *damage;
    w.key("damaged").beginObject();
    w.key("reasons").beginArray();
    for (const std::string& reason : d.reasons)
        w.value(reason);
    w.endArray();
    w.field("exit_status", exitStatus);
    w.field("truncated", d.truncated).field("media_size", d.mediaSize);
    w.field("claimed_size", d.claimedSize);
    w.field("layout_assumed", d.layoutAssumed).key("assumed_layout");
    if (d.layoutAssumed)
        w.value(d.assumedLayout);
    else
        w.null();
    w.field("entries_missing", d.entriesMissing);
    if (ns) {
        uint64_t files = 0;
        for (const fs::FsFile& f : ns->files)
            files += fs::piecesBeyondMedia(f.map, d.mediaSize) > 0 ? 1u : 0u;
        w.field("files_beyond_media", files);
    }
    w.endObject();
}

uint64_t mediaEnd(const Damage& damage) {
    return damage && damage->truncated ? damage->mediaSize : UINT64_MAX;
}

} // namespace famscope::report
