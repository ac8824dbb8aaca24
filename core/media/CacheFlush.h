// Writing back and invalidating the CPU cache lines of a mapped range of device memory, which
// devdax needs instead of msync (its memory bypasses the page cache). On x86_64 the method is
// clflushopt when the CPU has it, else clflush (both followed by sfence); elsewhere it is msync.
// FAMSCOPE_FLUSH=clflushopt|clflush|msync|auto forces one (read at every call, so tests may
// change it), so that one machine can run and test the methods another machine would use; a
// method this machine lacks, or an unknown name, means the best one it has.
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace famscope::media {

enum class CacheFlushMethod { Auto, Clflushopt, Clflush, Msync };

std::optional<CacheFlushMethod> cacheFlushMethodNamed(std::string_view name);
const char* cacheFlushMethodName(CacheFlushMethod method);
bool cacheFlushMethodAvailable(CacheFlushMethod method);
CacheFlushMethod bestCacheFlushMethod();
CacheFlushMethod activeCacheFlushMethod(); // FAMSCOPE_FLUSH or the best; never Auto
// The cache line size the flush steps by (64 unless CPUID says otherwise).
uint64_t cacheFlushLineSize();

// Flushes [from, from+len) of the mapping [mapBase, mapBase+mapLen) with the active method.
// Returns how many cache lines it flushed (0 for msync, which works on whole pages). `path`
// names the mapped file in errors.
Result<uint64_t> flushMappedRange(void* mapBase, uint64_t mapLen, uint64_t from, uint64_t len,
                                  const std::string& path);

} // namespace famscope::media
