#include "core/fsck/FsckReport.h"

#include <algorithm>
#include <limits>

namespace famscope::fsck {

const char* roleName(Role r) {
    switch (r) {
    case Role::Owner:
        return "Owner";
    case Role::Client:
        return "Client";
    case Role::InvalidSuperblock:
        return "Invalid superblock";
    }
    return "Invalid superblock";
}

double FamfsFigures::spaceAmplification() const {
    if (sumOfFileSizes == 0)
        return std::numeric_limits<double>::infinity();
    return static_cast<double>(allocatedBytes) / static_cast<double>(sumOfFileSizes);
}

double FamfsFigures::percentUsed() const {
    if (bitmapCapacity == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return 100.0 * static_cast<double>(allocatedBytes) / static_cast<double>(bitmapCapacity);
}

bool FsckReport::has(const std::string& code) const {
    return std::any_of(findings.begin(), findings.end(),
                       [&code](const Finding& f) { return f.code == code; });
}

FindingGroups groupFindings(const std::vector<Finding>& findings) {
    FindingGroups groups;
    for (size_t i = 0; i < findings.size(); ++i)
        groups[findings[i].severity][findings[i].location.area].push_back(i);
    return groups;
}

} // namespace famscope::fsck
