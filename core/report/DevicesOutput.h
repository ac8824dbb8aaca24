// What `famscope devices` prints: the dax regions and devices of this host, as text or JSON.
#pragma once

#include "core/media/DaxDiscovery.h"

#include <string>
#include <vector>

namespace famscope::report {

// One line per region, then one per device: path, size, alignment, NUMA node, mode and
// whether a famfs superblock is at offset 0. "No dax devices found on this host." when empty.
std::string devicesText(const std::vector<media::DaxRegionInfo>& regions);
std::string devicesJson(const std::vector<media::DaxRegionInfo>& regions);

} // namespace famscope::report
