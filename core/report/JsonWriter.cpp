#include "core/report/JsonWriter.h"

#include "core/report/TextEscape.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace famscope::report {

void JsonWriter::newline() {
    if (!pretty_)
        return;
    out_.push_back('\n');
    out_.append(2 * hasItems_.size(), ' ');
}

void JsonWriter::separate() {
    // Every key and value starts here: the one place to pass a full chunk on.
    if (sink_)
        passOnFull(out_, sink_);
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!hasItems_.empty()) {
        if (hasItems_.back())
            out_.push_back(',');
        hasItems_.back() = true;
        newline();
    }
}

void JsonWriter::finish() {
    out_.push_back('\n');
    if (sink_) {
        sink_(out_);
        out_.clear();
    }
}

JsonWriter& JsonWriter::beginObject() {
    separate();
    out_.push_back('{');
    hasItems_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    const bool had = hasItems_.back();
    hasItems_.pop_back();
    if (had)
        newline();
    out_.push_back('}');
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    separate();
    out_.push_back('[');
    hasItems_.push_back(false);
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    const bool had = hasItems_.back();
    hasItems_.pop_back();
    if (had)
        newline();
    out_.push_back(']');
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    separate();
    writeString(name);
    raw(pretty_ ? ": " : ":");
    afterKey_ = true;
    return *this;
}

// Numbers through a buffer on the stack: `info --json` of the full 64 MiB log holds 3.06 million.
template <class Integer> void JsonWriter::integer(Integer v) {
    separate();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    out_.append(buf, static_cast<size_t>(end - buf));
}

JsonWriter& JsonWriter::value(uint64_t v) {
    integer(v);
    return *this;
}

JsonWriter& JsonWriter::value(int64_t v) {
    integer(v);
    return *this;
}

JsonWriter& JsonWriter::value(double v) {
    separate();
    if (!std::isfinite(v)) {
        raw("null"); // JSON has no inf/nan
        return *this;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    raw(buf);
    return *this;
}

JsonWriter& JsonWriter::value(bool v) {
    separate();
    raw(v ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    raw("null");
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
    separate();
    writeString(s);
    return *this;
}

void JsonWriter::writeString(std::string_view bytes) {
    // Bytes from media need not be UTF-8. A JSON string must be, and \u00NN per byte would be
    // ambiguous (it reads as the code point U+00NN, so the UTF-8 bytes of "é" and the two
    // code points "Ã©" would print alike): bytes that are not valid UTF-8 become the text
    // \xNN, a backslash \\ (escapeForJson), the rest stays UTF-8 and only control
    // characters get JSON's own \u00NN.
    // Plain ASCII without a quote (most keys, paths and messages) is its own JSON string.
    if (isPlainAscii(bytes, '"')) {
        out_.push_back('"');
        out_.append(bytes);
        out_.push_back('"');
        return;
    }
    const std::string s = escapeForJson(bytes);
    out_.push_back('"');
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            raw("\\\"");
            break;
        case '\\':
            raw("\\\\");
            break;
        case '\n':
            raw("\\n");
            break;
        case '\r':
            raw("\\r");
            break;
        case '\t':
            raw("\\t");
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                raw(buf);
            } else {
                out_.push_back(static_cast<char>(c));
            }
        }
    }
    out_.push_back('"');
}

} // namespace famscope::report
