// Memory targets on memfd: plain shmem with 4 KiB pages (THP explicitly refused with
// MADV_NOHUGEPAGE), hugetlb memfd with 2 MiB or 1 GiB pages (MFD_HUGETLB | MFD_HUGE_*), and
// THP on shmem (MADV_HUGEPAGE; whether it works depends on
// /sys/kernel/mm/transparent_hugepage/shmem_enabled, which the environment records).
#pragma once

#include "core/bench/MappingSource.h"

#include <memory>

namespace famscope::bench {

enum class MemfdKind { Shmem4K, Hugetlb, ShmemThp };

class MemfdSource final : public MappingSource {
public:
    // `pageSize`: 4 KiB for Shmem4K, 2 MiB for ShmemThp, 2 MiB or 1 GiB for Hugetlb.
    static Result<std::unique_ptr<MemfdSource>> create(MemfdKind kind, uint64_t pageSize,
                                                       uint64_t length, bool write);
    ~MemfdSource() override;

    std::string describe() const override;
    uint64_t length() const override { return length_; }
    uint64_t pageSize() const override { return pageSize_; }
    Status prepare() override; // a new memfd, so every repetition faults in new pages
    Result<Region> map(bool populate) override;
    std::string populateMethod() const override;

private:
    MemfdSource(MemfdKind kind, uint64_t pageSize, uint64_t length, bool write)
        : kind_(kind), pageSize_(pageSize), length_(length), write_(write) {}
    void closeFd();

    MemfdKind kind_;
    uint64_t pageSize_;
    uint64_t length_;
    bool write_;
    int fd_ = -1;
};

// Why hugetlb pages of `pageSize` cannot back `bytes` right now (free count from sysfs), with
// the command that reserves them; success when enough are free. A kernel without that page
// size has no pool directory, which is said as such. Tests point `sysfsRoot` at a fake tree.
Status hugetlbAvailable(uint64_t pageSize, uint64_t bytes, const std::string& sysfsRoot = "/sys");
// <sysfsRoot>/kernel/mm/hugepages/hugepages-<N>kB
std::string hugetlbSysfsDir(uint64_t pageSize, const std::string& sysfsRoot = "/sys");

} // namespace famscope::bench
