#include "core/report/ListingOutput.h"

#include "core/report/FaultJson.h"
#include "core/report/FaultText.h"
#include "core/report/FsJson.h"
#include "core/report/SizeText.h"
#include "core/report/TextFormat.h"

#include <algorithm>

namespace famscope::report {

namespace {

bool isChildOf(const std::string& path, const std::string& parent) {
    if (parent.empty())
        return path.find('/') == std::string::npos;
    return path.size() > parent.size() + 1 && path.compare(0, parent.size(), parent) == 0 &&
           path[parent.size()] == '/' && path.find('/', parent.size() + 1) == std::string::npos;
}

std::string permissions(uint32_t mode, bool dir) {
    std::string s = dir ? "d" : "-";
    const char* rwx = "rwx";
    for (int bit = 8; bit >= 0; --bit)
        s += (mode >> bit) & 1 ? rwx[(8 - bit) % 3] : '-';
    return s;
}

std::string mapSummary(const fs::FileMap& map) {
    if (map.interleaved)
        return std::to_string(map.strips.size()) + " strips x " + humanBytes(map.chunkSize);
    return std::to_string(map.extents.size()) + (map.extents.size() == 1 ? " extent" : " extents");
}

std::string baseName(const std::string& path) {
    const auto slash = path.rfind('/');
    return shown(slash == std::string::npos ? path : path.substr(slash + 1));
}

std::string owner(uint32_t mode, bool dir, uint32_t uid, uint32_t gid) {
    return permissions(mode, dir) + ' ' + padLeft(uid, 5) + padLeft(gid, 6);
}

std::string longLine(const Listed& c, const Damage& damage) {
    if (c.dir)
        return owner(c.dir->mode, true, c.dir->uid, c.dir->gid) + std::string(14, ' ') +
               "  entry " + padRight(std::to_string(c.dir->entryIndex), 7) + baseName(c.dir->path) +
               "/\n";
    const fs::FsFile& f = *c.file;
    return owner(f.mode, false, f.uid, f.gid) + padLeft(f.size, 14) + "  entry " +
           padRight(std::to_string(f.entryIndex), 7) + baseName(f.path) + "  (" +
           mapSummary(f.map) + ")" + missingDataNote(f.map, damage) + '\n';
}

// An extent or strip that ends past `mediaEnd` (a truncated image) is marked on its line.
std::string extentLines(const fs::ExtentList& list, const std::string& indent, uint64_t mediaEnd) {
    std::string text;
    for (const auto& e : list) {
        text += indent + hexText(e.offset) + '\t' + std::to_string(e.len);
        if (e.devindex != 0)
            text += "\tdevindex " + std::to_string(e.devindex);
        if (mediaEnd != UINT64_MAX && fs::beyondMedia(e, mediaEnd))
            text += "\tMISSING";
        text += '\n';
    }
    return text;
}

} // namespace

std::optional<std::vector<Listed>> listing(const fs::Namespace& ns, const std::string& path) {
    std::vector<Listed> entries;
    if (const fs::FsFile* f = ns.findFile(path)) {
        entries.push_back({f, nullptr});
        return entries;
    }
    if (!path.empty() && !ns.findDir(path))
        return std::nullopt;
    for (const auto& d : ns.dirs)
        if (isChildOf(d.path, path))
            entries.push_back({nullptr, &d});
    for (const auto& f : ns.files)
        if (isChildOf(f.path, path))
            entries.push_back({&f, nullptr});
    std::sort(entries.begin(), entries.end(),
              [](const Listed& a, const Listed& b) { return a.path() < b.path(); });
    return entries;
}

std::string listingText(const std::vector<Listed>& entries, ListingStyle style,
                        const Damage& damage) {
    std::string text;
    for (const Listed& c : entries) {
        std::string line =
            style.longFormat ? longLine(c, damage) : baseName(c.path()) + (c.dir ? "/\n" : "\n");
        if (c.file && style.pages) // before the newline
            line.insert(line.size() - 1, "  [" + faultPagesSummary(*c.file) + ']');
        text += line;
    }
    return text;
}

std::string listingJson(const std::string& path, const std::vector<Listed>& entries,
                        ListingStyle style, const TargetState& target, const fs::Namespace& ns) {
    JsonWriter w;
    w.beginObject().field("path", path).key("children").beginArray();
    for (const Listed& c : entries) {
        if (c.dir)
            writeDir(w, *c.dir);
        else
            writeFile(w, *c.file, style.pages, mediaEnd(target.damage));
    }
    w.endArray();
    writeTargetState(w, target, &ns);
    w.endObject();
    return w.data() + '\n';
}

std::string fileMapText(const fs::FsFile& f, const Damage& damage) {
    const fs::FileMap& map = f.map;
    std::string t = "File:     " + shown(f.path) + '\n';
    t += "\tsize:    " + std::to_string(f.size) + '\n';
    t += "\tentry:   " + std::to_string(f.entryIndex) + '\n';
    if (map.interleaved) {
        t += "\textents: 1\n";
        t += "\t\tInterleave_Param chunk_size: " + std::to_string(map.chunkSize) + '\n';
        t += "\t\tInterleaved extent has " + std::to_string(map.declaredCount) + " strips:\n";
        t += extentLines(map.strips, "\t\t\t", mediaEnd(damage));
    } else {
        t += "\textents: " + std::to_string(map.declaredCount) + '\n';
        t += extentLines(map.extents, "\t\t", mediaEnd(damage));
    }
    if (map.clamped())
        t += "\tnote: the log claims " + std::to_string(map.declaredCount) +
             " pieces; famfs holds at most 16, only those are shown\n";
    t += "\tmapped:  " + std::to_string(map.mappedBytes()) + " bytes\n";
    const std::string missing = missingDataNote(map, damage);
    if (!missing.empty()) // on its own line, without the indent it has in ls -l
        t += missing.substr(missing.find_first_not_of(' ')) + '\n';
    return t;
}

std::string fileMapJson(const fs::FsFile& f, const TargetState& target) {
    JsonWriter w;
    w.beginObject();
    writeFileKeys(w, f, true, mediaEnd(target.damage));
    writeTargetState(w, target);
    w.endObject();
    return w.data() + '\n';
}

std::string resolvedRunsText(const fs::FsFile& f, const std::vector<fs::DeviceRun>& runs) {
    const char* piece = f.map.interleaved ? "strip" : "extent";
    std::string text;
    for (const auto& r : runs)
        text += "file " + hexText(r.fileOffset) + " -> dev " + std::to_string(r.devindex) +
                " offset " + hexText(r.deviceOffset) + " length " + std::to_string(r.length) +
                " (" + piece + ' ' + std::to_string(r.extentIndex) + ")\n";
    return text;
}

std::string resolveJson(const fs::FsFile& f, uint64_t offset, uint64_t length, bool explained,
                        const std::vector<fs::DeviceRun>* runs, const TargetState& target) {
    JsonWriter w;
    w.beginObject().field("path", f.path).field("offset", offset).field("length", length);
    if (explained)
        writeExplainKey(w, f, offset);
    if (runs) {
        w.key("runs").beginArray();
        for (const auto& r : *runs) {
            w.beginObject().field("file_offset", r.fileOffset).field("devindex", r.devindex);
            w.field("device_offset", r.deviceOffset).field("length", r.length);
            w.field("extent", r.extentIndex).endObject();
        }
        w.endArray();
    }
    writeTargetState(w, target);
    w.endObject();
    return w.data() + '\n';
}

} // namespace famscope::report
