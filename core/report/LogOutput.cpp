#include "core/report/LogOutput.h"

#include "core/report/FsJson.h"
#include "core/report/SizeText.h"
#include "core/report/TextFormat.h"

#include <algorithm>

namespace famscope::report {

using namespace famfs;

namespace {

std::string extentSummary(const FileMeta& f) {
    if (f.interleaved())
        return std::to_string(f.nstrips()) + " strips x " + humanBytes(f.chunkSize()) + " chunks";
    std::string parts;
    for (size_t i = 0; i < std::min<size_t>(f.count, kMaxExtents); ++i) {
        const SimpleExtent e = f.extent(i);
        if (i > 0)
            parts += ' ';
        parts += hexText(e.offset) + '+' + hexText(e.len);
    }
    return parts;
}

// One past the last entry of [from, to] that was read.
uint64_t endOf(const fs::LoadedFs& lfs, uint64_t to) {
    return std::min<uint64_t>(lfs.entries.size(), to == UINT64_MAX ? to : to + 1);
}

std::string owner(uint32_t mode, uint32_t uid, uint32_t gid) {
    return octalMode(mode) + ' ' + std::to_string(uid) + ':' + std::to_string(gid) + ' ';
}

} // namespace

std::string logEntryLine(uint64_t index, const LogEntry& e) {
    std::string problems;
    const auto problem = [&problems](const std::string& p) {
        problems += (problems.empty() ? "" : ", ") + p;
    };
    if (e.seqnum != index)
        problem("seqnum " + std::to_string(e.seqnum));
    if (!e.crcValid())
        problem("CRC " + hexText(e.crc) + " != " + hexText(e.computedCrc));
    std::string text = padLeft(index, 7) + ' ' + padRight(entryTypeName(e.type), 10) + ' ';
    if (const FileMeta* f = e.file()) {
        text += owner(f->mode, f->uid, f->gid) + padLeft(f->size, 12) + ' ' +
                shown(pathText(f->relpath)) + "  [" + extentSummary(*f) + ']';
    } else if (const MkdirMeta* d = e.mkdir()) {
        text += owner(d->mode, d->uid, d->gid) + std::string(12, ' ') + ' ' +
                shown(pathText(d->relpath)) + '/';
    } else if (const AddDaxdevMeta* a = e.addDaxdev()) {
        text += "index " + std::to_string(a->ddIndex) + ", " + std::to_string(a->ddSize) +
                " bytes, uuid " + shown(a->ddUuid.toString());
    }
    if (!problems.empty())
        text += "  BAD: " + problems;
    return text + '\n';
}

void logText(const fs::LoadedFs& lfs, const Damage& damage, uint64_t from, uint64_t to,
             const TextSink& out) {
    std::string text;
    for (uint64_t i = from; i < endOf(lfs, to); ++i) {
        text += logEntryLine(i, lfs.entries[i]);
        passOnFull(text, out);
    }
    out(text + missingEntriesLine(lfs, damage, from, to));
}

void logJson(const fs::LoadedFs& lfs, const TargetState& target, uint64_t from, uint64_t to,
             const TextSink& out) {
    const Damage& damage = target.damage;
    JsonWriter w(true, out);
    w.beginObject();
    writeTarget(w, lfs);
    writeLogHeader(w, lfs);
    w.key("entries").beginArray();
    for (uint64_t i = from; i < endOf(lfs, to); ++i)
        writeEntry(w, i, lfs.entries[i], mediaEnd(damage));
    w.endArray();
    writeTargetState(w, target);
    w.endObject();
    w.finish();
}

} // namespace famscope::report
