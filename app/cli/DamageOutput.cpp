#include "cli/DamageOutput.h"

#include "cli/Text.h"

#include "fs/MediaDamage.h"

#include <algorithm>

namespace famscope::cli {

void printDamageWarning(const Target& target) {
    if (!target.damage)
        return;
    // The target path and the reasons are escaped as shown() does, the frame is plain text.
    printErr(shown(fs::damageWarning(target.fs.path, *target.damage)));
}

QString missingEntriesLine(const Target& target, uint64_t from, uint64_t to) {
    if (target.damage && !target.fs.logHeaderRead)
        return QStringLiteral("MISSING: the log header and its entries lie beyond the end of the "
                              "media\n");
    if (!target.damage || target.damage->entriesMissing == 0)
        return {};
    // The missing entries are the last ones the header claims: [read, claimed).
    const uint64_t first = std::max<uint64_t>(from, target.fs.entries.size());
    const uint64_t last = std::min<uint64_t>(to, target.fs.entriesClaimed - 1);
    if (first > last)
        return {};
    return QString::number(first).rightJustified(7) + QStringLiteral("..") + QString::number(last) +
           QStringLiteral("  MISSING: ") + QString::number(last - first + 1) +
           QStringLiteral(" entries lie beyond the end of the media\n");
}

QString missingDataNote(const fs::FileMap& map, const Target& target) {
    if (!target.damage || !target.damage->truncated)
        return {};
    const uint64_t missing = fs::piecesBeyondMedia(map, target.damage->mediaSize);
    if (missing == 0)
        return {};
    const QString piece = map.interleaved ? QStringLiteral(" strips") : QStringLiteral(" extents");
    return QStringLiteral("  MISSING: ") + QString::number(missing) + QStringLiteral(" of ") +
           QString::number(map.pieces().size()) + piece +
           QStringLiteral(" beyond the end of the media");
}

uint64_t mediaEnd(const Target& target) {
    return target.damage && target.damage->truncated ? target.damage->mediaSize : UINT64_MAX;
}

void writeDamaged(report::JsonWriter& w, const Target& target, int exitStatus,
                  const fs::Namespace* ns) {
    if (!target.damage)
        return;
    const fs::MediaDamage& d = *target.damage;
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

std::string withDamaged(const std::string& object, const Target& target, int exitStatus) {
    const size_t close = object.rfind('}');
    if (!target.damage || close == std::string::npos)
        return object;
    // Written as the only key of an object of its own, the key is indented as a first-level
    // key already: its text goes between the last key of `object` and its closing brace.
    report::JsonWriter d;
    d.beginObject();
    writeDamaged(d, target, exitStatus);
    d.endObject();
    const std::string& text = d.data();
    const std::string key = text.substr(1, text.rfind('}') - 1); // "\n  \"damaged\": {...}\n"
    std::string head = object.substr(0, close);
    while (!head.empty() && head.back() == '\n')
        head.pop_back();
    const bool empty = !head.empty() && head.back() == '{';
    return head + (empty ? "" : ",") + key + object.substr(close);
}

} // namespace famscope::cli
