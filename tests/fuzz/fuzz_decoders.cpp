// libFuzzer target: the on-media decoders over arbitrary bytes. The superblock, log header and
// every 544-byte entry are decoded and encoded again; famscope promises that
// encode(decode(bytes)) == bytes for any input (editors depend on it), so a difference aborts.
// The derived views (file map, paths, layout detection) must accept anything too.
#include "core/format/Layout.h"
#include "core/format/LogEntry.h"
#include "core/format/LogHeader.h"
#include "core/format/Superblock.h"
#include "core/fs/FileMap.h"

#include <array>
#include <cstdlib>
#include <cstring>

using namespace famscope;
using namespace famscope::famfs;

namespace {

template <size_t N> std::array<uint8_t, N> padded(const uint8_t* data, size_t size) {
    std::array<uint8_t, N> a{};
    std::memcpy(a.data(), data, std::min(size, N));
    return a;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto sbBytes = padded<kSuperblockSize>(data, size);
    const Superblock sb = Superblock::decode(sbBytes);
    if (sb.encode() != sbBytes)
        std::abort();
    (void)sb.daxdevPath();
    (void)sb.crcValid();

    const size_t afterSb = std::min(size, kSuperblockSize);
    const auto hBytes = padded<kLogHeaderSize>(data + afterSb, size - afterSb);
    const LogHeader h = LogHeader::decode(hBytes);
    if (h.encode() != hBytes)
        std::abort();
    (void)detectLayout(sb, &h);
    (void)detectLayout(sb, nullptr);

    size_t at = std::min(size, kSuperblockSize + kLogHeaderSize);
    while (at < size) {
        const auto eBytes = padded<kLogEntrySize>(data + at, size - at);
        const LogEntry e = LogEntry::decode(eBytes);
        if (e.encode() != eBytes)
            std::abort();
        (void)e.path();
        if (const FileMeta* f = e.file()) {
            const fs::FileMap map = fs::fileMapOf(*f);
            (void)map.mappedBytes();
            (void)pathTerminated(f->relpath);
        }
        at += kLogEntrySize;
    }
    return 0;
}
