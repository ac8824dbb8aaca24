// famscope: the desktop GUI by default; CLI subcommands (no Qt, no display) when asked.
#include "GuiLauncher.h"
#include "cli/Cli.h"

int main(int argc, char** argv) {
    // No arguments, a TARGET, --demo, --screenshot, --lang ...: the GUI.
    if (argc > 1 && famscope::cli::handlesArgument(argv[1]))
        return famscope::cli::run(argc, argv);
    return famscope::launchGui(argc, argv);
}
