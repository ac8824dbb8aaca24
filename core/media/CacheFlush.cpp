#include "core/media/CacheFlush.h"

#include "core/media/MmapWindow.h"

#include <cerrno>
#include <cstdlib>
#include <sys/mman.h>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace famscope::media {

namespace {

#if defined(__x86_64__)
struct CpuFlushInfo {
    bool clflushopt = false;
    uint64_t lineSize = 64;
};

const CpuFlushInfo& cpuFlushInfo() {
    static const CpuFlushInfo info = [] {
        CpuFlushInfo i;
        unsigned a = 0, b = 0, c = 0, d = 0;
        // CPUID.1:EBX[15:8] is the clflush line size in 8-byte units.
        if (__get_cpuid(1, &a, &b, &c, &d) && ((b >> 8) & 0xffu) != 0)
            i.lineSize = ((b >> 8) & 0xffu) * 8u;
        // CPUID.(7,0):EBX[23] announces clflushopt.
        if (__get_cpuid_count(7, 0, &a, &b, &c, &d))
            i.clflushopt = ((b >> 23) & 1u) != 0;
        return i;
    }();
    return info;
}

// clflushopt is only weakly ordered, hence the sfence after it; clflush is the fallback on
// CPUs without it (it is part of SSE2, so always present on x86_64).
__attribute__((target("clflushopt"))) void clflushoptRange(uintptr_t first, uintptr_t end,
                                                           uintptr_t line) {
    for (uintptr_t p = first; p < end; p += line)
        _mm_clflushopt(reinterpret_cast<void*>(p));
}

void clflushRange(uintptr_t first, uintptr_t end, uintptr_t line) {
    for (uintptr_t p = first; p < end; p += line)
        _mm_clflush(reinterpret_cast<const void*>(p));
}
#endif

} // namespace

std::optional<CacheFlushMethod> cacheFlushMethodNamed(std::string_view name) {
    for (CacheFlushMethod m : {CacheFlushMethod::Auto, CacheFlushMethod::Clflushopt,
                               CacheFlushMethod::Clflush, CacheFlushMethod::Msync})
        if (name == cacheFlushMethodName(m))
            return m;
    return std::nullopt;
}

const char* cacheFlushMethodName(CacheFlushMethod method) {
    switch (method) {
    case CacheFlushMethod::Clflushopt:
        return "clflushopt";
    case CacheFlushMethod::Clflush:
        return "clflush";
    case CacheFlushMethod::Msync:
        return "msync";
    case CacheFlushMethod::Auto:
        break;
    }
    return "auto";
}

bool cacheFlushMethodAvailable(CacheFlushMethod method) {
#if defined(__x86_64__)
    switch (method) {
    case CacheFlushMethod::Clflushopt:
        return cpuFlushInfo().clflushopt;
    case CacheFlushMethod::Clflush:
        return true;
    default:
        return false; // msync cannot flush devdax here: its file has no fsync (EINVAL)
    }
#else
    return method == CacheFlushMethod::Msync;
#endif
}

CacheFlushMethod bestCacheFlushMethod() {
    for (CacheFlushMethod m :
         {CacheFlushMethod::Clflushopt, CacheFlushMethod::Clflush, CacheFlushMethod::Msync})
        if (cacheFlushMethodAvailable(m))
            return m;
    return CacheFlushMethod::Msync;
}

CacheFlushMethod activeCacheFlushMethod() {
    const char* env = std::getenv("FAMSCOPE_FLUSH");
    const auto asked = env ? cacheFlushMethodNamed(env) : std::nullopt;
    if (asked && *asked != CacheFlushMethod::Auto && cacheFlushMethodAvailable(*asked))
        return *asked;
    return bestCacheFlushMethod();
}

uint64_t cacheFlushLineSize() {
#if defined(__x86_64__)
    return cpuFlushInfo().lineSize;
#else
    return 64;
#endif
}

// Caches are physically tagged, so flushing through any mapping of the device memory flushes
// the same lines.
Result<uint64_t> flushMappedRange(void* mapBase, uint64_t mapLen, uint64_t from, uint64_t len,
                                  const std::string& path) {
    if (from > mapLen || len > mapLen - from)
        return Error{"cannot flush " + path + ": the range lies outside its mapping"};
    const CacheFlushMethod method = activeCacheFlushMethod();
    if (method == CacheFlushMethod::Msync) {
        if (::msync(mapBase, mapLen, MS_SYNC) != 0) {
            const int err = errno;
            return Error{"cannot flush " + path + ": " + errnoText(err)};
        }
        return uint64_t{0};
    }
#if defined(__x86_64__)
    const uintptr_t line = cacheFlushLineSize();
    const uintptr_t begin = reinterpret_cast<uintptr_t>(mapBase) + from;
    const uintptr_t first = begin - begin % line;
    const uintptr_t end = begin + len;
    if (method == CacheFlushMethod::Clflushopt)
        clflushoptRange(first, end, line);
    else
        clflushRange(first, end, line);
    _mm_sfence();
    return uint64_t{len == 0 ? 0 : (end - first + line - 1) / line};
#else
    return Error{"cannot flush " + path + ": no cache flush method on this CPU"};
#endif
}

} // namespace famscope::media
