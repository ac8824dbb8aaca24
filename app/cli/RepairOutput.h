// What `famscope repair` prints: the plan as text (one line per action) or JSON.
#pragma once

#include "core/repair/RepairPlan.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>

namespace famscope::cli {

struct RepairSummary {
    QString target;
    uint64_t entriesBefore = 0;
    bool dryRun = false;
    bool written = false;
    std::string backupFile;
};

QString repairPlanText(const repair::RepairPlan& plan, const RepairSummary& s);
std::string repairPlanJson(const repair::RepairPlan& plan, const RepairSummary& s);

} // namespace famscope::cli
