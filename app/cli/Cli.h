// Command-line front end: `famscope <command> ...`. Runs without a display (QtCore only).
#pragma once

namespace famscope::cli {

int run(int argc, char** argv);

} // namespace famscope::cli
