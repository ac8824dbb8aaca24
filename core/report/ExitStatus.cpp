#include "core/report/ExitStatus.h"

#include "core/fsck/Fsck.h"

namespace famscope {

const char* exitStatusMeaning(int status) {
    switch (status) {
    case ExitOk:
        return "success";
    case ExitUsage:
        return "usage error: unknown command or option, missing argument, bad value";
    case ExitCannotOpen:
        return "the target cannot be opened (missing, no permission, not a file or devdax)";
    case ExitNotFamfs:
        return "not famfs: too small for a superblock, or no famfs superblock magic";
    case ExitUnsupported:
        return "a famfs layout this version cannot read";
    case ExitInconsistent:
        return "truncated: the media is shorter than the device its superblock claims";
    case ExitNotFound:
        return "path not in the namespace, or offset not mapped";
    case ExitRefused:
        return "write refused: locked, mounted, another host's, damaged log, bad backup";
    case ExitWriteFailed:
        return "write not made: name exists, no parent, bad size/path, no space, log full";
    case ExitMismatch:
        return "the data differs from the pattern";
    case ExitOutputLost:
        return "the output could not be written (a full disk, a closed pipe)";
    }
    return "";
}

int exitStatus(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Failed: // what the user asked for could not be done: no space, I/O error
        return ExitWriteFailed;
    case ErrorKind::CannotOpen:
        return ExitCannotOpen;
    case ErrorKind::NotFamfs:
        return ExitNotFamfs;
    case ErrorKind::Unsupported:
        return ExitUnsupported;
    case ErrorKind::Inconsistent:
        return ExitInconsistent;
    case ErrorKind::Refused:
        return ExitRefused;
    }
    return ExitWriteFailed;
}

int exitStatus(WriteStop stop) {
    return stop == WriteStop::Refused ? ExitRefused : ExitNotFamfs;
}

const char* fsckExitStatusText() {
    return "  0   no errors or warnings (notes only)\n"
           "  1   warnings, no errors (not a usage error, unlike the other commands)\n"
           "  4   at least one error (famscope never repairs anything)\n"
           "  8   the target cannot be read (missing, unreadable, smaller than a superblock), or\n"
           "      the output could not be written (a full disk, a closed pipe)\n"
           "  16  usage error\n"
           "With --famfs-compat: the number of allocation collisions (at most 127), 1 without a\n"
           "valid superblock or when the target cannot be read, 0 otherwise; output that could\n"
           "not be written changes none of these, as famfs fsck does not check its output.\n";
}

int exitStatusOutputLost(OutputScheme scheme) {
    switch (scheme) {
    case OutputScheme::Common:
        return ExitOutputLost;
    case OutputScheme::Fsck:
        return fsck::FsckOperational;
    case OutputScheme::FamfsCompat:
        break;
    }
    return ExitOk;
}

int exitStatus(FsckStop stop, bool famfsCompat) {
    if (famfsCompat)
        return 1;
    return stop == FsckStop::Usage ? fsck::FsckUsage : fsck::FsckOperational;
}

int exitStatus(report::HeatmapOutcome outcome) {
    switch (outcome) {
    case report::HeatmapOutcome::Written:
        return ExitOk;
    case report::HeatmapOutcome::NoSuchFile:
        return ExitNotFound;
    case report::HeatmapOutcome::CannotWrite: // as for any output famscope cannot write
        return ExitWriteFailed;
    case report::HeatmapOutcome::CannotLoad: // the CLI checked the target first: rare
        break;
    }
    return ExitCannotOpen;
}

} // namespace famscope
