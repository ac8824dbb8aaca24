#include "core/fsck/FileMapChecks.h"

#include "core/SaturatingMath.h"
#include "core/format/Hex.h"
#include "core/fs/FileMap.h"

#include <algorithm>
#include <bit>

namespace famscope::fsck {

using famfs::hexString;
using namespace famfs;

namespace {

// Entry offsets of the fmap fields (famfs-format.md 1.5).
constexpr uint64_t kExtTypeAt = 120;
constexpr uint64_t kCountAt = 128;
constexpr uint64_t kSizeAt = 16;
constexpr uint64_t kNstripsAt = 136;
constexpr uint64_t kChunkAt = 144;
uint64_t pieceAt(bool interleaved, size_t k) {
    return (interleaved ? 152 : 136) + 24 * k;
}

class Checker {
public:
    Checker(const CheckContext& ctx, uint64_t index, std::string_view path, const FileMeta& meta,
            const fs::EntryPieces& pieces, uint64_t devicesAdded, FindingSink& sink)
        : ctx_(ctx), index_(index), path_(path), meta_(meta), devicesAdded_(devicesAdded),
          sink_(sink), pieces_(pieces) {}

    void run() {
        if (sound())
            return;
        if (meta_.size == 0)
            add(codes::FileSizeZero, "fm_size", kSizeAt,
                "the file size is 0; famfs never creates an empty file");
        if (meta_.extType != kExtSimple && meta_.extType != kExtInterleave)
            add(codes::FileExtType, "fmap_ext_type", kExtTypeAt,
                "fmap_ext_type " + std::to_string(meta_.extType) +
                    " is neither simple (0) nor interleaved (1); read as simple");
        if (pieces_.interleaved())
            checkInterleave();
        else
            checkExtentCount();
        for (size_t k = 0; k < pieces_.size(); ++k)
            checkPiece(k, pieces_[k]);
        const uint64_t mapped = pieces_.mappedBytes();
        if (!pieces_.empty() && mapped < meta_.size)
            add(codes::FileExtentsShort, "fm_size", kSizeAt,
                std::string(pieces_.interleaved() ? "the strips" : "the extents") + " map " +
                    std::to_string(mapped) + " bytes, less than the file size " +
                    std::to_string(meta_.size) + "; the kernel refuses the map");
    }

private:
    // True when none of the checks below can find anything, which is so for nearly every file
    // of a log: tested first, each piece's conditions together rather than a branch apiece.
    // The checks that name a defect run only when this fails.
    bool sound() const {
        if (meta_.size == 0 || pieces_.empty())
            return false;
        if (pieces_.interleaved()) {
            if (meta_.count != 1 || !nstripsFit(meta_.nstrips()) || !chunkFits(meta_.chunkSize()) ||
                !stripsLongEnough())
                return false;
        } else if (meta_.extType != kExtSimple || meta_.count > kMaxExtents) {
            return false; // a count of 0 leaves no pieces
        }
        // checkPiece()'s conditions, and the sum of the lengths against the size.
        const uint64_t au = ctx_.allocUnit;
        const uint64_t limit = std::min(ctx_.fs.sb.ddSize, ctx_.fs.mediaSize);
        bool defect = false;
        uint64_t mapped = 0;
        for (size_t k = 0; k < pieces_.size(); ++k) {
            const SimpleExtent e = pieces_[k];
            const uint64_t end = e.offset + e.len; // a wrap shows as end < offset
            defect |= (e.offset == 0) | (((e.offset | e.len) & (au - 1)) != 0) | (e.len == 0) |
                      (end < e.offset) | (end > limit) | (e.devindex > devicesAdded_);
            mapped = satAdd(mapped, e.len);
        }
        return !defect && mapped >= meta_.size;
    }

    static bool nstripsFit(uint64_t nstrips) { return nstrips != 0 && nstrips <= kMaxExtents; }
    // Masks, not std::has_single_bit(): at the x86-64 baseline that is a call into libgcc.
    bool chunkFits(uint64_t chunk) const {
        return chunk != 0 && (chunk & (chunk - 1)) == 0 && (chunk & (ctx_.allocUnit - 1)) == 0;
    }

    // Every strip must hold ceil(size / stripe) chunks, stripe = nstrips * chunk: a strip of
    // len bytes holds len / chunk whole chunks, so it is long enough exactly when those
    // chunks' rows cover the size. Tested without a division (nstrips and chunk fit).
    bool stripsLongEnough() const {
        const uint64_t chunk = meta_.chunkSize();
        const uint64_t stripe = satMul(meta_.nstrips(), chunk);
        const auto chunkShift = static_cast<unsigned>(std::countr_zero(chunk));
        bool enough = true;
        for (size_t j = 0; j < pieces_.size(); ++j)
            enough &= satMul(pieces_[j].len >> chunkShift, stripe) >= meta_.size;
        return enough;
    }

    void add(const CodeInfo& code, const char* field, uint64_t at, std::string message) {
        report(sink_, code, entryLocation(index_, std::string(path_), field, at),
               std::move(message));
    }

    void checkExtentCount() {
        if (meta_.count == 0)
            add(codes::FileExtentCountZero, "fmap_nextents", kCountAt,
                "the file has no extents; nothing of it can be read");
        else if (meta_.count > kMaxExtents)
            add(codes::FileExtentCountHigh, "fmap_nextents", kCountAt,
                "fmap_nextents is " + std::to_string(meta_.count) +
                    "; at most 16 fit in an entry (only the first 16 are read)");
    }

