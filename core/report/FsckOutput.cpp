#include "core/report/FsckOutput.h"

#include "core/report/FamfsSummary.h"
#include "core/report/FsJson.h"
#include "core/report/JsonWriter.h"
#include "core/report/PendingRepairOutput.h"
#include "core/report/TextEscape.h"

namespace famscope::report {

namespace {

std::string leftJustified(std::string s, size_t width) {
    if (s.size() < width)
        s.append(width - s.size(), ' ');
    return s;
}

std::string findingLine(const fsck::Finding& f, const std::string& indent) {
    return indent + leftJustified(escapeText(f.code), 22) + ' ' + escapeText(f.where()) + ": " +
           escapeText(f.message) + '\n';
}

std::string membersText(const fsck::Finding& group) {
    const std::string indent = "      ";
    std::string t;
    for (const fsck::Finding& member : group.members)
        t += indent + escapeText(member.location.text()) + ": " + escapeText(member.message) + '\n';
    if (const uint64_t rest = group.membersNotListed())
        t += indent + "... and " + std::to_string(rest) +
             " more entries of this group, not listed (a group lists its first " +
             std::to_string(fsck::Finding::kMaxMembersListed) + ")\n";
    return t;
}

void writeLocation(JsonWriter& w, const char* key, const fsck::Location& l) {
    w.key(key).beginObject();
    w.field("area", fsck::areaName(l.area));
    if (!l.field.empty())
        w.field("field", l.field);
    if (l.offset)
        w.field("offset", *l.offset);
    if (l.entry)
        w.field("entry", *l.entry);
    if (!l.path.empty())
        w.field("path", l.path);
    if (l.firstAu)
        w.field("first_au", *l.firstAu).field("au_count", l.auCount);
    w.field("text", l.text());
    w.endObject();
}

void writeFinding(JsonWriter& w, const fsck::Finding& f, bool withMembers) {
    w.beginObject();
    w.field("code", f.code).field("severity", fsck::severityName(f.severity));
    writeLocation(w, "location", f.location);
    w.field("message", f.message);
    w.field("count", f.count);
    if (f.isGroup()) {
        w.key("range").beginObject();
        w.field("first_entry", f.location.entry.value_or(0));
        w.field("last_entry", f.last->entry.value_or(0));
        w.endObject();
        writeLocation(w, "last_location", *f.last);
        if (withMembers) {
            w.key("members").beginArray();
            for (const fsck::Finding& member : f.members)
                writeFinding(w, member, false);
            w.endArray();
            w.field("members_not_listed", f.membersNotListed());
        }
    }
    w.endObject();
}

} // namespace

std::string fsckFindingsText(const fsck::FsckReport& r, bool withMembers) {
    std::string t = "famscope fsck: " + std::to_string(r.counts.errors) + " errors, " +
                    std::to_string(r.counts.warnings) + " warnings, " +
                    std::to_string(r.counts.infos) + " notes\n";
    const std::pair<fsck::Severity, const char*> groups[] = {{fsck::Severity::Error, "Errors:"},
                                                             {fsck::Severity::Warning, "Warnings:"},
                                                             {fsck::Severity::Info, "Notes:"}};
    for (const auto& [severity, title] : groups) {
        bool any = false;
        for (const fsck::Finding& f : r.findings) {
            if (f.severity != severity)
                continue;
            if (!any)
                t += std::string(title) + '\n';
            any = true;
            t += findingLine(f, "  ");
            if (withMembers && f.isGroup())
                t += membersText(f);
        }
    }
    for (const auto& [code, n] : r.omitted)
        t += "  ... and " + std::to_string(n) + " more " + escapeText(code) +
             " findings, not listed\n";
    if (r.findings.empty())
        t += "No problems found.\n";
    return t;
}

std::string fsckReportJson(const fs::LoadedFs& lfs, const fsck::FsckReport& r, int exitCode,
                           bool withMembers,
                           const std::optional<repair::PendingRepair>& pendingRepair) {
    JsonWriter w;
    w.beginObject();
    writeTarget(w, lfs);
    w.field("role", fsck::roleName(r.role));
    w.field("famfs_superblock_valid", r.famfsSuperblockValid);
    w.field("log_checked", r.logChecked);
    const fsck::FamfsFigures& f = r.figures;
    w.key("summary").beginObject();
    w.field("entries_in_use", f.entriesInUse).field("log_slots", f.logSlots);
    w.field("log_len", f.logLen).field("allocation_collisions", f.collisions);
    w.field("device_capacity", f.deviceCapacity).field("bitmap_capacity", f.bitmapCapacity);
    w.field("sum_of_file_sizes", f.sumOfFileSizes).field("allocated_bytes", f.allocatedBytes);
    w.field("free_space", f.freeBytes);
    w.field("space_amplification", f.spaceAmplification()); // null when infinite
    w.field("percent_used", f.percentUsed());
    w.field("bad_log_entries", f.badEntries).field("files", f.files);
    w.field("directories", f.directories);
    w.endObject();
    w.key("free_space").beginObject();
    w.field("alloc_unit", r.allocUnit).field("free_runs", r.freeSpace.freeRuns);
    w.field("largest_run_aus", r.freeSpace.largestRunAus);
    w.key("run_histogram_log2_aus").beginArray();
    for (uint64_t n : r.freeSpace.histogram)
        w.value(n);
    w.endArray();
    w.endObject();
    w.key("counts").beginObject();
    w.field("error", r.counts.errors).field("warning", r.counts.warnings);
    w.field("info", r.counts.infos);
    w.endObject();
    w.key("findings").beginArray();
    for (const fsck::Finding& finding : r.findings)
        writeFinding(w, finding, withMembers);
    w.endArray();
    w.key("omitted").beginObject(); // code -> findings counted but not listed
    for (const auto& [code, n] : r.omitted)
        w.field(code, n);
    w.endObject();
    w.field("exit_status", exitCode);
    writeRepairPending(w, pendingRepair);
    w.endObject();
    return w.data() + '\n';
}

std::string fsckText(const fs::LoadedFs& fs, const fsck::FsckReport& report, bool forced,
                     bool withMembers) {
    std::string text;
    if (fs.sb.magicValid() || forced)
        text = famfsFsckSummary(fs, report.figures, fsck::roleName(report.role));
    return text + fsckFindingsText(report, withMembers);
}

} // namespace famscope::report
