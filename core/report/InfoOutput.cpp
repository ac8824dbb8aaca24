#include "core/report/InfoOutput.h"

#include "core/fs/AllocationMap.h"
#include "core/report/FamfsSummary.h"
#include "core/report/FsJson.h"
#include "core/report/PendingRepairOutput.h"
#include "core/report/SizeText.h"
#include "core/report/TextFormat.h"

#include <optional>

namespace famscope::report {

using namespace famfs;

namespace {

std::string okOrBad(bool ok) {
    return ok ? "ok" : "MISMATCH";
}

// The same words for the same facts, from a namespace or from a replay summary.
std::string namespaceLine(uint64_t files, uint64_t dirs, const std::optional<uint64_t>& stoppedAt,
                          bool refused, const std::string& refusedReason) {
    std::string text = std::to_string(files) + " files, " + std::to_string(dirs) + " directories";
    if (stoppedAt)
        text += "; replay stopped at entry " + std::to_string(*stoppedAt);
    if (refused)
        text += "; famfs would refuse to mount this (" + shown(refusedReason) + ')';
    return text;
}

std::string infoWithNamespaceLine(const fs::LoadedFs& lfs, const fs::EntryCensus& census,
                                  const std::string& namespaceText) {
    const Superblock& sb = lfs.sb;
    std::string t;
    auto line = [&t](std::string_view label, const std::string& value) {
        t += padRight(label, 16) + value + '\n';
    };
    line("Target:", shown(lfs.path) + " (" + media::mediaKindName(lfs.mediaKind) + ", " +
                        humanBytes(lfs.mediaSize) + ')');
    line("Superblock:", "magic " + hexText(sb.magic) + (sb.magicValid() ? "" : " (NOT famfs)") +
                            ", CRC " + hexText(sb.crc) + ' ' + okOrBad(sb.crcValid()));
    line("  layout:", shown(lfs.layout.description));
    line("  uuid:", shown(sb.uuid.toString()));
    line("  device uuid:", shown(sb.devUuid.toString()));
    line("  system uuid:", shown(sb.systemUuid.toString()));
    line("  device:", shown(sb.daxdevPath()) + ", " + std::to_string(sb.ddSize) + " bytes (" +
                          humanBytes(sb.ddSize) + ')');
    line("  alloc unit:", hexText(sb.allocUnit));
    line("  log:", "offset " + hexText(sb.logOffset) + ", " + humanBytes(sb.logLen));
    if (lfs.logHeaderRead) {
        const LogHeader& h = lfs.log;
        line("Log header:",
             "magic " + hexText(h.magic) + ", CRC " + hexText(h.crc) + ' ' + okOrBad(h.crcValid()));
        line("  entries:", std::to_string(h.nextIndex) + " of " +
                               std::to_string(lfs.logCapacity()) + " slots used (" +
                               percentText(lfs.logUsedFraction()) + "), next seqnum " +
                               std::to_string(h.nextSeqnum));
    } else {
        line("Log header:", "not readable");
    }
    const auto& byType = census.byType;
    line("Entries:", std::to_string(census.total()) + " read: " + std::to_string(byType[0]) +
                         " file, " + std::to_string(byType[1]) + " mkdir, " +
                         std::to_string(byType[3]) + " add_daxdev, " +
                         std::to_string(byType[2] + byType[4]) + " other; " +
                         std::to_string(census.bad) + " bad");
    line("Namespace:", namespaceText);
    for (const std::string& w : lfs.warnings)
        line("Warning:", shown(w));
    return t;
}

} // namespace

std::string namespaceSummary(const fs::Namespace& ns) {
    return namespaceLine(ns.files.size(), ns.dirs.size(), ns.stoppedAt, ns.refused,
                         ns.refusedReason);
}

std::string namespaceSummary(const fs::ReplaySummary& s) {
    return namespaceLine(s.files, s.dirs, s.stoppedAt, s.refused, s.refusedReason);
}

std::string infoText(const fs::LoadedFs& lfs, const fs::Namespace& ns) {
    return infoWithNamespaceLine(lfs, fs::entryCensus(lfs.entries), namespaceSummary(ns));
}

std::string infoText(const fs::LoadedFs& lfs, const fs::ReplaySummary& summary) {
    // The replay counted the entries as it read them: no second pass over a large log.
    return infoWithNamespaceLine(lfs, summary.census, namespaceSummary(summary));
}

void infoJson(const fs::LoadedFs& lfs, const fs::Namespace& ns, fs::ReplayMode mode,
              const TargetState& target, const TextSink& out) {
    const Damage& damage = target.damage;
    JsonWriter w(true, out);
    w.beginObject();
    writeTarget(w, lfs);
    writeSuperblock(w, lfs);
    writeLogHeader(w, lfs);
    w.key("entries").beginArray();
    for (uint64_t i = 0; i < lfs.entries.size(); ++i)
        writeEntry(w, i, lfs.entries[i], mediaEnd(damage));
    w.endArray();
    writeNamespaceKeys(w, ns, mode, mediaEnd(damage));
    writeDamaged(w, damage, target.exitStatus, &ns);
    w.key("warnings").beginArray();
    for (const std::string& warning : lfs.warnings)
        w.value(warning);
    w.endArray();
    writeRepairPending(w, target.pendingRepair);
    w.endObject();
    w.finish();
}

std::string demoText(const fs::LoadedFs& fs, const fs::Namespace& ns) {
    std::string text = infoText(fs, ns) + "\nFiles (mount semantics):\n";
    for (const auto& f : ns.files) {
        text += "  " + padLeft(f.size, 11) + "  " + shown(f.path);
        if (f.map.interleaved)
            text += "  [" + std::to_string(f.map.strips.size()) + " strips]";
        text += '\n';
    }
    for (const auto& e : ns.events)
        text += "  ! " + shown(e.message) + '\n';
    text += "\nWhat `famfs fsck` would print:\n";
    return text + famfsFsckSummary(fs, fs::buildAllocationMap(fs),
                                   famfsRole(fs, "/opt/famfs/system_uuid"));
}

std::string demoJson(const fs::Namespace& ns) {
    JsonWriter w;
    w.beginObject();
    writeNamespaceKeys(w, ns, fs::ReplayMode::Mount);
    w.endObject();
    return w.data() + '\n';
}

} // namespace famscope::report
