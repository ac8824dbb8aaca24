// Pattern verify throughput against a plain read pass over the same memory, in one run.
//
// A file of --size bytes (default 2 GiB) filled with the famfs test pattern lives in an
// in-memory device. Each repetition times (1) a plain read pass that sums the file's 64-bit
// words on one thread, (2) the same read pass on --threads threads, and (3) verifyPattern()
// through the resolver with --threads threads. The medians are printed in GiB/s with the
// ratio verify / read, plus the peak RSS added by verify (its memory must not grow with the
// file: it streams windows).
//
// With --image PATH the file lives in an image file created at PATH (removed at exit) instead,
// read the way `famscope verify` reads an image: each read pass maps the range afresh, so both
// sides pay the same page faults, and the peak RSS added counts verify's mapped file pages.
//
//   bench_verify [--size BYTES] [--reps N] [--threads T] [--interleave] [--image PATH]
#include "BenchUsage.h"
#include "core/edit/PatternIo.h"
#include "core/fs/FileMap.h"
#include "core/media/ImageMedia.h"
#include "core/media/MemoryMedia.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace famscope;
using Clock = std::chrono::steady_clock;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// VmHWM (peak resident set) in KiB, after optionally resetting it.
long peakRssKiB() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return -1;
}
void resetPeakRss() {
    std::ofstream("/proc/self/clear_refs") << "5";
}

uint64_t sumWords(const uint8_t* p, uint64_t len) {
    uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    uint64_t i = 0;
    for (; i + 32 <= len; i += 32) {
        uint64_t w[4];
        std::memcpy(w, p + i, 32);
        s0 += w[0];
        s1 += w[1];
        s2 += w[2];
        s3 += w[3];
    }
    return s0 + s1 + s2 + s3;
}

uint64_t readPass(const uint8_t* p, uint64_t len, unsigned threads) {
    std::vector<uint64_t> sums(threads);
    std::vector<std::thread> ts;
    const uint64_t slice = (len / threads) & ~uint64_t{31};
    for (unsigned t = 0; t < threads; ++t)
        ts.emplace_back([&, t] {
            const uint64_t begin = t * slice;
            const uint64_t end = t + 1 == threads ? len : begin + slice;
            sums[t] = sumWords(p + begin, end - begin);
        });
    uint64_t s = 0;
    for (unsigned t = 0; t < threads; ++t) {
        ts[t].join();
        s += sums[t];
    }
    return s;
}

// A read pass over [offset, offset + len) of the image through a fresh mapping, as a program
// that maps the file once and reads it would do.
uint64_t imageReadPass(const std::string& path, uint64_t offset, uint64_t len, unsigned threads) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    void* m = ::mmap(nullptr, len, PROT_READ, MAP_SHARED, fd, static_cast<off_t>(offset));
    ::close(fd);
    if (m == MAP_FAILED)
        return 0;
    const uint64_t s = readPass(static_cast<const uint8_t*>(m), len, threads);
    ::munmap(m, len);
    return s;
}

double seconds(Clock::time_point a, Clock::time_point b) {
    return std::chrono::duration<double>(b - a).count();
}

} // namespace

constexpr const char* kUsage =
    "usage: bench_verify [--size BYTES] [--reps N] [--threads T] [--interleave] [--image PATH]\n"
    "Pattern verify of an in-memory file (default 2 GiB, 9 repetitions) against a plain read\n"
    "pass over the same bytes on 1 and T threads; prints GiB/s, ratios and verify's memory.\n"
    "--image PATH: the file lives in a new image file at PATH (removed at exit), mapped afresh\n"
    "by every read pass and by verify.\n";

