// The command line's own text, here so that it can be tested without running a command: the
// table of options and arguments in --help, the command a mistyped word was meant to be, and
// the path inside the file system a reading command is given.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::report {

// One entry of the option table of --help: `names` in a column `width` wide, the description
// wrapped after column 79 at a blank (a word longer than the line is cut), as the help of
// every famscope release has looked (the layout of QCommandLineParser, kept byte for byte).
std::string helpEntry(const std::string& names, size_t width, const std::string& description);

// Levenshtein distance: insertions, deletions and substitutions of single bytes.
size_t editDistance(std::string_view a, std::string_view b);
// The index of the candidate closest to `word`, if it is close enough to be a typo (at most 2
// edits, and fewer than half of the word's letters); the first of equally close ones.
std::optional<size_t> nearestWord(std::string_view word,
                                  const std::vector<std::string_view>& candidates);

// The path `typed` for ls, getmap, resolve and verify: its bytes with the \xNN and \\ of text
// output undone (unescapeText), and "/a/b/", "a//b" and "./a/b" all "a/b"; the root is "".
std::string lookupPath(std::string_view typed);

} // namespace famscope::report
