#include "core/report/DevicesOutput.h"

#include "core/report/JsonWriter.h"
#include "core/report/SizeText.h"
#include "core/report/TextFormat.h"

namespace famscope::report {

std::string devicesText(const std::vector<media::DaxRegionInfo>& regions) {
    if (regions.empty())
        return "No dax devices found on this host.\n";
    std::string text;
    for (const auto& r : regions) {
        text += "region " + std::to_string(r.id) + ": " + humanBytes(r.size) + ", align " +
                humanBytes(r.alignment) + ", numa " + std::to_string(r.numaNode) + '\n';
        for (const auto& d : r.devices) {
            text += "  " + padRight(shown(d.path), 14) + padLeft(humanBytes(d.size), 11) +
                    "  align " + humanBytes(d.alignment) + "  numa " + std::to_string(d.numaNode) +
                    "  " + shown(d.mode) + (d.famfsSuperblock ? "  famfs superblock" : "");
            if (!d.famfsProbeError.empty())
                text += "  (" + shown(d.famfsProbeError) + ')';
            text += '\n';
        }
    }
    return text;
}

std::string devicesJson(const std::vector<media::DaxRegionInfo>& regions) {
    JsonWriter w;
    w.beginObject().key("regions").beginArray();
    for (const auto& r : regions) {
        w.beginObject().field("id", r.id).field("name", r.name).field("size", r.size);
        w.field("alignment", r.alignment).field("numa_node", r.numaNode);
        w.key("devices").beginArray();
        for (const auto& d : r.devices) {
            w.beginObject().field("name", d.name).field("path", d.path);
            w.field("size", d.size).field("alignment", d.alignment);
            w.field("numa_node", d.numaNode).field("mode", d.mode).field("driver", d.driver);
            w.field("famfs_superblock", d.famfsSuperblock);
            w.field("famfs_probe_error", d.famfsProbeError).endObject();
        }
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.data() + '\n';
}

} // namespace famscope::report