int main(int argc, char** argv) {
    benchusage::answerHelp(argc, argv, kUsage);
    uint64_t size = 2048 * kMiB;
    int reps = 9;
    unsigned threads = std::max(1U, std::min(8U, std::thread::hardware_concurrency()));
    bool interleave = false;
    std::string imagePath;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--size" && i + 1 < argc)
            size = std::strtoull(argv[++i], nullptr, 0);
        else if (a == "--reps" && i + 1 < argc)
            reps = std::atoi(argv[++i]);
        else if (a == "--threads" && i + 1 < argc)
            threads = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (a == "--interleave")
            interleave = true;
        else if (a == "--image" && i + 1 < argc)
            imagePath = argv[++i];
        else
            benchusage::exitWithUsage(kUsage, benchusage::kUsageError);
    }
    if (size < 4 * kMiB || reps < 1 || threads < 1) {
        std::fprintf(stderr, "bench_verify: size >= 4 MiB, reps >= 1, threads >= 1\n");
        return 1;
    }
    size = size / (2 * kMiB) * (2 * kMiB);
    const uint64_t base = 2 * kMiB; // the file starts at device offset 2 MiB
    std::unique_ptr<media::Media> dev;
    const uint8_t* memory = nullptr; // the in-memory device's bytes
    if (imagePath.empty()) {
        auto mem = std::make_unique<media::MemoryMedia>("bench", base + size);
        memory = mem->data() ? mem->data() + base : nullptr;
        if (mem->size() == base + size)
            dev = std::move(mem);
    } else {
        const int fd = ::open(imagePath.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 || ::ftruncate(fd, static_cast<off_t>(base + size)) != 0) {
            std::fprintf(stderr, "bench_verify: cannot create %s (it must not exist)\n",
                         imagePath.c_str());
            return 1;
        }
        ::close(fd);
        auto img = media::ImageMedia::open(imagePath, media::Access::ReadWrite);
        if (img)
            dev = std::move(*img);
    }
    struct RemoveImage {
        std::string path;
        ~RemoveImage() {
            if (!path.empty())
                ::unlink(path.c_str());
        }
    } removeImage{imagePath};
    if (!dev) {
        std::fprintf(stderr, "bench_verify: cannot allocate %llu bytes\n",
                     static_cast<unsigned long long>(base + size));
        return 1;
    }
    fs::FileMap map;
    if (interleave) { // 4 strips of 2 MiB chunks: one resolver run per chunk
        map.interleaved = true;
        map.chunkSize = 2 * kMiB;
        for (uint64_t j = 0; j < 4; ++j)
            map.strips.push_back({0, base + j * size / 4, size / 4});
    } else {
        map.extents.push_back({0, base, size});
    }
    const uint64_t seed = 42;
    edit::PatternOptions po;
    po.threads = threads;
    if (Status st = edit::writePattern(*dev, map, size, seed, po); !st) {
        std::fprintf(stderr, "bench_verify: %s\n", st.error().c_str());
        return 1;
    }
    auto readOnce = [&](unsigned n) {
        return memory ? readPass(memory, size, n) : imageReadPass(imagePath, base, size, n);
    };
    std::vector<double> read1, readN, verify;
    uint64_t sink = 0;
    long rssBefore = 0, verifyPeak = 0;
    for (int r = 0; r < reps; ++r) {
        auto t0 = Clock::now();
        sink += readOnce(1);
        auto t1 = Clock::now();
        sink += readOnce(threads);
        auto t2 = Clock::now();
        resetPeakRss();
        rssBefore = peakRssKiB();
        auto v = edit::verifyPattern(*dev, map, size, seed, po);
        auto t3 = Clock::now();
        verifyPeak = std::max(verifyPeak, peakRssKiB() - rssBefore);
        if (!v || !v->ok()) {
            std::fprintf(stderr, "bench_verify: verify failed\n");
            return 1;
        }
        const double gib = static_cast<double>(size) / static_cast<double>(1ULL << 30);
        read1.push_back(gib / seconds(t0, t1));
        readN.push_back(gib / seconds(t1, t2));
        verify.push_back(gib / seconds(t2, t3));
    }
    std::printf("file %llu MiB (%s, %s), %u threads, %d reps, medians:\n",
                static_cast<unsigned long long>(size / kMiB), interleave ? "4 strips" : "simple",
                memory ? "in memory" : "image file", threads, reps);
    std::printf("  read pass, 1 thread:    %7.2f GiB/s\n", median(read1));
    std::printf("  read pass, %u threads:   %7.2f GiB/s\n", threads, median(readN));
    std::printf("  verify,    %u threads:   %7.2f GiB/s\n", threads, median(verify));
    std::printf("  verify / read (%u thr):  %7.2f\n", threads, median(verify) / median(readN));
    std::printf("  verify / read (1 thr):  %7.2f\n", median(verify) / median(read1));
    std::printf("  peak RSS added by verify: %ld KiB (file %llu KiB)\n", verifyPeak,
                static_cast<unsigned long long>(size / 1024));
    std::printf("  (checksum %llu)\n", static_cast<unsigned long long>(sink & 0xff));
    return 0;
}
