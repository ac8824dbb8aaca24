// The small pieces every text output of famscope is built from, without Qt: hex offsets,
// octal modes, percentages, column padding and CSV fields (sizes are in SizeText.h, escaping
// of names in TextEscape.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace famscope::report {

std::string hexText(uint64_t v);          // 0x1f
std::string octalMode(uint32_t mode);     // 0644 (at least three octal digits after the 0)
std::string percentText(double fraction); // 12.5%: one decimal, an exact tie rounded up

// Pads with spaces to `width` bytes: text on the left (padRight) or on the right (padLeft).
// Longer text is not cut. Used for ASCII columns only.
std::string padRight(std::string_view text, size_t width);
std::string padLeft(std::string_view text, size_t width);
std::string padLeft(uint64_t number, size_t width);

// One CSV field (RFC 4180): quoted, inner quotes doubled, when it holds a comma, a quote or a
// line break; as it is otherwise.
std::string csvField(std::string_view text);

// escapeText (TextEscape.h): every name, path and message from media goes through it before it
// reaches text output.
std::string shown(std::string_view bytes);

} // namespace famscope::report
