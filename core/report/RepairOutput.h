// What `famscope repair` prints: the plan as text (one line per action) or JSON.
#pragma once

#include "core/repair/RepairPlan.h"

#include <cstdint>
#include <string>

namespace famscope::report {

struct RepairSummary {
    std::string target; // as text output shows it (escaped)
    uint64_t entriesBefore = 0;
    bool dryRun = false;
    bool written = false;
    std::string backupFile;
};

std::string repairPlanText(const repair::RepairPlan& plan, const RepairSummary& s);
std::string repairPlanJson(const repair::RepairPlan& plan, const RepairSummary& s);

} // namespace famscope::report
