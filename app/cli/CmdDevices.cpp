// famscope devices: dax regions and devices on this host (libdaxctl + sysfs).
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "cli/Text.h"
#include "core/report/JsonWriter.h"

#include "core/media/DaxDiscovery.h"
#include "core/media/DaxctlLibrary.h"

namespace famscope::cli {

int runDevices(const QStringList& args) {
    CommandLine cl(QStringLiteral("devices"),
                   QStringLiteral("List the dax regions and devices of this host: size, "
                                  "alignment, NUMA node, mode, and whether a famfs superblock "
                                  "is at offset 0."),
                   QString());
    cl.setExitStatuses({ExitOk, ExitUsage});
    if (auto exit = cl.parse(args, 0, 0))
        return *exit;
    const auto regions = media::discoverDaxDevices();
    // Without libdaxctl the list comes from sysfs alone; said on stderr so --json stays data.
    if (const auto& daxctl = media::daxctlApi(); !daxctl)
        printErr(QStringLiteral("famscope: devices: ") + QString::fromStdString(daxctl.error()) +
                 QStringLiteral("; listing what sysfs shows"));
    if (cl.json()) {
        report::JsonWriter w;
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
        printOut(w.data() + '\n');
        return ExitOk;
    }
    if (regions.empty()) {
        printOut(QStringLiteral("No dax devices found on this host.\n"));
        return ExitOk;
    }
    QString text;
    for (const auto& r : regions) {
        text += QStringLiteral("region ") + QString::number(r.id) + QStringLiteral(": ") +
                humanBytes(r.size) + QStringLiteral(", align ") + humanBytes(r.alignment) +
                QStringLiteral(", numa ") + QString::number(r.numaNode) + QLatin1Char('\n');
        for (const auto& d : r.devices) {
            text += QStringLiteral("  ") + shown(d.path).leftJustified(14) +
                    humanBytes(d.size).rightJustified(11) + QStringLiteral("  align ") +
                    humanBytes(d.alignment) + QStringLiteral("  numa ") +
                    QString::number(d.numaNode) + QStringLiteral("  ") + shown(d.mode) +
                    (d.famfsSuperblock ? QStringLiteral("  famfs superblock") : QString());
            if (!d.famfsProbeError.empty())
                text += QStringLiteral("  (") + shown(d.famfsProbeError) + QLatin1Char(')');
            text += QLatin1Char('\n');
        }
    }
    printOut(text);
    return ExitOk;
}

} // namespace famscope::cli
