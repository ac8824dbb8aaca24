// Output helpers shared by the CLI commands.
#pragma once

#include "core/report/SizeText.h"
#include "core/report/TextFormat.h"

#include <string>
#include <string_view>

namespace famscope::cli {

// Every name, path, device path and message from media (or typed by the user) goes through
// shown() before it reaches text output: control and invisible characters and bytes that are
// not UTF-8 are shown as \xNN, a backslash as \\ (report::escapeText).
using report::humanBytes; // 4.00 GiB, 512 B
using report::octalMode;  // 0644
using report::shown;

// Writes bytes to stdout as they are.
void printOut(std::string_view bytes);
// Flushes stdout; 0 when everything printOut() was given reached it, else the first error
// (errno: ENOSPC on a full disk, EPIPE from a closed pipe when SIGPIPE is ignored).
int finishOutput();
// The status a command that succeeded ends with when finishOutput() reports its output lost:
// ExitOutputLost unless the command chose its own scheme's (fsck).
void setStatusWhenOutputLost(int status);
int statusWhenOutputLost();
// Writes a line to stderr (the newline is added).
void printErr(std::string_view line);

} // namespace famscope::cli
