#include "cli/Arguments.h"

#include "core/report/TextEscape.h"

#include <cstring>
#include <string_view>

namespace famscope::cli {

namespace {
constexpr char16_t kEscapeBase = 0xdc00; // U+DC80..U+DCFF carry bytes 0x80..0xff

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}
} // namespace

QString argumentText(const char* argument) {
    std::string_view bytes(argument, std::strlen(argument));
    QString text;
    while (!bytes.empty()) {
        char32_t cp = 0;
        const size_t len = report::utf8SequenceLength(bytes, cp);
        if (len == 0) {
            text +=
                QChar(static_cast<char16_t>(kEscapeBase + static_cast<unsigned char>(bytes[0])));
            bytes.remove_prefix(1);
            continue;
        }
        const char32_t one[] = {cp};
        text += QString::fromUcs4(one, 1);
        bytes.remove_prefix(len);
    }
    return text;
}

std::string argumentBytes(const QString& text) {
    std::string out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(u, text.at(i + 1).unicode()));
            ++i;
        } else if (u >= kEscapeBase + 0x80 && u <= kEscapeBase + 0xff) {
            out += static_cast<char>(u - kEscapeBase);
        } else {
            appendUtf8(out, u); // lone surrogates outside the escape range cannot come from argv
        }
    }
    return out;
}

std::string fsPathArgument(const QString& text) {
    return report::unescapeText(argumentBytes(text));
}

} // namespace famscope::cli
