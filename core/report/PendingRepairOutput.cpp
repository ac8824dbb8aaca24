#include "core/report/PendingRepairOutput.h"

#include <ctime>

namespace famscope::report {

std::string pendingRepairStarted(const repair::PendingRepair& p) {
    // UTC, so that the text does not depend on the reader's time zone.
    const std::time_t t = static_cast<std::time_t>(p.startedUnix);
    std::tm tm{};
    char text[32] = "?";
    if (::gmtime_r(&t, &tm))
        std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S UTC", &tm);
    return text;
}

std::string pendingRepairText(const std::string& target, const repair::PendingRepair& p) {
    if (p.damaged())
        return "an interrupted repair may be pending, but its intent file cannot be read (" +
               p.unreadable + "); the metadata may be mid-repair: undo it with " +
               "`famscope restore BACKUP " + target +
               "`, BACKUP being the metadata backup the repair took";
    return "an interrupted repair is pending (started " + pendingRepairStarted(p) + ", " +
           std::to_string(p.stores) + (p.stores == 1 ? " store" : " stores") +
           "); the metadata may be mid-repair: run `famscope repair " + target +
           "` to finish it or `famscope restore " + p.backupFile + " " + target + "` to undo it";
}

std::string pendingRepairWarning(const std::string& target, const repair::PendingRepair& p) {
    return "famscope: " + target + ": warning: " + pendingRepairText(target, p);
}

void writeRepairPending(JsonWriter& w, const std::optional<repair::PendingRepair>& p) {
    if (!p)
        return;
    w.key("repair_pending").beginObject().field("intent_file", p->intentFile);
    w.field("started", pendingRepairStarted(*p)).field("started_unix", p->startedUnix);
    w.key("stores");
    if (p->damaged())
        w.null();
    else
        w.value(p->stores);
    w.key("backup_file");
    if (p->damaged())
        w.null();
    else
        w.value(p->backupFile);
    w.key("unreadable");
    if (p->damaged())
        w.value(p->unreadable);
    else
        w.null();
    w.endObject();
}

} // namespace famscope::report
