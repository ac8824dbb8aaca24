#include "cli/OutcomeStatus.h"

#include "cli/ExitCodes.h"

namespace famscope::cli {

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

} // namespace famscope::cli
