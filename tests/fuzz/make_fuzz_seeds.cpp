// Makes the fuzz seed corpora from the golden famfs images (never committed): for every image,
// its superblock, log header and first live entries (the header's counters trimmed to them), in
// the fuzz_fsck input format (FuzzInput.h) and as plain bytes for fuzz_decoders.
//
//   make_fuzz_seeds GOLDEN_DIR FSCK_SEED_DIR DECODER_SEED_DIR
#include "FuzzInput.h"

#include "core/format/LogHeader.h"
#include "core/media/Media.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace famscope;
using namespace famscope::famfs;
namespace stdfs = std::filesystem;

namespace {

constexpr uint64_t kMaxSeedEntries = 48; // keeps every seed under 32 KiB

bool writeFile(const stdfs::path& path, const std::vector<uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: make_fuzz_seeds GOLDEN_DIR FSCK_SEED_DIR DECODER_SEED_DIR\n");
        return 2;
    }
    const stdfs::path fsckDir = argv[2], decoderDir = argv[3];
    stdfs::create_directories(fsckDir);
    stdfs::create_directories(decoderDir);
    int made = 0;
    for (const auto& item : stdfs::directory_iterator(argv[1])) {
        if (item.path().extension() != ".img")
            continue;
        auto media = media::openMedia(item.path().string(), media::Access::ReadOnly);
        if (!media) {
            std::fprintf(stderr, "make_fuzz_seeds: %s: %s\n", item.path().c_str(),
                         media.error().c_str());
            return 1;
        }
        auto sb = (*media)->read(0, kSuperblockSize);
        auto header = (*media)->read(kLogOffset, kLogHeaderSize);
        if (!sb || !header)
            return 1;
        const LogHeader h = LogHeader::decode(
            std::span<const uint8_t, kLogHeaderSize>(header->data(), kLogHeaderSize));
        const uint64_t entries = std::min(h.nextIndex, kMaxSeedEntries);
        auto log = (*media)->read(kLogOffset, kLogHeaderSize + entries * kLogEntrySize);
        if (!log)
            return 1;
        // The seed holds only the first entries: make the header say so (its counters are not
        // CRC-protected), or every run would replay thousands of empty slots.
        LogHeader trimmed = h;
        trimmed.nextIndex = std::min(h.nextIndex, entries);
        trimmed.nextSeqnum = std::min(h.nextSeqnum, entries);
        const auto headerBytes = trimmed.encode();
        std::copy(headerBytes.begin(), headerBytes.end(), log->begin());
        const std::string name = item.path().stem().string();
        const auto seed = fuzz::inputFromMetadata(fuzz::kRealDevice, *sb, *log);
        std::vector<uint8_t> plain(seed.begin() + 1, seed.end());
        if (!writeFile(fsckDir / name, seed) || !writeFile(decoderDir / name, plain))
            return 1;
        ++made;
    }
    std::printf("make_fuzz_seeds: %d seeds each in %s and %s\n", made, fsckDir.c_str(),
                decoderDir.c_str());
    return made > 0 ? 0 : 1;
}
