// Parsing of the numbers the edit dialogs take: sizes with K/M/G/T suffixes (as the CLI reads
// them), octal permission bits and plain ids. Each returns nullopt for text it cannot read, so
// a dialog can say which field is wrong instead of guessing.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace famscope::ui {

// report::parseSize: "4096", "2M", "1GiB", "0x1000" (the CLI's grammar; "010" is 10)
std::optional<uint64_t> parseSizeText(const QString& text);
std::optional<uint32_t> parseModeText(const QString& text); // "644", "0755" (<= 07777)
std::optional<uint32_t> parseIdText(const QString& text);   // decimal uid/gid

} // namespace famscope::ui

class QComboBox;

namespace famscope::ui {

// Fills a combo with the log lengths famfs accepts (powers of two from 8 MiB), 8 MiB chosen;
// each item's data is the length in bytes.
void fillLogLengths(QComboBox* box);

} // namespace famscope::ui
