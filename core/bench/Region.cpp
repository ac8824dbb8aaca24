#include "core/bench/Region.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <utility>

namespace famscope::bench {

Region::Region(uint8_t* base, uint64_t size, void* reservation, uint64_t reservationSize)
    : base_(base), size_(size), reservation_(reservation), reservationSize_(reservationSize) {}

Region::Region(Region&& other) noexcept
    : base_(std::exchange(other.base_, nullptr)), size_(std::exchange(other.size_, 0)),
      reservation_(std::exchange(other.reservation_, nullptr)),
      reservationSize_(std::exchange(other.reservationSize_, 0)) {}

Region& Region::operator=(Region&& other) noexcept {
    if (this != &other) {
        reset();
        base_ = std::exchange(other.base_, nullptr);
        size_ = std::exchange(other.size_, 0);
        reservation_ = std::exchange(other.reservation_, nullptr);
        reservationSize_ = std::exchange(other.reservationSize_, 0);
    }
    return *this;
}

Region::~Region() {
    reset();
}

void Region::reset() {
    if (reservation_ != nullptr)
        ::munmap(reservation_, reservationSize_);
    reservation_ = nullptr;
    reservationSize_ = 0;
    base_ = nullptr;
    size_ = 0;
}

Result<Region> Region::map(const MapRequest& request) {
    uint64_t total = 0;
    for (const Piece& p : request.pieces) {
        if (p.length == 0 || p.length % 4096 != 0 || p.fdOffset % 4096 != 0)
            return Error{"piece at offset " + std::to_string(p.fdOffset) + " length " +
                         std::to_string(p.length) + " is not page aligned"};
        if (total + p.length < total)
            return Error{"mapping size overflows"};
        total += p.length;
    }
    if (total == 0)
        return Error{"nothing to map"};
    const uint64_t align = request.align < 4096 ? 4096 : request.align;
    if (total > UINT64_MAX - align)
        return Error{"mapping size overflows"};
    // Reserve address space with room to align the start, then place the pieces inside it.
    const uint64_t reserveSize = total + align;
    void* reservation =
        ::mmap(nullptr, reserveSize, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (reservation == MAP_FAILED) {
        const int err = errno;
        return Error{"cannot reserve " + std::to_string(reserveSize) +
                     " bytes of address space: " + std::strerror(err)};
    }
    Region region(nullptr, total, reservation, reserveSize);
    const uintptr_t raw = reinterpret_cast<uintptr_t>(reservation);
    const uintptr_t aligned = (raw + align - 1) / align * align;
    region.base_ = reinterpret_cast<uint8_t*>(aligned);

    const int prot = PROT_READ | (request.write ? PROT_WRITE : 0);
    const int flags = MAP_SHARED | MAP_FIXED | (request.populate ? MAP_POPULATE : 0);
    uint64_t at = 0;
    for (const Piece& p : request.pieces) {
        void* want = region.base_ + at;
        void* got = ::mmap(want, p.length, prot, flags, request.fd, static_cast<off_t>(p.fdOffset));
        if (got == MAP_FAILED) {
            const int err = errno;
            return Error{"cannot map " + std::to_string(p.length) + " bytes at offset " +
                         std::to_string(p.fdOffset) + ": " + std::strerror(err)};
        }
        at += p.length;
    }
    return region;
}

} // namespace famscope::bench
