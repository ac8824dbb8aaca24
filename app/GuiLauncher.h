// Starts the desktop GUI, which lives in a separate shared library (libfamscope-ui.so) so that
// CLI calls never load QtGui/QtWidgets and the CLI works on hosts without them.
#pragma once

namespace famscope {

// Loads the GUI library next to the executable (build tree) or in ../lib/famscope
// (installed) and runs its entry point. Prints a clear error when it cannot be found.
int launchGui(int argc, char** argv);

// Another entry point of the GUI library by name (headless rendering for the CLI), or null
// after printing why it cannot be found.
void* guiLibrarySymbol(const char* name);

} // namespace famscope
