// Command-line arguments are bytes and stay bytes: a famfs name such as FF FE, which is not
// UTF-8, can be created and reached like any other.
#pragma once

#include <string>
#include <string_view>

namespace famscope::cli {

// A path inside the file system as typed: its bytes, with \xNN and \\ undone (the notation
// text output uses for bytes a terminal cannot show; see report/TextEscape.h).
std::string fsPathArgument(std::string_view text);

} // namespace famscope::cli
