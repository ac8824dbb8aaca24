#include "core/report/EditOutput.h"

#include "core/report/JsonWriter.h"
#include "core/report/PlacementText.h"
#include "core/report/TextFormat.h"

namespace famscope::report {

namespace {

std::string backupNote(const std::string& backup) {
    return backup.empty() ? std::string()
                          : "backup of the metadata region: " + shown(backup) + '\n';
}

} // namespace

std::string mkfsText(const std::string& target, const edit::MkfsResult& r) {
    std::string t = backupNote(r.backupFile);
    if (r.createdImage)
        t += "created image " + target + " (" + std::to_string(r.sb.ddSize) + " bytes, sparse)\n";
    t += "made famfs on " + target + '\n';
    t += "  Filesystem UUID:   " + shown(r.sb.uuid.toString()) + '\n';
    t += "  Device UUID:       " + shown(r.sb.devUuid.toString()) + '\n';
    t += "  System UUID:       " + shown(r.sb.systemUuid.toString()) + '\n';
    t += "  device size:       " + std::to_string(r.sb.ddSize) + '\n';
    t += "  log size (bytes):  " + std::to_string(r.sb.logLen) + " (" +
         std::to_string(r.log.lastIndex + 1) + " entries)\n";
    for (const auto& n : r.notes)
        t += "note: " + shown(n) + '\n';
    return t;
}

std::string mkfsJson(const edit::MkfsResult& r) {
    JsonWriter w;
    w.beginObject().field("created_image", r.createdImage).field("dd_size", r.sb.ddSize);
    w.field("log_len", r.sb.logLen).field("log_slots", r.log.lastIndex + 1);
    w.field("uuid", r.sb.uuid.toString()).field("dev_uuid", r.sb.devUuid.toString());
    w.field("system_uuid", r.sb.systemUuid.toString());
    w.field("daxdev", r.sb.daxdevPath()).field("backup", r.backupFile).endObject();
    return w.data() + '\n';
}

std::string mkdirText(const edit::MkdirResult& r, uint32_t mode, const std::string& backup) {
    std::string t = backupNote(backup);
    for (size_t i = 0; i < r.created.size(); ++i)
        t += "created directory " + shown(r.created[i]) + " (mode " + octalMode(mode) +
             ", log entry " + std::to_string(r.entries[i]) + ")\n";
    if (r.created.empty())
        t += "nothing to do: the directory exists\n";
    return t;
}

std::string mkdirJson(const edit::MkdirResult& r, const std::string& backup) {
    JsonWriter w;
    w.beginObject().key("created").beginArray();
    for (size_t i = 0; i < r.created.size(); ++i)
        w.beginObject().field("path", r.created[i]).field("entry", r.entries[i]).endObject();
    w.endArray().field("backup", backup).endObject();
    return w.data() + '\n';
}

std::string creatText(const edit::CreatResult& r, const edit::CreatOptions& o,
                      const std::string& backup) {
    std::string t = backupNote(backup);
    t += "created " + shown(r.path) + ": " + std::to_string(o.size) + " bytes, mode " +
         octalMode(o.mode) + ", log entry " + std::to_string(r.entryIndex) + '\n';
    t += placementText(r.placement, "\t");
    if (r.dataWritten && o.dataSeed)
        t += "randomized " + std::to_string(o.size) + " bytes with seed " +
             std::to_string(*o.dataSeed) + '\n';
    return t;
}

std::string creatJson(const edit::CreatResult& r, uint64_t size, const std::string& backup) {
    JsonWriter w;
    w.beginObject().field("path", r.path).field("size", size).field("entry", r.entryIndex);
    w.field("data_written", r.dataWritten).field("backup", backup);
    w.key("placement");
    writePlacement(w, r.placement);
    w.endObject();
    return w.data() + '\n';
}

std::string creatPlanText(const edit::Placement& p) {
    return "placement (nothing written):\n" + placementText(p, "\t");
}

std::string creatPlanJson(const edit::Placement& p, uint64_t size) {
    JsonWriter w;
    w.beginObject().field("plan_only", true).field("size", size).key("placement");
    writePlacement(w, p);
    w.endObject();
    return w.data() + '\n';
}

std::string copyText(const edit::CopyResult& r, const std::string& backup) {
    std::string t = backupNote(backup);
    for (const auto& it : r.items) {
        const std::string dest = shown(it.dest);
        if (it.skippedEmpty)
            t += "skipped empty file " + shown(it.source) + '\n';
        else if (!it.skipped.empty())
            t += "skipped " + shown(it.source) + ": " + shown(it.skipped) + '\n';
        else if (it.directory)
            t += "created directory " + dest + " (log entry " + std::to_string(it.entryIndex) +
                 ")\n";
        else
            t += "copied " + shown(it.source) + " -> " + dest + " (" + std::to_string(it.size) +
                 " bytes, log entry " + std::to_string(it.entryIndex) + ")\n";
    }
    return t;
}

std::string copyJson(const edit::CopyResult& r, const std::string& backup) {
    JsonWriter w;
    w.beginObject().key("items").beginArray();
    for (const auto& it : r.items) {
        w.beginObject().field("source", it.source).field("dest", it.dest);
        w.field("directory", it.directory).field("skipped_empty", it.skippedEmpty);
        w.field("size", it.size);
        if (!it.skipped.empty())
            w.field("skipped", it.skipped);
        if (it.skipped.empty())
            w.field("entry", it.entryIndex);
        w.endObject();
    }
    w.endArray().field("backup", backup).endObject();
    return w.data() + '\n';
}

std::string restoreText(const edit::BackupInfo& info, const std::string& target) {
    return "restored " + std::to_string(info.regionLength) + " bytes of metadata to " + target +
           '\n';
}

std::string restoreJson(const edit::BackupInfo& info) {
    JsonWriter w;
    w.beginObject().field("restored_bytes", info.regionLength);
    w.field("created_unix", info.createdUnix).endObject();
    return w.data() + '\n';
}

} // namespace famscope::report
