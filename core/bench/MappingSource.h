// Where a benchmark mapping comes from. Each repetition calls prepare() (outside the timed
// section: a fresh memfd for memory targets, so no page is already in the page cache) and then
// map(): the touches that follow fault the mapping in.
#pragma once

#include "core/Result.h"
#include "core/bench/Region.h"

#include <cstdint>
#include <string>

namespace famscope::bench {

class MappingSource {
public:
    virtual ~MappingSource() = default;

    virtual std::string describe() const = 0; // one line: what is mapped and how
    virtual uint64_t length() const = 0;      // bytes mapped per repetition
    virtual uint64_t pageSize() const = 0;    // the page size asked for (touch stride)

    virtual Status prepare() { return Status::success(); }
    // Maps the whole target. `populate` prefaults it (MAP_POPULATE, or MADV_POPULATE_* where
    // a madvise hint must come before the first fault); populateMethod() names which.
    virtual Result<Region> map(bool populate) = 0;
    virtual std::string populateMethod() const { return "MAP_POPULATE"; }
};

} // namespace famscope::bench
