#include "cli/OutcomeStatus.h"

#include "cli/ExitCodes.h"

namespace famscope::cli {

int exitStatus(fs::OpenFailure failure) {
    switch (failure) {
    case fs::OpenFailure::None:
        return ExitOk;
    case fs::OpenFailure::CannotOpen:
        return ExitCannotOpen;
    case fs::OpenFailure::NotFamfs:
        return ExitNotFamfs;
    case fs::OpenFailure::Unsupported:
        return ExitUnsupported;
    case fs::OpenFailure::Inconsistent:
        return ExitInconsistent;
    }
    return ExitNotFamfs;
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
