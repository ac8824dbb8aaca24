#include "cli/Cli.h"

int main(int argc, char** argv) { return famscope::cli::run(argc, argv); }
