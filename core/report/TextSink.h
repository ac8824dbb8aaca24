// Where a long report goes while it is made. `info --json` of a full 256 MiB log is 470 MB of
// text; built whole before it was printed, it took 1.6 GiB of memory. The CLI passes each piece
// on to stdout instead, a megabyte at a time.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace famscope::report {

using TextSink = std::function<void(std::string_view)>;

// How much text a report gathers before it hands it to its sink: few, large writes.
inline constexpr size_t kTextChunk = size_t{1} << 20;

// Hands `text` to `sink` and empties it once it holds a chunk or more.
inline void passOnFull(std::string& text, const TextSink& sink) {
    if (text.size() >= kTextChunk) {
        sink(text);
        text.clear();
    }
}

} // namespace famscope::report
