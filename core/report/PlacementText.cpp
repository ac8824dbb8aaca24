#include "core/report/PlacementText.h"

#include "core/report/TextFormat.h"

namespace famscope::report {

std::string placementText(const edit::Placement& p, const std::string& indent) {
    std::string t;
    if (p.interleaved)
        t += indent + "interleaved: " + std::to_string(p.strips.size()) + " strips, chunk " +
             std::to_string(p.chunkSize) + '\n';
    else if (p.fellBack)
        t += indent + "smaller than one chunk: one simple extent (as famfs)\n";
    for (const auto& e : p.interleaved ? p.strips : p.extents)
        t += indent + hexText(e.offset) + '\t' + std::to_string(e.len) + '\n';
    return t;
}

void writePlacement(JsonWriter& w, const edit::Placement& p) {
    w.beginObject().field("interleaved", p.interleaved).field("fell_back", p.fellBack);
    if (p.interleaved)
        w.field("chunk_size", p.chunkSize);
    w.key(p.interleaved ? "strips" : "extents").beginArray();
    for (const auto& e : p.interleaved ? p.strips : p.extents)
        w.beginObject().field("offset", e.offset).field("length", e.len).endObject();
    w.endArray().field("allocated", p.allocatedBytes()).endObject();
}

PlacementSummary summarizePlacement(const edit::Placement& p) {
    const auto& pieces = p.interleaved ? p.strips : p.extents;
    PlacementSummary s;
    s.interleaved = p.interleaved;
    s.fellBack = p.fellBack;
    s.pieces = pieces.size();
    s.pieceBytes = pieces.empty() ? 0 : pieces.front().len;
    s.firstOffset = pieces.empty() ? 0 : pieces.front().offset;
    s.chunkSize = p.chunkSize;
    return s;
}

} // namespace famscope::report
