#include "core/report/SeedText.h"

#include "core/report/SizeText.h"

namespace famscope::report {

namespace {

bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

// "path seed" (already trimmed), or nothing when the line has no path or no seed.
std::optional<SeededPath> seededPath(std::string_view line) {
    size_t cut = line.size();
    while (cut > 0 && !blank(line[cut - 1]))
        --cut;
    if (cut == 0) // one word: no path, or no seed
        return std::nullopt;
    const auto seed = parseSeed(line.substr(cut));
    std::string_view path = trimmed(line.substr(0, cut));
    while (!path.empty() && path.front() == '/')
        path.remove_prefix(1);
    if (!seed)
        return std::nullopt;
    return SeededPath{std::string(path), *seed};
}

} // namespace

std::optional<uint64_t> parseSeed(std::string_view text) {
    return parseSize(text);
}

SeedList parseSeedList(std::string_view text) {
    SeedList list;
    size_t number = 0;
    while (!text.empty() || number == 0) {
        const size_t end = text.find('\n');
        const std::string_view line = trimmed(text.substr(0, end));
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++number;
        if (line.empty() || line.front() == '#')
            continue;
        auto item = seededPath(line);
        if (!item) {
            list.items.clear();
            list.badLine = number;
            list.badText = std::string(line);
            return list;
        }
        list.items.push_back(std::move(*item));
    }
    return list;
}

} // namespace famscope::report