    void checkInterleave() {
        if (meta_.count != 1)
            add(codes::IlNiext, "fmap_niext", kCountAt,
                "fmap_niext is " + std::to_string(meta_.count) +
                    "; famfs writes exactly one interleaved extent");
        const uint64_t nstrips = meta_.nstrips();
        const uint64_t chunk = meta_.chunkSize();
        const uint64_t au = ctx_.allocUnit;
        if (!nstripsFit(nstrips))
            add(codes::IlNstrips, "ie_nstrips", kNstripsAt,
                "ie_nstrips is " + std::to_string(nstrips) + "; it must be 1..16");
        const bool chunkOk = chunkFits(chunk);
        if (!chunkOk)
            add(codes::IlChunk, "ie_chunk_size", kChunkAt,
                "ie_chunk_size " + hexString(chunk) +
                    " is not a power-of-two multiple of the alloc unit " + hexString(au));
        if (!chunkOk || !nstripsFit(nstrips) || stripsLongEnough())
            return;
        // The length each strip needs, for the strips that are short.
        const uint64_t stripe = satMul(nstrips, chunk);
        const uint64_t rows = meta_.size / stripe + (meta_.size % stripe != 0 ? 1 : 0);
        const uint64_t need = satMul(rows, chunk);
        for (size_t j = 0; j < pieces_.size(); ++j)
            if (pieces_[j].len < need)
                add(codes::IlStripShort, "se_len", pieceAt(true, j) + 16,
                    "strip " + std::to_string(j) + " is " + std::to_string(pieces_[j].len) +
                        " bytes but a " + std::to_string(meta_.size) + "-byte file over " +
                        std::to_string(nstrips) + " strips of " + hexString(chunk) +
                        " chunks needs " + std::to_string(need) + " per strip");
    }

    void checkPiece(size_t k, const SimpleExtent& e) {
        const bool il = pieces_.interleaved();
        // Built only for a finding: most pieces of a log have none.
        const auto name = [il, k] { return (il ? "strip " : "extent ") + std::to_string(k); };
        const uint64_t at = pieceAt(il, k);
        const uint64_t au = ctx_.allocUnit;
        if (e.offset == 0)
            add(codes::ExtentZeroOffset, "se_offset", at + 8,
                name() + " starts at offset 0, inside the superblock" +
                    (il ? std::string() : std::string("; famfs replay skips the file")));
        // The unit is a power of two: a mask, not two 64-bit divisions per piece.
        const bool offsetUnaligned = (e.offset & (au - 1)) != 0;
        if (offsetUnaligned || (e.len & (au - 1)) != 0)
            add(codes::ExtentUnaligned, offsetUnaligned ? "se_offset" : "se_len",
                at + (offsetUnaligned ? 8 : 16),
                name() + " (" + hexString(e.offset) + ", " + hexString(e.len) +
                    ") is not aligned to the alloc unit " + hexString(au) +
                    "; famfs fsck asserts on it and the kernel refuses the map");
        if (e.len == 0)
            add(codes::ExtentEmpty, "se_len", at + 16, name() + " has length 0");
        const uint64_t end = satAdd(e.offset, e.len);
        const uint64_t device = ctx_.fs.sb.ddSize;
        if (end > device)
            add(codes::ExtentBeyondDevice, "se_offset", at + 8,
                name() + " [" + hexString(e.offset) + ", " + hexString(end) +
                    ") ends past the device size " + hexString(device) +
                    "; famfs fsck writes past its bitmap");
        else if (end > ctx_.fs.mediaSize)
            add(codes::ExtentBeyondMedia, "se_offset", at + 8,
                name() + " [" + hexString(e.offset) + ", " + hexString(end) +
                    ") ends past the end of the media (" + std::to_string(ctx_.fs.mediaSize) +
                    " bytes)");
        if (e.devindex > devicesAdded_)
            add(codes::ExtentDevindex, "se_devindex", at,
                name() + " uses devindex " + std::to_string(e.devindex) + " but " +
                    (devicesAdded_ == 0
                         ? std::string("no ADD_DAXDEV entry precedes it")
                         : "only devices up to " + std::to_string(devicesAdded_) + " were added"));
    }

    const CheckContext& ctx_;
    uint64_t index_;
    std::string_view path_;
    const FileMeta& meta_;
    uint64_t devicesAdded_;
    FindingSink& sink_;
    const fs::EntryPieces& pieces_; // no FileMap per file
};

} // namespace

void FileMapChecks::run(const CheckContext& ctx, uint64_t index, std::string_view path,
                        const FileMeta& meta, const fs::EntryPieces& pieces, uint64_t devicesAdded,
                        FindingSink& sink) {
    Checker(ctx, index, path, meta, pieces, devicesAdded, sink).run();
}

bool FileMapChecks::famfsSkipsForZeroOffset(const FileMeta& meta) {
    const size_t n = std::min<size_t>(meta.count, kMaxExtents);
    for (size_t j = 0; j < n; ++j)
        if (meta.extent(j).offset == 0)
            return true;
    return false;
}

} // namespace famscope::fsck
