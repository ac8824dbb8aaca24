// The exit statuses of famscope (famscope(1), EXIT STATUS, and each command's --help; keep them
// stable) and the one place where an outcome reported by core becomes one. The CLI and the GUI
// library (--screenshot, heatmap) both answer with these, so a target gets the same status from
// either. fsck keeps e2fsck's own scheme (fsck::exitStatus).
// In namespace famscope, beside ErrorKind (core/Result.h), so that both front ends name them
// as they are.
#pragma once

#include "core/Result.h"
#include "core/report/HeatmapRequest.h"

namespace famscope {

enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1,        // bad command line
    ExitCannotOpen = 2,   // missing, unreadable, a directory, not an image or devdax device
    ExitNotFamfs = 3,     // too small for famfs, or no famfs superblock
    ExitUnsupported = 4,  // a famfs layout this version cannot read
    ExitInconsistent = 5, // media shorter than the device its superblock claims
    ExitNotFound = 6,     // path not in the namespace, offset not mapped
    ExitRefused = 7,      // write refused: locked, mounted, another host's, damaged log, exists
    ExitWriteFailed = 8,  // the change cannot be made: exists, no parent, log full, no space
    ExitMismatch = 9,     // verify: the data differs from the pattern
    ExitOutputLost = 10,  // the command's output could not be written (stdout: a full disk)
};

// What a status means, one line for --help (as famscope(1) lists them); "" for another number.
const char* exitStatusMeaning(int status);

// The status of a command that stops on a core error of this kind, or that shows damaged media
// of this kind best-effort (fs::MediaDamage::kind).
int exitStatus(ErrorKind kind);
// Why a write command stopped on a target that reads, where core's error kind is not the answer.
enum class WriteStop {
    // restore and the edit commands: a target that reads but must not be written (mounted,
    // locked, another host's, an unusable backup) is refused, whatever core's error says.
    Refused,
    // repair: media whose famfs metadata does not load has nothing to repair; it is not famfs,
    // as fs::openFileSystem classes a failed load.
    NoFamfsMetadata,
};
int exitStatus(WriteStop stop);

// fsck answers with e2fsck's scheme instead (fsck::FsckExit), or with famfs fsck's under
// --famfs-compat: what its --help lists, and its status when it checks nothing.
const char* fsckExitStatusText();
enum class FsckStop { Usage, Unreadable };
int exitStatus(FsckStop stop, bool famfsCompat); // famfs fsck: 1 for either
// The status of a command that succeeded but could not write its output (stdout on a full
// disk, a pipe closed early): never 0, as the output is lost, except under --famfs-compat,
// whose 0 stands as famfs fsck's would. A command that failed keeps its own status.
enum class OutputScheme { Common, Fsck, FamfsCompat };
int exitStatusOutputLost(OutputScheme scheme);
// The status of `heatmap` for what the GUI library reports.
int exitStatus(report::HeatmapOutcome outcome);

} // namespace famscope
