#include "core/report/RepairOutput.h"

#include "core/report/JsonWriter.h"
#include "core/report/TextEscape.h"
#include "core/report/TextFormat.h"

namespace famscope::report {

namespace {

using repair::ActionKind;
using repair::RepairAction;

std::string unitsText(const RepairAction& a) {
    if (a.unitsFreed)
        return "freed " + std::to_string(a.unitsFreed);
    if (a.unitsKept)
        return "kept " + std::to_string(a.unitsKept);
    return "-";
}

// One row of the action table, in fixed-width columns.
std::string actionRow(std::string_view action, std::string_view code, std::string_view entries,
                      std::string_view units, std::string_view what) {
    return "  " + padRight(action, 19) + ' ' + padRight(code, 20) + ' ' + padRight(entries, 12) +
           ' ' + padRight(units, 12) + ' ' + std::string(what) + '\n';
}

} // namespace

std::string repairPlanText(const repair::RepairPlan& plan, const RepairSummary& s) {
    std::string out;
    if (!plan.feasible()) {
        out += "cannot repair " + s.target + ":\n";
        for (const std::string& r : plan.refusals)
            out += "  " + shown(r) + '\n';
        return out;
    }
    if (!plan.changesMedia()) {
        out += "nothing to repair on " + s.target + '\n';
    } else {
        out += "repair plan for " + s.target + ": log of " + std::to_string(s.entriesBefore) +
               " entries -> " + std::to_string(plan.entries.size()) + ", ";
        out += plan.writesEntries()
                   ? "slots " + std::to_string(plan.firstChangedSlot) + " onward rewritten"
                   : std::string("no entry rewritten");
        out += ", " + std::to_string(plan.unitsFreed) + " allocation units freed\n";
    }
    if (!plan.actions.empty())
        out += actionRow("ACTION", "CODE", "ENTRIES", "UNITS", "WHAT");
    for (const RepairAction& a : plan.actions)
        out += actionRow(repair::actionName(a.kind), a.code, repair::entriesText(a), unitsText(a),
                         shown(a.text));
    if (!plan.recoveredFiles.empty()) {
        out += std::to_string(plan.recoveredFiles.size()) +
               " file(s) visible again after the repair:\n";
        for (const std::string& f : plan.recoveredFiles)
            out += "  " + shown(f) + '\n';
    }
    if (s.dryRun && plan.changesMedia())
        out += "dry run: nothing written\n";
    if (s.written)
        out += "repaired; backup of the metadata region: " + shown(s.backupFile) +
               " (famscope restore puts it back)\n";
    return out;
}

std::string repairPlanJson(const repair::RepairPlan& plan, const RepairSummary& s) {
    JsonWriter w;
    w.beginObject();
    w.field("target", s.target);
    w.field("dry_run", s.dryRun);
    w.field("repairable", plan.feasible());
    w.key("refusals").beginArray();
    for (const std::string& r : plan.refusals)
        w.value(escapeForJson(r));
    w.endArray();
    w.field("changes", plan.changesMedia());
    w.field("entries_before", s.entriesBefore);
    w.field("entries_after", static_cast<uint64_t>(plan.entries.size()));
    w.field("first_rewritten_entry", plan.firstChangedSlot);
    w.field("units_freed", plan.unitsFreed);
    w.key("actions").beginArray();
    for (const RepairAction& a : plan.actions) {
        w.beginObject();
        w.field("action", repair::actionName(a.kind));
        w.field("code", a.code);
        if (a.slotRange && !a.entryIndexes.empty()) {
            w.key("range").beginObject();
            w.field("first_entry", a.entryIndexes.front())
                .field("last_entry", a.entryIndexes.back());
            w.endObject();
        } else {
            w.key("entries").beginArray();
            for (uint64_t e : a.entryIndexes)
                w.value(e);
            w.endArray();
        }
        if (!a.path.empty())
            w.field("path", escapeForJson(a.path));
        w.field("units_freed", a.unitsFreed);
        w.field("units_kept", a.unitsKept);
        w.field("text", escapeForJson(a.text));
        w.endObject();
    }
    w.endArray();
    w.key("recovered_files").beginArray();
    for (const std::string& f : plan.recoveredFiles)
        w.value(escapeForJson(f));
    w.endArray();
    w.field("written", s.written);
    if (s.written)
        w.field("backup", escapeForJson(s.backupFile));
    w.endObject();
    return w.data() + '\n';
}

} // namespace famscope::report
