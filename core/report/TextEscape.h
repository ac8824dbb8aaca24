// Names, paths and messages from media as text: one escaping for every text printer (CLI and
// GUI), one for JSON strings, and the inverse for paths typed on the command line.
//
// A famfs path is up to 79 arbitrary bytes. Printed raw, an ESC sequence in a name clears
// the screen or sets the window title, a newline forges a second entry, and bytes that are
// not UTF-8 turn into U+FFFD and cannot be typed back. So text output shows
//   * a backslash as \\ (so that the escaping can be undone without ambiguity),
//   * each byte of a control character (C0, DEL, C1), of an invisible format or bidi
//     control (U+200B..U+200F, U+2028..U+202E, U+2060..U+206F, U+FEFF) and each byte that
//     is not part of valid UTF-8 as \xNN (two lower-case hex digits),
//   * everything else (printable ASCII and valid, printable UTF-8) as it is.
// Command-line paths accept the same notation back, so what ls prints can be typed again.
#pragma once

#include <string>
#include <string_view>

namespace famscope::report {

// For terminals, logs and widgets: see above.
std::string escapeText(std::string_view bytes);

// For JSON string values (the JSON writer then escapes control characters its own way): bytes
// that are not valid UTF-8 become the six characters \xNN and a backslash becomes \\, so a
// JSON string is always valid UTF-8 and never loses a byte; valid UTF-8 passes unchanged.
std::string escapeForJson(std::string_view bytes);

// The inverse, for paths given on the command line: \xNN (either case of hex) is that byte,
// \\ is one backslash; a backslash before anything else is kept as it is.
std::string unescapeText(std::string_view text);

// True when every byte is printable ASCII (0x20-0x7e) other than a backslash (and than
// `alsoNot`): text both escapings leave as it is.
bool isPlainAscii(std::string_view bytes, char alsoNot = '\\');

// The length of the valid UTF-8 sequence at the start of `s` and its code point, or 0 when
// the first byte does not start one (overlong forms, surrogates and values past U+10FFFF
// are not valid).
size_t utf8SequenceLength(std::string_view s, char32_t& codePoint);

} // namespace famscope::report
