#include "core/report/SizeText.h"

#include "core/format/Hex.h"

#include <charconv>
#include <iterator>

namespace famscope::report {

namespace {

bool endsWithNoCase(std::string_view s, std::string_view tail) {
    if (s.size() < tail.size())
        return false;
    for (size_t i = 0; i < tail.size(); ++i) {
        const char a = s[s.size() - tail.size() + i];
        const char b = tail[i];
        if ((a | 0x20) != (b | 0x20))
            return false;
    }
    return true;
}

bool hasHexPrefix(std::string_view s) {
    return s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
}

std::string_view trimmed(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

// Digits of `base` only (at least one), without overflow.
std::optional<uint64_t> digits(std::string_view s, unsigned base) {
    if (s.empty())
        return std::nullopt;
    uint64_t v = 0;
    for (const char c : s) {
        const int d = base == 16 ? famfs::hexDigitValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
        if (d < 0 || static_cast<unsigned>(d) >= base ||
            v > (UINT64_MAX - static_cast<uint64_t>(d)) / base)
            return std::nullopt;
        v = v * base + static_cast<uint64_t>(d);
    }
    return v;
}

} // namespace

std::optional<uint64_t> parseSize(std::string_view text) {
    std::string_view t = trimmed(text);
    if (endsWithNoCase(t, "iB"))
        t.remove_suffix(2);
    else if (endsWithNoCase(t, "B") && t.size() > 1 && !hasHexPrefix(t))
        t.remove_suffix(1); // in hex, B is a digit
    if (hasHexPrefix(t))
        return digits(t.substr(2), 16);
    unsigned shift = 0;
    if (!t.empty()) {
        switch (t.back() | 0x20) {
        case 'k':
            shift = 10;
            break;
        case 'm':
            shift = 20;
            break;
        case 'g':
            shift = 30;
            break;
        case 't':
            shift = 40;
            break;
        default:
            break;
        }
        if (shift)
            t.remove_suffix(1);
    }
    const auto v = digits(t, 10);
    if (!v || *v > (UINT64_MAX >> shift))
        return std::nullopt;
    return *v << shift;
}

std::optional<uint32_t> parseMode(std::string_view text) {
    const auto v = digits(trimmed(text), 8);
    if (!v || *v > 07777)
        return std::nullopt;
    return static_cast<uint32_t>(*v);
}

std::optional<uint32_t> parseId(std::string_view text) {
    const auto v = digits(trimmed(text), 10);
    if (!v || *v > UINT32_MAX)
        return std::nullopt;
    return static_cast<uint32_t>(*v);
}

std::optional<uint64_t> parseIndex(std::string_view text) {
    return digits(trimmed(text), 10);
}

std::string humanBytes(uint64_t bytes) {
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 6) {
        value /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return std::to_string(bytes) + " B";
    char buf[32]; // to_chars: a decimal point in every locale, unlike printf
    const auto end =
        std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, value < 10 ? 2 : 1)
            .ptr;
    return std::string(buf, end) + ' ' + units[unit];
}

std::string shortBytes(uint64_t bytes) {
    static const char* const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    if (bytes == 0)
        return "0";
    size_t unit = 0;
    double value = static_cast<double>(bytes);
    while (value >= 1024.0 && unit + 1 < std::size(units)) {
        value /= 1024.0;
        ++unit;
    }
    const int decimals = value >= 100.0 ? 0 : value >= 10.0 ? 1 : 2;
    char buf[32]; // to_chars: a decimal point in every locale, unlike printf
    std::string text(
        buf, std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals).ptr);
    if (text.find('.') != std::string::npos) { // "1.50" -> "1.5", "2.00" -> "2"
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.')
            text.pop_back();
    }
    return text + ' ' + units[unit];
}

} // namespace famscope::report
