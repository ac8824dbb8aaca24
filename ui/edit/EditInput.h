// What the edit dialogs share about their fields: sizes read in the CLI's grammar (nullopt for
// text that is not one, so a dialog can say which field is wrong instead of guessing), the
// path a new entry starts from, and the log lengths to choose from.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

class QComboBox;

namespace famscope::ui {

// report::parseSize: "4096", "2M", "1GiB", "0x1000" (the CLI's grammar; "010" is 10)
std::optional<uint64_t> parseSizeText(const QString& text);

// What a path field starts with for a new entry in `directory`: "dir/", or "" for the root.
QString pathPrefix(const QString& directory);

// Fills a combo with the log lengths famfs accepts (powers of two from 8 MiB), 8 MiB chosen;
// each item's data is the length in bytes.
void fillLogLengths(QComboBox* box);

} // namespace famscope::ui
