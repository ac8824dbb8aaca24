#include "cli/PlacementText.h"

#include "cli/Text.h"

namespace famscope::cli {

QString placementText(const edit::Placement& p, const QString& indent) {
    QString t;
    if (p.interleaved) {
        t += indent + QStringLiteral("interleaved: ") + QString::number(p.strips.size()) +
             QStringLiteral(" strips, chunk ") + QString::number(p.chunkSize) + QLatin1Char('\n');
    } else if (p.fellBack) {
        t += indent + QStringLiteral("smaller than one chunk: one simple extent (as famfs)\n");
    }
    for (const auto& e : p.interleaved ? p.strips : p.extents)
        t +=
            indent + hex(e.offset) + QLatin1Char('\t') + QString::number(e.len) + QLatin1Char('\n');
    return t;
}

void writePlacement(report::JsonWriter& w, const edit::Placement& p) {
    w.beginObject().field("interleaved", p.interleaved).field("fell_back", p.fellBack);
    if (p.interleaved)
        w.field("chunk_size", p.chunkSize);
    w.key(p.interleaved ? "strips" : "extents").beginArray();
    for (const auto& e : p.interleaved ? p.strips : p.extents)
        w.beginObject().field("offset", e.offset).field("length", e.len).endObject();
    w.endArray().field("allocated", p.allocatedBytes()).endObject();
}

} // namespace famscope::cli
