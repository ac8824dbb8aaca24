#include "core/report/CommandLineText.h"

#include "core/report/TextEscape.h"
#include "core/report/TextFormat.h"

#include <algorithm>
#include <cstdint>

namespace famscope::report {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

} // namespace

std::string helpEntry(const std::string& names, size_t width, const std::string& description) {
    size_t nameIndex = 0;
    auto nextNameSection = [&] {
        std::string section = names.substr(std::min(nameIndex, names.size()), width);
        nameIndex += section.size();
        return section;
    };
    std::string text;
    const size_t len = description.size();
    const size_t max = 79 - (2 + width + 1);
    size_t lineStart = 0;
    constexpr size_t kNone = SIZE_MAX;
    size_t lastBreakable = kNone; // the last blank seen on this line
    size_t x = 0;
    for (size_t i = 0; i < len; ++i) {
        ++x;
        const char c = description[i];
        if (isBlank(c))
            lastBreakable = i;
        std::optional<size_t> breakAt;
        size_t nextLineStart = 0;
        if (x > max && lastBreakable != kNone) {
            breakAt = lastBreakable;
            nextLineStart = lastBreakable + 1;
        } else if ((x > max - 1 && lastBreakable == kNone) || i == len - 1) {
            breakAt = i + 1;
            nextLineStart = i + 1;
        } else if (c == '\n') {
            breakAt = i;
            nextLineStart = i + 1;
        }
        if (breakAt) {
            text += "  " + padRight(nextNameSection(), width) + ' ';
            text += description.substr(lineStart, *breakAt - lineStart) + '\n';
            x = 0;
            lastBreakable = kNone;
            lineStart = nextLineStart;
            if (lineStart < len && isBlank(description[lineStart]))
                ++lineStart; // a line does not start with a blank
            i = lineStart;
        }
    }
    while (nameIndex < names.size())
        text += "  " + nextNameSection() + '\n';
    return text;
}

size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
        }
    }
    return row[b.size()];
}

std::optional<size_t> nearestWord(std::string_view word,
                                  const std::vector<std::string_view>& candidates) {
    std::optional<size_t> best;
    size_t bestDistance = 3;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const size_t d = editDistance(word, candidates[i]);
        if (d < bestDistance && 2 * d < std::max<size_t>(word.size(), 2)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

std::string lookupPath(std::string_view typed) {
    const std::string bytes = unescapeText(typed);
    std::string_view path = bytes;
    std::string out;
    while (!path.empty()) {
        const size_t slash = path.find('/');
        const std::string_view part = path.substr(0, slash);
        path.remove_prefix(slash == std::string_view::npos ? path.size() : slash + 1);
        if (part.empty() || part == ".")
            continue;
        if (!out.empty())
            out += '/';
        out += part;
    }
    return out;
}

} // namespace famscope::report
