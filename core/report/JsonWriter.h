// A streaming JSON writer, for the CLI and the GUI's exports alike. QJsonValue stores numbers as
// double or qint64, so 64-bit fields from media (corrupt ones can be anything up to 2^64-1) would
// be rounded or wrapped; famscope promises exact JSON numbers, hence this small writer. It also
// streams 123k-entry logs without building a DOM.
#pragma once

#include "core/report/TextSink.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace famscope::report {

class JsonWriter {
public:
    explicit JsonWriter(bool pretty = true) : pretty_(pretty) {}
    // Hands the text to `sink` a chunk at a time as it is written (finish() passes the rest),
    // instead of keeping it all for data().
    JsonWriter(bool pretty, TextSink sink) : sink_(std::move(sink)), pretty_(pretty) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(uint64_t v);
    JsonWriter& value(int64_t v);
    JsonWriter& value(uint32_t v) { return value(uint64_t{v}); }
    JsonWriter& value(int v) { return value(int64_t{v}); }
    JsonWriter& value(double v);
    JsonWriter& value(bool v);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& null();

    template <class T> JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }

    // The text written so far; with a sink, only what it has not been handed yet.
    const std::string& data() const { return out_; }
    // Ends the document with a newline and hands what is left to the sink.
    void finish();

private:
    void separate();
    template <class Integer> void integer(Integer v);
    void writeString(std::string_view s);
    void newline();
    void raw(std::string_view s) { out_.append(s); }

    std::string out_;
    TextSink sink_;
    std::vector<bool> hasItems_; // one per open container
    bool afterKey_ = false;
    bool pretty_;
};

} // namespace famscope::report
