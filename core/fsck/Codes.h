// Every fsck finding code, its severity and a one-line title. The codes are stable: scripts
// match on them, docs/FSCK-CODES.md lists them all (a test keeps the two in step).
#pragma once

#include "core/fsck/Finding.h"

#include <span>

namespace famscope::fsck {

struct CodeInfo {
    const char* code;
    Severity severity;
    const char* title;
};

namespace codes {
using enum Severity;
// Superblock
inline constexpr CodeInfo SbMagic{"SB_MAGIC", Error, "no famfs superblock magic"};
inline constexpr CodeInfo SbCrc{"SB_CRC", Error, "superblock CRC mismatch"};
inline constexpr CodeInfo SbVersion{"SB_VERSION", Error, "superblock version not 47 or 48"};
inline constexpr CodeInfo SbVersionPrevious{"SB_VERSION_PREVIOUS", Info,
                                            "version 47 superblock: current famfs tools refuse it"};
inline constexpr CodeInfo SbOmf{"SB_OMF", Error, "OMF version not 2.1 or 2.2"};
inline constexpr CodeInfo SbLayout{"SB_LAYOUT", Error, "on-media layout famscope cannot read"};
inline constexpr CodeInfo SbAllocUnit{"SB_ALLOC_UNIT", Error, "alloc unit not 4 KiB or 2 MiB"};
inline constexpr CodeInfo SbLogOffset{"SB_LOG_OFFSET", Warning, "ts_log_offset is not 2 MiB"};
inline constexpr CodeInfo SbLogLenPow2{"SB_LOG_LEN_POW2", Error,
                                       "log length is not a power of two"};
inline constexpr CodeInfo SbLogLenSmall{"SB_LOG_LEN_SMALL", Error, "log length below 8 MiB"};
inline constexpr CodeInfo SbLogLenDevice{"SB_LOG_LEN_DEVICE", Error,
                                         "superblock and log do not fit in the device"};
inline constexpr CodeInfo SbDeviceBeyondMedia{"SB_DEVICE_BEYOND_MEDIA", Error,
                                              "device size larger than the media"};
inline constexpr CodeInfo SbDeviceSmallerThanMedia{"SB_DEVICE_SMALLER_THAN_MEDIA", Info,
                                                   "device size smaller than the media"};
inline constexpr CodeInfo SbDeviceSmall{"SB_DEVICE_SMALL", Info,
                                        "device smaller than the 4 GiB mkfs.famfs accepts"};
inline constexpr CodeInfo SbDeviceUnaligned{"SB_DEVICE_UNALIGNED", Warning,
                                            "device size not a multiple of the alloc unit"};
inline constexpr CodeInfo SbRoleClient{"SB_ROLE_CLIENT", Info,
                                       "system UUID is another host's: this host is a client"};
// Log header
inline constexpr CodeInfo LogMissing{"LOG_MISSING", Error, "media ends before the log header"};
inline constexpr CodeInfo LogMagic{"LOG_MAGIC", Error, "log header magic wrong"};
inline constexpr CodeInfo LogCrc{"LOG_CRC", Error, "log header CRC mismatch"};
inline constexpr CodeInfo LogLenMismatch{"LOG_LEN_MISMATCH", Error,
                                         "log length differs from the superblock's"};
inline constexpr CodeInfo LogLastIndex{"LOG_LAST_INDEX", Error,
                                       "last_index inconsistent with the log length"};
inline constexpr CodeInfo LogNextIndex{"LOG_NEXT_INDEX", Error, "next_index beyond the capacity"};
inline constexpr CodeInfo LogNextSeqnum{"LOG_NEXT_SEQNUM", Error, "next_seqnum != next_index"};
inline constexpr CodeInfo LogBeyondMedia{"LOG_BEYOND_MEDIA", Error,
                                         "live log entries past the end of the media"};
inline constexpr CodeInfo LogEntriesUnread{"LOG_ENTRIES_UNREAD", Warning,
                                           "fewer log entries read than the header claims"};
// Entries
inline constexpr CodeInfo EntryCrc{"ENTRY_CRC", Error, "log entry CRC mismatch"};
inline constexpr CodeInfo EntrySeqnum{"ENTRY_SEQNUM", Error, "seqnum differs from the slot"};
inline constexpr CodeInfo EntryTypeUnknown{"ENTRY_TYPE_UNKNOWN", Warning, "unknown entry type"};
inline constexpr CodeInfo EntryDelete{"ENTRY_DELETE", Warning,
                                      "DELETE entry (famfs never writes one)"};
inline constexpr CodeInfo EntryAddDaxdev{"ENTRY_ADD_DAXDEV", Info,
                                         "ADD_DAXDEV entry (ignored by famfs fsck and replay)"};
inline constexpr CodeInfo PathEmpty{"PATH_EMPTY", Error, "empty path"};
inline constexpr CodeInfo PathAbsolute{"PATH_ABSOLUTE", Error, "absolute path"};
inline constexpr CodeInfo PathDot{"PATH_DOT", Error, "path with a '.' or empty component"};
inline constexpr CodeInfo PathDotDot{"PATH_DOTDOT", Error, "path with a '..' component"};
inline constexpr CodeInfo PathUnterminated{"PATH_UNTERMINATED", Error,
                                           "path not NUL-terminated (longer than 79)"};
inline constexpr CodeInfo PathMaxLength{"PATH_MAX_LENGTH", Info,
                                        "79-character path: may have been truncated"};
inline constexpr CodeInfo PathControlChar{"PATH_CONTROL_CHAR", Warning,
                                          "control character in a path"};
inline constexpr CodeInfo PathParentMissing{"PATH_PARENT_MISSING", Error,
                                            "parent directory not created before the entry"};
inline constexpr CodeInfo PathEscapesMount{
    "PATH_ESCAPES_MOUNT", Error,
    "'..' climbs above the mount point: a mount puts the entry outside the file system"};
inline constexpr CodeInfo PathParentNotDir{"PATH_PARENT_NOT_DIR", Error, "parent path is a file"};
inline constexpr CodeInfo PathDuplicate{"PATH_DUPLICATE", Warning,
                                        "path logged again: the first entry wins"};
inline constexpr CodeInfo MkdirOverFile{"MKDIR_OVER_FILE", Error, "mkdir of an existing file"};
inline constexpr CodeInfo FileOverDir{"FILE_OVER_DIR", Error, "file over an existing directory"};
inline constexpr CodeInfo FileSizeZero{"FILE_SIZE_ZERO", Warning, "file of size 0"};
inline constexpr CodeInfo FileExtType{"FILE_EXT_TYPE", Error, "unknown fmap_ext_type"};
inline constexpr CodeInfo FileExtentCountZero{"FILE_EXTENT_COUNT_ZERO", Error,
                                              "file without extents"};
inline constexpr CodeInfo FileExtentCountHigh{"FILE_EXTENT_COUNT_HIGH", Error,
                                              "more than 16 extents"};
inline constexpr CodeInfo FileExtentsShort{"FILE_EXTENTS_SHORT", Error,
                                           "extents smaller than the file size"};
inline constexpr CodeInfo ExtentZeroOffset{"EXTENT_ZERO_OFFSET", Error, "extent at offset 0"};
inline constexpr CodeInfo ExtentUnaligned{"EXTENT_UNALIGNED", Error,
                                          "extent offset or length not alloc-unit aligned"};
inline constexpr CodeInfo ExtentEmpty{"EXTENT_EMPTY", Warning, "extent of length 0"};
inline constexpr CodeInfo ExtentBeyondDevice{"EXTENT_BEYOND_DEVICE", Error,
                                             "extent past the device size"};
inline constexpr CodeInfo ExtentBeyondMedia{"EXTENT_BEYOND_MEDIA", Error,
                                            "extent past the end of the media"};
inline constexpr CodeInfo ExtentDevindex{"EXTENT_DEVINDEX", Error,
                                         "devindex of a device never added"};
inline constexpr CodeInfo IlNiext{"IL_NIEXT", Error, "interleaved extent count is not 1"};
inline constexpr CodeInfo IlNstrips{"IL_NSTRIPS", Error, "nstrips 0 or above 16"};
inline constexpr CodeInfo IlChunk{"IL_CHUNK", Error,
                                  "chunk size not a power-of-two multiple of the alloc unit"};
inline constexpr CodeInfo IlStripShort{"IL_STRIP_SHORT", Error,
                                       "strip shorter than the file needs"};
inline constexpr CodeInfo FileHugeFaultsBlocked{
    "FILE_HUGE_FAULTS_BLOCKED", Info,
    "file layout forbids 2 MiB faults in part of the file: 4 KiB faults there"};
// Allocation
inline constexpr CodeInfo AllocCollision{"ALLOC_COLLISION", Error,
                                         "allocation units claimed by two files"};
inline constexpr CodeInfo AllocMetadataOverlap{"ALLOC_METADATA_OVERLAP", Error,
                                               "extent over the superblock or log"};
inline constexpr CodeInfo AllocDetailTruncated{"ALLOC_DETAIL_TRUNCATED", Warning,
                                               "too many collisions to list them all"};
// Capacity and health
inline constexpr CodeInfo CapLogNearlyFull{"CAP_LOG_NEARLY_FULL", Warning, "log 90% full"};
inline constexpr CodeInfo CapLogFull{"CAP_LOG_FULL", Warning, "log full"};
inline constexpr CodeInfo CapAmplification{"CAP_AMPLIFICATION", Info,
                                           "allocated space at least twice the file sizes"};
inline constexpr CodeInfo CapFreeSpace{"CAP_FREE_SPACE", Info, "free space and its runs"};
inline constexpr CodeInfo CapFragmented{"CAP_FRAGMENTED", Info,
                                        "largest free run under half of the free space"};
inline constexpr CodeInfo CapDeviceFull{"CAP_DEVICE_FULL", Warning, "no free allocation unit"};
inline constexpr CodeInfo CapTailWaste{"CAP_TAIL_WASTE", Info,
                                       "file maps an alloc unit or more beyond its size"};
// An interrupted repair (repair/PendingRepair.h)
inline constexpr CodeInfo RepairPending{
    "REPAIR_PENDING", Error, "an interrupted repair is pending: the metadata may be mid-repair"};
inline constexpr CodeInfo RepairIntentUnreadable{
    "REPAIR_INTENT_UNREADABLE", Error,
    "the intent file of an interrupted repair cannot be read: the metadata may be mid-repair"};
} // namespace codes

std::span<const CodeInfo> allCodes();

// Adds a finding with the code's own severity.
void report(FindingSink& sink, const CodeInfo& code, Location location, std::string message);

} // namespace famscope::fsck
