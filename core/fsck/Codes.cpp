#include "fsck/Codes.h"

namespace famscope::fsck {

std::span<const CodeInfo> allCodes() {
    using namespace codes;
    static constexpr CodeInfo kAll[] = {
        SbMagic,
        SbCrc,
        SbVersion,
        SbVersionPrevious,
        SbOmf,
        SbLayout,
        SbAllocUnit,
        SbLogOffset,
        SbLogLenPow2,
        SbLogLenSmall,
        SbLogLenDevice,
        SbDeviceBeyondMedia,
        SbDeviceSmallerThanMedia,
        SbDeviceSmall,
        SbDeviceUnaligned,
        SbRoleClient,
        LogMissing,
        LogMagic,
        LogCrc,
        LogLenMismatch,
        LogLastIndex,
        LogNextIndex,
        LogNextSeqnum,
        LogBeyondMedia,
        LogEntriesUnread,
        EntryCrc,
        EntrySeqnum,
        EntryTypeUnknown,
        EntryDelete,
        EntryAddDaxdev,
        PathEmpty,
        PathAbsolute,
        PathDot,
        PathDotDot,
        PathUnterminated,
        PathMaxLength,
        PathControlChar,
        PathParentMissing,
        PathEscapesMount,
        PathParentNotDir,
        PathDuplicate,
        MkdirOverFile,
        FileOverDir,
        FileSizeZero,
        FileExtType,
        FileExtentCountZero,
        FileExtentCountHigh,
        FileExtentsShort,
        ExtentZeroOffset,
        ExtentUnaligned,
        ExtentEmpty,
        ExtentBeyondDevice,
        ExtentBeyondMedia,
        ExtentDevindex,
        IlNiext,
        IlNstrips,
        IlChunk,
        IlStripShort,
        AllocCollision,
        AllocMetadataOverlap,
        AllocDetailTruncated,
        CapLogNearlyFull,
        CapLogFull,
        CapAmplification,
        CapFreeSpace,
        CapFragmented,
        CapDeviceFull,
        CapTailWaste,
    };
    return kAll;
}

void report(FindingSink& sink, const CodeInfo& code, Location location, std::string message) {
    sink.add(code.code, code.severity, std::move(location), std::move(message));
}

} // namespace famscope::fsck
