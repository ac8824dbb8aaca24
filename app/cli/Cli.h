// Command-line front end: `famscope <command> ...`. Runs without a display and loads no Qt.
#pragma once

namespace famscope::cli {

int run(int argc, char** argv);

// True for a name run() dispatches to a command ("info", ...) or answers itself
// (--help, --version): main() uses it to keep such calls free of any GUI library.
bool handlesArgument(const char* firstArgument);

} // namespace famscope::cli
