// fsck throughput over a full famfs log.
//
// Builds a 64 MiB log holding 123,361 entries (1 directory per 64 files, nested, every file a
// one-extent simple file) on a 1 TiB device, optionally cross-linking and duplicating every
// Nth file (so the collision, duplicate-path and parent checks have work to do), then times:
//   * in process: loadFileSystem + runFsck (decode, CRCs, every check), median of R runs;
//   * the whole process: `famscope fsck` on the same image written to a sparse temp file.
//
//   bench_fsck [--entries N] [--repeat R] [--crosslink-every N] [--famscope PATH]
//
// Prints median, min and max and entries/s for the medians.
#include "BenchUsage.h"
#include "SyntheticLog.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"
#include "core/media/MemoryMedia.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace famscope;
using namespace famscope::famfs;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kLogLen = 64ULL << 20;
constexpr uint64_t kDeviceSize = 1ULL << 40;

std::vector<uint8_t> buildMetadata(uint64_t entries, uint64_t crosslinkEvery) {
    std::vector<uint8_t> m(kLogOffset + kLogLen, 0);
    benchdata::writeSyntheticLog(m.data(), {entries, kLogLen, kDeviceSize, crosslinkEvery});
    return m;
}

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Stats {
    double median, min, max;
};
Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.front(), v.back()};
}

// Runs `famscope fsck image` with its output discarded; returns the wall time or -1.
double timeProcess(const std::string& famscope, const std::string& image) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    std::string cmd = "fsck";
    char* argv[] = {const_cast<char*>(famscope.c_str()), cmd.data(),
                    const_cast<char*>(image.c_str()), nullptr};
    const auto t0 = Clock::now();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, famscope.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return -1;
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) >= 8)
        return -1;
    return ms(Clock::now() - t0);
}

} // namespace

constexpr const char* kUsage =
    "usage: bench_fsck [--entries N] [--repeat R] [--crosslink-every N] [--famscope PATH]\n"
    "fsck of a full 64 MiB famfs log (default 123,361 entries, 7 repetitions), in process and\n"
    "as a `famscope fsck` process; prints medians, min and max and entries/s.\n";

