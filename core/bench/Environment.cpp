#include "core/bench/Environment.h"

#include "core/bench/MemfdSource.h"
#include "core/bench/PageSize.h"
#include "core/media/DaxMedia.h"

#include <fstream>
#include <sched.h>
#include <sys/utsname.h>
#include <thread>

namespace famscope::bench {

namespace {

constexpr const char* kThpDir = "/sys/kernel/mm/transparent_hugepage";

std::string setting(const std::string& path) {
    const auto text = media::readSysfsText(path);
    return text ? selectedSetting(*text) : std::string();
}

} // namespace

std::string cpuModelFromCpuinfo(std::istream& cpuinfo) {
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon == std::string::npos)
                continue;
            const auto start = line.find_first_not_of(" \t", colon + 1);
            return start == std::string::npos ? std::string() : line.substr(start);
        }
    }
    return {};
}

std::string selectedSetting(const std::string& text) {
    const auto open = text.find('[');
    const auto close = text.find(']', open == std::string::npos ? 0 : open);
    if (open == std::string::npos || close == std::string::npos)
        return text;
    return text.substr(open + 1, close - open - 1);
}

Environment captureEnvironment() {
    Environment env;
    struct utsname u {};
    if (::uname(&u) == 0) {
        env.kernel = u.release;
        env.version = u.version;
        env.machine = u.machine;
    }
    std::ifstream cpuinfo("/proc/cpuinfo");
    env.cpuModel = cpuModelFromCpuinfo(cpuinfo);
    env.cpus = std::thread::hardware_concurrency();
    unsigned cpu = 0, node = 0;
    if (::getcpu(&cpu, &node) == 0) {
        env.cpu = static_cast<int>(cpu);
        env.numaNode = static_cast<int>(node);
    }
    const std::string dir = kThpDir;
    env.thpEnabled = setting(dir + "/enabled");
    env.thpDefrag = setting(dir + "/defrag");
    env.thpShmemEnabled = setting(dir + "/shmem_enabled");
    env.thpShmem2M = setting(dir + "/hugepages-2048kB/shmem_enabled");
    for (uint64_t size : {kPage2M, kPage1G}) {
        const std::string pool = hugetlbSysfsDir(size);
        const auto total = media::readSysfsU64(pool + "/nr_hugepages");
        const auto free = media::readSysfsU64(pool + "/free_hugepages");
        if (total && free)
            env.hugetlb.push_back({size, *total, *free});
    }
    return env;
}

} // namespace famscope::bench
