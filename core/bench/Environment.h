// The machine a benchmark ran on, recorded with every result so numbers can be compared:
// kernel, transparent-huge-page settings, hugetlb reservations, CPU model, CPU and NUMA node.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace famscope::bench {

struct HugetlbPool {
    uint64_t pageSize = 0;
    uint64_t total = 0; // nr_hugepages
    uint64_t free = 0;  // free_hugepages
};

struct Environment {
    std::string kernel;  // uname -r
    std::string version; // uname -v
    std::string machine; // uname -m
    std::string cpuModel;
    unsigned cpus = 0;
    int cpu = -1;                // where the benchmark thread started (getcpu)
    int numaNode = -1;           // that CPU's node
    std::string thpEnabled;      // the selected word of .../transparent_hugepage/enabled
    std::string thpDefrag;       // .../defrag
    std::string thpShmemEnabled; // .../shmem_enabled (what the thp target depends on)
    std::string thpShmem2M;      // .../hugepages-2048kB/shmem_enabled, empty when absent
    std::vector<HugetlbPool> hugetlb;
};

// "always [madvise] never" -> "madvise"; text without brackets is returned as is.
std::string selectedSetting(const std::string& sysfsText);

// The first "model name" of /proc/cpuinfo text; empty when there is none, or it is empty
// (some virtual CPUs and other architectures).
std::string cpuModelFromCpuinfo(std::istream& cpuinfo);

Environment captureEnvironment();

} // namespace famscope::bench