int main(int argc, char** argv) {
    benchusage::answerHelp(argc, argv, kUsage);
    uint64_t entries = logSlots(kLogLen);
    uint64_t crosslinkEvery = 1000;
    int repeat = 7;
    std::string famscope = FAMSCOPE_BINARY;
    for (int i = 1; i < argc; i += 2) {
        const std::string opt = argv[i];
        if (i + 1 >= argc)
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
        if (opt == "--entries")
            entries =
                std::min<uint64_t>(std::strtoull(argv[i + 1], nullptr, 10), logSlots(kLogLen));
        else if (opt == "--repeat")
            repeat = std::max(1, std::atoi(argv[i + 1]));
        else if (opt == "--crosslink-every")
            crosslinkEvery = std::strtoull(argv[i + 1], nullptr, 10);
        else if (opt == "--famscope")
            famscope = argv[i + 1];
        else
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    }
    const std::vector<uint8_t> meta = buildMetadata(entries, crosslinkEvery);
    media::MemoryMedia media("bench", kDeviceSize); // anonymous: only the metadata is backed
    if (media.size() != kDeviceSize) {
        std::fprintf(stderr, "bench_fsck: cannot map the memory device\n");
        return 1;
    }
    std::memcpy(media.data(), meta.data(), meta.size());

    std::vector<double> inProcess;
    std::vector<double> checksOnly; // runFsck without the load
    size_t findings = 0;
    std::map<std::string, size_t> byCode;
    uint64_t collisions = 0;
    for (int r = 0; r < repeat + 1; ++r) { // the first run warms up, not counted
        const auto t0 = Clock::now();
        auto loaded = fs::loadFileSystem(media);
        if (!loaded || loaded->entries.size() != entries) {
            std::fprintf(stderr, "bench_fsck: load failed\n");
            return 1;
        }
        const auto t1 = Clock::now();
        const fsck::FsckReport report = fsck::runFsck(*loaded);
        if (r == 0) {
            findings = report.findings.size();
            for (const fsck::Finding& f : report.findings)
                ++byCode[f.code];
            collisions = report.figures.collisions;
            continue;
        }
        checksOnly.push_back(ms(Clock::now() - t1));
        inProcess.push_back(ms(Clock::now() - t0));
    }

    // In TMPDIR, as every temporary file (/tmp when it is unset or empty).
    const char* tmpdir = std::getenv("TMPDIR");
    std::string pathTemplate =
        std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/bench_fsck_XXXXXX";
    char* tmpl = pathTemplate.data();
    // A TMPDIR too small for the metadata is the host's limit: skipped (ctest's
    // SKIP_RETURN_CODE), saying so, before or when the write runs out of space.
    constexpr int kSkipped = 77;
    const std::string tmpDir = pathTemplate.substr(0, pathTemplate.rfind('/'));
    if (struct statvfs st{};
        ::statvfs(tmpDir.c_str(), &st) == 0 && uint64_t(st.f_bavail) * st.f_frsize < meta.size()) {
        std::fprintf(stderr,
                     "bench_fsck: skipped: TMPDIR (%s) has %llu bytes free, the image "
                     "needs %zu\n",
                     tmpDir.c_str(),
                     static_cast<unsigned long long>(uint64_t(st.f_bavail) * st.f_frsize),
                     meta.size());
        return kSkipped;
    }
    const int tmpFd = mkstemp(tmpl);
    if (tmpFd < 0 || ::close(tmpFd) != 0 || !benchdata::writeSparseImage(tmpl, kDeviceSize, meta)) {
        const int err = errno;
        if (tmpFd >= 0)
            ::unlink(tmpl);
        std::fprintf(stderr, "bench_fsck: %scannot write the temporary image %s: %s\n",
                     err == ENOSPC ? "skipped: " : "", tmpl, std::strerror(err));
        return err == ENOSPC ? kSkipped : 1;
    }
    std::vector<double> process;
    for (int r = 0; r < repeat + 1; ++r) {
        const double t = timeProcess(famscope, tmpl);
        if (t < 0) {
            std::fprintf(stderr, "bench_fsck: %s fsck failed\n", famscope.c_str());
            ::unlink(tmpl);
            return 1;
        }
        if (r > 0)
            process.push_back(t);
    }
    ::unlink(tmpl);

    for (const auto& [code, n] : byCode)
        std::printf("  %-24s %zu\n", code.c_str(), n);
    const Stats a = stats(inProcess), p = stats(process);
    std::printf("entries: %llu (log %llu MiB), cross-linked duplicate every %llu, findings: %zu, "
                "collisions: %llu, repetitions: %d\n",
                static_cast<unsigned long long>(entries),
                static_cast<unsigned long long>(kLogLen >> 20),
                static_cast<unsigned long long>(crosslinkEvery), findings,
                static_cast<unsigned long long>(collisions), repeat);
    std::printf("load + fsck (in process): median %8.2f ms  min %8.2f  max %8.2f  -> %.2f M "
                "entries/s\n",
                a.median, a.min, a.max, static_cast<double>(entries) / a.median / 1000.0);
    const Stats c = stats(checksOnly);
    std::printf("fsck checks only        : median %8.2f ms  min %8.2f  max %8.2f  -> %.2f M "
                "entries/s\n",
                c.median, c.min, c.max, static_cast<double>(entries) / c.median / 1000.0);
    std::printf("famscope fsck (process) : median %8.2f ms  min %8.2f  max %8.2f  -> %.2f M "
                "entries/s\n",
                p.median, p.min, p.max, static_cast<double>(entries) / p.median / 1000.0);
    return 0;
}
