#include "core/report/TextFormat.h"

#include "core/report/TextEscape.h"

#include <cmath>
#include <cstdio>

namespace famscope::report {

std::string hexText(uint64_t v) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

std::string octalMode(uint32_t mode) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0%03o", mode);
    return buf;
}

std::string percentText(double fraction) {
    double value = fraction * 100.0;
    // printf rounds an exact tie (12.25) to even, 12.2; the text always said 12.3, as Qt's
    // number formatting rounds it: keep that.
    // Only k + 0.25 and k + 0.75 are exact ties in binary: four times them is an odd integer.
    const double quarters = value * 4.0;
    if (std::isfinite(quarters) && quarters == std::floor(quarters) &&
        std::fmod(quarters, 2.0) == 1.0)
        value = (std::floor(value * 10.0) + 1.0) / 10.0;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f%%", value);
    return buf;
}

std::string padRight(std::string_view text, size_t width) {
    std::string out(text);
    if (out.size() < width)
        out.append(width - out.size(), ' ');
    return out;
}

std::string padLeft(std::string_view text, size_t width) {
    std::string out;
    if (text.size() < width)
        out.assign(width - text.size(), ' ');
    out += text;
    return out;
}

std::string padLeft(uint64_t number, size_t width) {
    return padLeft(std::to_string(number), width);
}

std::string csvField(std::string_view text) {
    if (text.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"')
            quoted += '"';
    }
    return quoted + '"';
}

std::string shown(std::string_view bytes) {
    return escapeText(bytes);
}

} // namespace famscope::report
