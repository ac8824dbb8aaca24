// The GUI library's entry point, looked up by name by the famscope executable (dlopen), so
// the executable itself links only QtCore.
#pragma once

extern "C" __attribute__((visibility("default"))) int famscope_gui_main(int argc, char** argv);
