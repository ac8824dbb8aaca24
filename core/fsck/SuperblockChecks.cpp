#include "core/fsck/SuperblockChecks.h"

#include "core/format/Hex.h"
#include "core/fsck/Fsck.h"

#include <bit>

namespace famscope::fsck {

using famfs::hexString;
using namespace famfs;

namespace {

constexpr uint64_t kMinMkfsDevice = uint64_t{4} << 30;

Location field(const char* name, uint64_t offset) {
    Location l;
    l.area = Location::Area::Superblock;
    l.field = name;
    l.offset = offset;
    return l;
}

void checkLogLength(const Superblock& sb, FindingSink& sink) {
    const Location where = field("ts_log_len", 24);
    if (!std::has_single_bit(sb.logLen))
        report(sink, codes::SbLogLenPow2, where,
               "log length " + std::to_string(sb.logLen) + " is not a power of two");
    if (sb.logLen < kDefaultLogLen)
        report(sink, codes::SbLogLenSmall, where,
               "log length " + std::to_string(sb.logLen) + " is below the 8 MiB minimum");
    if (sb.logLen > sb.ddSize || kLogOffset > sb.ddSize - sb.logLen)
        report(sink, codes::SbLogLenDevice, where,
               "superblock region + log (2 MiB + " + std::to_string(sb.logLen) +
                   " bytes) do not fit in the " + std::to_string(sb.ddSize) + "-byte device");
}

void checkDeviceSize(const CheckContext& ctx, FindingSink& sink) {
    const Superblock& sb = ctx.fs.sb;
    const Location where = field("dd_size", 112);
    const uint64_t media = ctx.fs.mediaSize;
    if (sb.ddSize > media)
        report(sink, codes::SbDeviceBeyondMedia, where,
               "the superblock claims a " + std::to_string(sb.ddSize) +
                   "-byte device but the media has only " + std::to_string(media) +
                   " bytes (truncated image or wrong device?)");
    else if (sb.ddSize < media)
        report(sink, codes::SbDeviceSmallerThanMedia, where,
               "the device size " + std::to_string(sb.ddSize) + " is smaller than the media (" +
                   std::to_string(media) + " bytes): the rest is never used");
    if (sb.ddSize < kMinMkfsDevice)
        report(sink, codes::SbDeviceSmall, where,
               "the " + std::to_string(sb.ddSize) +
                   "-byte device is smaller than the 4 GiB mkfs.famfs accepts");
    if (ctx.allocUnit != 0 && sb.ddSize % ctx.allocUnit != 0)
        report(sink, codes::SbDeviceUnaligned, where,
               "the device size " + std::to_string(sb.ddSize) +
                   " is not a multiple of the alloc unit " + hexString(ctx.allocUnit));
}

} // namespace

void SuperblockChecks::run(const CheckContext& ctx, FindingSink& sink) {
    const Superblock& sb = ctx.fs.sb;
    if (!sb.magicValid()) {
        // Without the magic nothing else in the superblock can be trusted to mean anything.
        report(sink, codes::SbMagic, field("ts_magic", 0),
               "superblock magic is " + hexString(sb.magic) + ", not " + hexString(kSuperMagic) +
                   ": no famfs file system (killed with mkfs.famfs -k, or never made)");
        return;
    }
    if (!sb.crcValid())
        report(sink, codes::SbCrc, field("ts_crc", 96),
               "superblock CRC is " + hexString(sb.crc) + ", computed " +
                   hexString(sb.computeCrc()) + " over bytes [0, 96)");
    if (!sb.versionKnown())
        report(sink, codes::SbVersion, field("ts_version", 8),
               "superblock version " + std::to_string(sb.version) + " is not " +
                   std::to_string(kPreviousVersion) + " or " + std::to_string(kCurrentVersion));
    else if (sb.version == kPreviousVersion)
        report(sink, codes::SbVersionPrevious, field("ts_version", 8),
               "superblock version 47: famfs tools of version 48 refuse it, although the "
               "layout is the same");
    const bool omfKnown = sb.omfMajor == 2 && (sb.omfMinor == 1 || sb.omfMinor == 2);
    if (!omfKnown)
        report(sink, codes::SbOmf, field("ts_omf_ver_major", 40),
               "OMF version " + std::to_string(sb.omfMajor) + "." + std::to_string(sb.omfMinor) +
                   " is not 2.1 or 2.2");
    if (!ctx.fs.layout.supported)
        report(sink, codes::SbLayout, field("ts_version", 8),
               "the on-media layout cannot be read: " + ctx.fs.layout.description);
    if (sb.allocUnit != 4096 && sb.allocUnit != kAllocUnit)
        report(sink, codes::SbAllocUnit, field("ts_alloc_unit", 32),
               "alloc unit " + hexString(sb.allocUnit) + " is not 0x1000 or " +
                   hexString(kAllocUnit) + "; famfs refuses the superblock");
    if (sb.logOffset != kLogOffset)
        report(sink, codes::SbLogOffset, field("ts_log_offset", 16),
               "ts_log_offset is " + hexString(sb.logOffset) + "; famfs always reads the log at " +
                   hexString(kLogOffset));
    checkLogLength(sb, sink);
    checkDeviceSize(ctx, sink);
    if (hostRole(sb, ctx.systemUuidFile) == Role::Client)
        report(sink, codes::SbRoleClient, field("ts_system_uuid", 80),
               "system UUID " + sb.systemUuid.toString() + " is not this host's (" +
                   ctx.systemUuidFile + "): this host is a client and may not write the log");
}

} // namespace famscope::fsck
