#include "cli/RepairOutput.h"

#include "cli/Text.h"
#include "core/report/JsonWriter.h"
#include "core/report/TextEscape.h"

namespace famscope::cli {

namespace {

using repair::ActionKind;
using repair::RepairAction;

QString unitsText(const RepairAction& a) {
    if (a.unitsFreed)
        return QStringLiteral("freed ") + QString::number(a.unitsFreed);
    if (a.unitsKept)
        return QStringLiteral("kept ") + QString::number(a.unitsKept);
    return QStringLiteral("-");
}

} // namespace

QString repairPlanText(const repair::RepairPlan& plan, const RepairSummary& s) {
    QString out;
    if (!plan.feasible()) {
        out += QStringLiteral("cannot repair ") + s.target + QStringLiteral(":\n");
        for (const std::string& r : plan.refusals)
            out += QStringLiteral("  ") + shown(r) + QLatin1Char('\n');
        return out;
    }
    if (!plan.changesMedia()) {
        out += QStringLiteral("nothing to repair on ") + s.target + QLatin1Char('\n');
    } else {
        out += QStringLiteral("repair plan for ") + s.target + QStringLiteral(": log of ") +
               QString::number(s.entriesBefore) + QStringLiteral(" entries -> ") +
               QString::number(plan.entries.size()) + QStringLiteral(", ");
        out += plan.writesEntries()
                   ? QStringLiteral("slots ") + QString::number(plan.firstChangedSlot) +
                         QStringLiteral(" onward rewritten")
                   : QStringLiteral("no entry rewritten");
        out += QStringLiteral(", ") + QString::number(plan.unitsFreed) +
               QStringLiteral(" allocation units freed\n");
    }
    if (!plan.actions.empty())
        out += QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(QStringLiteral("ACTION"), -19)
                   .arg(QStringLiteral("CODE"), -20)
                   .arg(QStringLiteral("ENTRIES"), -12)
                   .arg(QStringLiteral("UNITS"), -12)
                   .arg(QStringLiteral("WHAT"));
    for (const RepairAction& a : plan.actions)
        out += QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(QLatin1String(repair::actionName(a.kind)), -19)
                   .arg(QString::fromStdString(a.code), -20)
                   .arg(QString::fromStdString(repair::entriesText(a)), -12)
                   .arg(unitsText(a), -12)
                   .arg(shown(a.text));
    if (!plan.recoveredFiles.empty()) {
        out += QString::number(plan.recoveredFiles.size()) +
               QStringLiteral(" file(s) visible again after the repair:\n");
        for (const std::string& f : plan.recoveredFiles)
            out += QStringLiteral("  ") + shown(f) + QLatin1Char('\n');
    }
    if (s.dryRun && plan.changesMedia())
        out += QStringLiteral("dry run: nothing written\n");
    if (s.written)
        out += QStringLiteral("repaired; backup of the metadata region: ") + shown(s.backupFile) +
               QStringLiteral(" (famscope restore puts it back)\n");
    return out;
}

std::string repairPlanJson(const repair::RepairPlan& plan, const RepairSummary& s) {
    report::JsonWriter w;
    w.beginObject();
    w.field("target", s.target.toStdString());
    w.field("dry_run", s.dryRun);
    w.field("repairable", plan.feasible());
    w.key("refusals").beginArray();
    for (const std::string& r : plan.refusals)
        w.value(report::escapeForJson(r));
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
            w.field("path", report::escapeForJson(a.path));
        w.field("units_freed", a.unitsFreed);
        w.field("units_kept", a.unitsKept);
        w.field("text", report::escapeForJson(a.text));
        w.endObject();
    }
    w.endArray();
    w.key("recovered_files").beginArray();
    for (const std::string& f : plan.recoveredFiles)
        w.value(report::escapeForJson(f));
    w.endArray();
    w.field("written", s.written);
    if (s.written)
        w.field("backup", report::escapeForJson(s.backupFile));
    w.endObject();
    return w.data() + '\n';
}

} // namespace famscope::cli
