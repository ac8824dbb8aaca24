#include "core/bench/PageSize.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

namespace famscope::bench {

bool isPowerOfTwo(uint64_t v) {
    return v != 0 && (v & (v - 1)) == 0;
}

uint64_t roundUp(uint64_t value, uint64_t multiple) {
    if (multiple == 0)
        return value;
    const uint64_t rest = value % multiple;
    if (rest == 0)
        return value;
    const uint64_t add = multiple - rest;
    if (value > std::numeric_limits<uint64_t>::max() - add)
        return std::numeric_limits<uint64_t>::max() -
               std::numeric_limits<uint64_t>::max() % multiple;
    return value + add;
}

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// before + text + after, appended to one string: `"'" + std::string(token) + "..."` makes GCC 12
// at -O3 with _GLIBCXX_ASSERTIONS report a false -Wrestrict overlap (GCC bug 105651).
std::string quoted(std::string_view before, std::string_view text, std::string_view after) {
    std::string s(before);
    s.append(text).append(after);
    return s;
}

Result<uint64_t> parseOne(std::string_view token) {
    const std::string t = lower(token);
    uint64_t value = 0;
    const char* first = t.data();
    const char* last = t.data() + t.size();
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr == first)
        return Error{quoted("'", token, "' is not a page size (use 4k, 2m or 1g)")};
    const std::string unit(ptr, last);
    int shift = 0;
    if (unit.empty() || unit == "b")
        shift = 0;
    else if (unit == "k" || unit == "kb" || unit == "kib")
        shift = 10;
    else if (unit == "m" || unit == "mb" || unit == "mib")
        shift = 20;
    else if (unit == "g" || unit == "gb" || unit == "gib")
        shift = 30;
    else
        return Error{quoted("'", token, "' has an unknown unit (use k, m or g)")};
    if (value > (std::numeric_limits<uint64_t>::max() >> shift))
        return Error{quoted("page size '", token, "' is too large")};
    const uint64_t bytes = value << shift;
    if (!isPowerOfTwo(bytes) || bytes < kPage4K || bytes > kPage1G)
        return Error{quoted("page size '", token, "' must be a power of two between 4k and 1g")};
    return bytes;
}

} // namespace

Result<std::vector<uint64_t>> parsePageSizes(std::string_view text) {
    std::vector<uint64_t> sizes;
    size_t pos = 0;
    while (pos <= text.size()) {
        const size_t comma = text.find(',', pos);
        const size_t end = comma == std::string_view::npos ? text.size() : comma;
        std::string_view token = text.substr(pos, end - pos);
        while (!token.empty() && std::isspace(static_cast<unsigned char>(token.front())))
            token.remove_prefix(1);
        while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())))
            token.remove_suffix(1);
        if (token.empty())
            return Error{quoted("empty page size in '", text, "'")};
        auto size = parseOne(token);
        if (!size)
            return Error{size.error()};
        if (std::find(sizes.begin(), sizes.end(), *size) == sizes.end())
            sizes.push_back(*size);
        if (comma == std::string_view::npos)
            break;
        pos = comma + 1;
    }
    return sizes;
}

std::string pageSizeName(uint64_t bytes) {
    if (bytes != 0 && bytes % kPage1G == 0)
        return std::to_string(bytes / kPage1G) + "g";
    if (bytes != 0 && bytes % (1ULL << 20) == 0)
        return std::to_string(bytes >> 20) + "m";
    if (bytes != 0 && bytes % 1024 == 0)
        return std::to_string(bytes >> 10) + "k";
    return std::to_string(bytes);
}

std::string pageSizeText(uint64_t bytes) {
    if (bytes != 0 && bytes % kPage1G == 0)
        return std::to_string(bytes / kPage1G) + " GiB";
    if (bytes != 0 && bytes % (1ULL << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    if (bytes != 0 && bytes % 1024 == 0)
        return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

} // namespace famscope::bench
