// One benchmark mapping: a virtual range aligned to the page size under test, filled with
// MAP_FIXED pieces of a file descriptor (one piece for memory and raw targets, one per resolver
// run for a famfs file, the way the runtime maps each extent). Unmapped on destruction.
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <vector>

namespace famscope::bench {

struct Piece {
    uint64_t fdOffset = 0; // offset in the file or device
    uint64_t length = 0;
};

struct MapRequest {
    int fd = -1;
    std::vector<Piece> pieces;
    bool write = false;    // PROT_WRITE as well as PROT_READ
    uint64_t align = 4096; // virtual alignment of the range (huge pages need aligned addresses)
    bool populate = false; // MAP_POPULATE on every piece
};

class Region {
public:
    Region() = default;
    Region(Region&& other) noexcept;
    Region& operator=(Region&& other) noexcept;
    Region(const Region&) = delete;
    Region& operator=(const Region&) = delete;
    ~Region();

    static Result<Region> map(const MapRequest& request);

    uint8_t* data() const { return base_; }
    uint64_t size() const { return size_; }
    void reset();

private:
    Region(uint8_t* base, uint64_t size, void* reservation, uint64_t reservationSize);

    uint8_t* base_ = nullptr;
    uint64_t size_ = 0;
    void* reservation_ = nullptr;
    uint64_t reservationSize_ = 0;
};

} // namespace famscope::bench
