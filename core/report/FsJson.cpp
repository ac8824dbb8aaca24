#include "core/report/FsJson.h"

#include "core/report/FaultJson.h"

#include "core/fs/MediaDamage.h"

#include <algorithm>

namespace famscope::report {

using namespace famfs;

namespace {
void writeExtent(JsonWriter& w, const SimpleExtent& e, uint64_t mediaEnd) {
    w.beginObject().field("devindex", e.devindex).field("offset", e.offset).field("len", e.len);
    if (mediaEnd != UINT64_MAX && fs::beyondMedia(e, mediaEnd))
        w.field("missing", true);
    w.endObject();
}
} // namespace

void writeTarget(JsonWriter& w, const fs::LoadedFs& fs) {
    w.key("target").beginObject();
    w.field("path", fs.path).field("kind", media::mediaKindName(fs.mediaKind));
    w.field("size", fs.mediaSize);
    w.endObject();
}

void writeSuperblock(JsonWriter& w, const fs::LoadedFs& fs) {
    const Superblock& sb = fs.sb;
    w.key("superblock").beginObject();
    w.field("magic", sb.magic).field("magic_valid", sb.magicValid());
    w.field("version", sb.version).field("omf_major", sb.omfMajor).field("omf_minor", sb.omfMinor);
    w.field("uuid", sb.uuid.toString()).field("dev_uuid", sb.devUuid.toString());
    w.field("system_uuid", sb.systemUuid.toString());
    w.field("log_offset", sb.logOffset).field("log_len", sb.logLen);
    w.field("alloc_unit", sb.allocUnit);
    w.field("crc", sb.crc).field("crc_computed", sb.computeCrc()).field("crc_valid", sb.crcValid());
    w.field("sb_flags", sb.sbFlags);
    w.field("device_size", sb.ddSize).field("device_uuid", sb.ddUuid.toString());
    w.field("device_path", sb.daxdevPath());
    w.key("layout").beginObject();
    w.field("supported", fs.layout.supported).field("entry_size", fs.layout.entrySize);
    w.field("description", fs.layout.description);
    w.endObject();
    w.endObject();
}

void writeLogHeader(JsonWriter& w, const fs::LoadedFs& fs) {
    w.key("log");
    if (!fs.logHeaderRead) {
        w.null();
        return;
    }
    const LogHeader& h = fs.log;
    w.beginObject();
    w.field("offset", kLogOffset);
    w.field("magic", h.magic).field("magic_valid", h.magicValid()).field("len", h.len);
    w.field("last_index", h.lastIndex).field("capacity", fs.logCapacity());
    w.field("next_index", h.nextIndex).field("next_seqnum", h.nextSeqnum);
    w.field("crc", h.crc).field("crc_computed", h.computeCrc()).field("crc_valid", h.crcValid());
    w.field("entries_read", uint64_t(fs.entries.size()));
    w.endObject();
}

void writeFileMapKeys(JsonWriter& w, const FileMeta& f, uint64_t mediaEnd) {
    if (f.interleaved()) {
        w.field("ext_type", "interleave").field("niext", f.count);
        w.key("interleave").beginObject();
        w.field("nstrips", f.nstrips()).field("chunk_size", f.chunkSize());
        w.key("strips").beginArray();
        for (size_t j = 0; j < std::min<uint64_t>(f.nstrips(), kMaxExtents); ++j)
            writeExtent(w, f.strip(j), mediaEnd);
        w.endArray();
        w.endObject();
    } else {
        w.field("ext_type", f.extType == kExtSimple ? "simple" : "unknown");
        w.field("nextents", f.count);
        w.key("extents").beginArray();
        for (size_t i = 0; i < std::min<size_t>(f.count, kMaxExtents); ++i)
            writeExtent(w, f.extent(i), mediaEnd);
        w.endArray();
    }
}

void writeEntry(JsonWriter& w, uint64_t index, const LogEntry& e, uint64_t mediaEnd) {
    w.beginObject();
    w.field("index", index).field("seqnum", e.seqnum).field("seqnum_valid", e.seqnum == index);
    w.field("type", entryTypeName(e.type)).field("type_code", e.type);
    w.field("crc", e.crc).field("crc_computed", e.computedCrc).field("crc_valid", e.crcValid());
    if (const FileMeta* f = e.file()) {
        w.field("path", pathText(f->relpath)).field("size", f->size);
        w.field("mode", f->mode).field("uid", f->uid).field("gid", f->gid);
        w.field("flags", f->flags);
        writeFileMapKeys(w, *f, mediaEnd);
    } else if (const MkdirMeta* d = e.mkdir()) {
        w.field("path", pathText(d->relpath));
        w.field("mode", d->mode).field("uid", d->uid).field("gid", d->gid);
    } else if (const AddDaxdevMeta* a = e.addDaxdev()) {
        w.field("dd_size", a->ddSize).field("dd_uuid", a->ddUuid.toString());
        w.field("dd_index", a->ddIndex);
    }
    w.endObject();
}

void writeFileMapKeys(JsonWriter& w, const fs::FileMap& map, uint64_t mediaEnd) {
    auto writeExtents = [&w, mediaEnd](const fs::ExtentList& list) {
        w.beginArray();
        for (const auto& e : list) {
            w.beginObject().field("devindex", e.devindex).field("offset", e.offset);
            w.field("len", e.len);
            if (mediaEnd != UINT64_MAX && fs::beyondMedia(e, mediaEnd))
                w.field("missing", true);
            w.endObject();
        }
        w.endArray();
    };
    if (map.interleaved) {
        w.field("ext_type", "interleave");
        w.key("interleave").beginObject();
        w.field("nstrips", map.declaredCount).field("chunk_size", map.chunkSize);
        w.key("strips");
        writeExtents(map.strips);
        w.endObject();
    } else {
        w.field("ext_type", "simple").field("nextents", map.declaredCount);
        w.key("extents");
        writeExtents(map.extents);
    }
    w.field("mapped_bytes", map.mappedBytes());
}

// Only a node that did not land at its logged path carries "landing" (famfs-format.md 3.3).
static void writeLanding(JsonWriter& w, fs::Landing how) {
    if (how == fs::Landing::Normalised)
        w.field("landing", "normalised").field("landing_reason", fs::landingReason(how));
    else if (how == fs::Landing::Truncated)
        w.field("landing", "truncated").field("landing_reason", fs::landingReason(how));
}

void writeFile(JsonWriter& w, const fs::FsFile& f, bool faultPages, uint64_t mediaEnd) {
    w.beginObject();
    writeFileKeys(w, f, faultPages, mediaEnd);
    w.endObject();
}

void writeFileKeys(JsonWriter& w, const fs::FsFile& f, bool faultPages, uint64_t mediaEnd) {
    w.field("type", "file").field("path", f.path).field("entry", f.entryIndex);
    writeLanding(w, f.landing);
    w.field("size", f.size);
    w.field("mode", f.mode).field("uid", f.uid).field("gid", f.gid).field("flags", f.flags);
    writeFileMapKeys(w, f.map, mediaEnd);
    if (faultPages)
        writeFaultPagesKey(w, f);
}

void writeDir(JsonWriter& w, const fs::FsDir& d) {
    w.beginObject();
    w.field("type", "dir").field("path", d.path).field("entry", d.entryIndex);
    writeLanding(w, d.landing);
    w.field("mode", d.mode).field("uid", d.uid).field("gid", d.gid);
    w.endObject();
}

void writeNamespaceKeys(JsonWriter& w, const fs::Namespace& ns, fs::ReplayMode mode,
                        uint64_t mediaEnd) {
    w.key("replay").beginObject();
    w.field("semantics", mode == fs::ReplayMode::Mount ? "mount" : "fsck");
    w.field("refused", ns.refused).field("refused_reason", ns.refusedReason);
    w.key("stopped_at");
    if (ns.stoppedAt)
        w.value(*ns.stoppedAt);
    else
        w.null();
    w.key("events").beginArray();
    for (const auto& e : ns.events)
        w.beginObject().field("entry", e.entryIndex).field("message", e.message).endObject();
    w.endArray();
    w.key("stats").beginObject();
    w.field("entries", ns.stats.nEntries).field("files_created", ns.stats.fCreated);
    w.field("dirs_created", ns.stats.dCreated).field("files_existed", ns.stats.fExisted);
    w.field("dirs_existed", ns.stats.dExisted).field("file_errors", ns.stats.fErrs);
    w.field("dir_errors", ns.stats.dErrs);
    w.endObject();
    w.endObject();
    w.key("files").beginArray();
    for (const auto& f : ns.files)
        writeFile(w, f, false, mediaEnd);
    w.endArray();
    w.key("dirs").beginArray();
    for (const auto& d : ns.dirs)
        writeDir(w, d);
    w.endArray();
}

} // namespace famscope::report
