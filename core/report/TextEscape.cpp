#include "core/report/TextEscape.h"

#include "core/format/Hex.h"

#include <algorithm>

namespace famscope::report {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void appendByteEscape(std::string& out, unsigned char byte) {
    out += "\\x";
    out += kHexDigits[byte >> 4];
    out += kHexDigits[byte & 0xf];
}

bool isContinuation(unsigned char c) {
    return (c & 0xc0) == 0x80;
}

// Characters a terminal or widget would act on or not show: controls, and the invisible
// format characters that reorder or hide text (bidi overrides, zero-width characters).
bool isHidden(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x200b && cp <= 0x200f) ||
           (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x206f) || cp == 0xfeff;
}

} // namespace

bool isPlainAscii(std::string_view bytes, char alsoNot) {
    return std::all_of(bytes.begin(), bytes.end(), [alsoNot](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x20 && c < 0x7f && ch != '\\' && ch != alsoNot;
    });
}

size_t utf8SequenceLength(std::string_view s, char32_t& codePoint) {
    if (s.empty())
        return 0;
    const auto b0 = static_cast<unsigned char>(s[0]);
    size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
        codePoint = b0;
        return 1;
    } else if ((b0 & 0xe0) == 0xc0) {
        len = 2, cp = b0 & 0x1f, min = 0x80;
    } else if ((b0 & 0xf0) == 0xe0) {
        len = 3, cp = b0 & 0x0f, min = 0x800;
    } else if ((b0 & 0xf8) == 0xf0) {
        len = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (s.size() < len)
        return 0;
    for (size_t i = 1; i < len; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (!isContinuation(c))
            return 0;
        cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    codePoint = cp;
    return len;
}

namespace {

// Both escapings: invalid UTF-8 bytes as \xNN and a backslash doubled; text output also
// escapes the hidden characters, which JSON leaves to its own \u00NN escaping.
std::string escapeBytes(std::string_view bytes, bool escapeHidden) {
    // Most names and messages are printable ASCII without a backslash, which both escapings
    // leave as they are: copied whole, without the walk through UTF-8 below.
    if (isPlainAscii(bytes))
        return std::string(bytes);
    std::string out;
    out.reserve(bytes.size());
    while (!bytes.empty()) {
        char32_t cp = 0;
        const size_t len = utf8SequenceLength(bytes, cp);
        if (len == 0) {
            appendByteEscape(out, static_cast<unsigned char>(bytes[0]));
            bytes.remove_prefix(1);
            continue;
        }
        if (cp == '\\')
            out += "\\\\";
        else if (escapeHidden && isHidden(cp))
            for (size_t i = 0; i < len; ++i)
                appendByteEscape(out, static_cast<unsigned char>(bytes[i]));
        else
            out.append(bytes.substr(0, len));
        bytes.remove_prefix(len);
    }
    return out;
}

} // namespace

std::string escapeText(std::string_view bytes) {
    return escapeBytes(bytes, true);
}

std::string escapeForJson(std::string_view bytes) {
    return escapeBytes(bytes, false);
}

std::string unescapeText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\\') {
            out += '\\';
            ++i;
        } else if (text[i] == '\\' && i + 3 < text.size() && text[i + 1] == 'x' &&
                   famfs::hexDigitValue(text[i + 2]) >= 0 &&
                   famfs::hexDigitValue(text[i + 3]) >= 0) {
            out += static_cast<char>(famfs::hexDigitValue(text[i + 2]) * 16 +
                                     famfs::hexDigitValue(text[i + 3]));
            i += 3;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace famscope::report
