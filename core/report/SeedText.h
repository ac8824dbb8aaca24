// Seeds of the famfs test pattern as the user types them: `creat --seed`, `verify --seed`, and
// the window's Verify tab (its Seed column and a pasted "path seed" list) all read them here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::report {

// A seed is a number in famscope's one grammar (SizeText.h): decimal ("010" is 10), 0x hex, an
// optional K/M/G/T unit; blanks around it are ignored. Nothing else is a seed.
std::optional<uint64_t> parseSeed(std::string_view text);

struct SeededPath {
    std::string path; // as in the namespace: relative to the mount point
    uint64_t seed = 0;
};

struct SeedList {
    std::vector<SeededPath> items;
    size_t badLine = 0;  // 1-based number of the first line that is not "path seed"; 0: none
    std::string badText; // that line, without surrounding blanks
    bool ok() const { return badLine == 0; }
};

// One "path seed" per line: the seed is the last word, the path everything before it (leading
// '/' dropped, so a path copied from the mount point's root works). Blank lines and lines
// starting with '#' are skipped. Stops at the first line that is not "path seed".
SeedList parseSeedList(std::string_view text);

} // namespace famscope::report
