#include "cli/NamespaceOutput.h"

#include "cli/Text.h"

namespace famscope::cli {

void addSemanticsOption(CommandLine& cl) {
    cl.addOption(QCommandLineOption(
        QStringLiteral("semantics"),
        QStringLiteral("How to replay the log: 'mount' (stop at the first bad entry, as famfs "
                       "mount does; default) or 'fsck' (skip bad entries)."),
        QStringLiteral("mount|fsck"), QStringLiteral("mount")));
}

std::optional<fs::ReplayMode> semantics(const CommandLine& cl) {
    const QString v = cl.value(QStringLiteral("semantics"));
    if (v == QLatin1String("mount"))
        return fs::ReplayMode::Mount;
    if (v == QLatin1String("fsck"))
        return fs::ReplayMode::Fsck;
    printErr(QStringLiteral("famscope: --semantics must be 'mount' or 'fsck', not '") + v +
             QLatin1Char('\''));
    return std::nullopt;
}

QString namespaceSummary(const fs::Namespace& ns) {
    QString text = QString::number(ns.files.size()) + QStringLiteral(" files, ") +
                   QString::number(ns.dirs.size()) + QStringLiteral(" directories");
    if (ns.stoppedAt)
        text += QStringLiteral("; replay stopped at entry ") + QString::number(*ns.stoppedAt);
    if (ns.refused)
        text += QStringLiteral("; famfs would refuse to mount this (") + shown(ns.refusedReason) +
                QLatin1Char(')');
    return text;
}

void writeFileMapKeys(JsonWriter& w, const fs::FileMap& map) {
    auto writeExtents = [&w](const fs::ExtentList& list) {
        w.beginArray();
        for (const auto& e : list) {
            w.beginObject().field("devindex", e.devindex).field("offset", e.offset);
            w.field("len", e.len).endObject();
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

void writeFile(JsonWriter& w, const fs::FsFile& f) {
    w.beginObject();
    w.field("type", "file").field("path", f.path).field("entry", f.entryIndex);
    writeLanding(w, f.landing);
    w.field("size", f.size);
    w.field("mode", f.mode).field("uid", f.uid).field("gid", f.gid).field("flags", f.flags);
    writeFileMapKeys(w, f.map);
    w.endObject();
}

void writeDir(JsonWriter& w, const fs::FsDir& d) {
    w.beginObject();
    w.field("type", "dir").field("path", d.path).field("entry", d.entryIndex);
    writeLanding(w, d.landing);
    w.field("mode", d.mode).field("uid", d.uid).field("gid", d.gid);
    w.endObject();
}

void writeNamespaceKeys(JsonWriter& w, const fs::Namespace& ns, fs::ReplayMode mode) {
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
        writeFile(w, f);
    w.endArray();
    w.key("dirs").beginArray();
    for (const auto& d : ns.dirs)
        writeDir(w, d);
    w.endArray();
}

std::string normalisedPath(std::string_view path) {
    std::string out;
    while (!path.empty()) {
        const size_t slash = path.find('/');
        const std::string_view part = path.substr(0, slash);
        path.remove_prefix(slash == std::string_view::npos ? path.size() : slash + 1);
        if (part.empty() || part == ".")
            continue;
        if (!out.empty())
            out += '/';
        out += part;
    }
    return out;
}

} // namespace famscope::cli
