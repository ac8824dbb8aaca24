// For the commands that load a whole log and end the process once they have printed: their
// loaded file system is not destroyed. Destroying it would read every decoded entry once more
// (2.6 to 3.1 % of `famscope info` and `fsck` on a full 64 MiB log) only to free memory that
// the process's exit frees anyway.
#pragma once

#include <utility>
#include <vector>

namespace famscope::cli {

// Moves `value` into storage that lives until the process exits. It stays reachable from a
// static pointer, so that LeakSanitizer does not report it (nor what its arrays point to: the
// large ones are mapped, and fs::BulkAllocator declares them to LeakSanitizer).
template <class T> void keepUntilExit(T value) {
    static auto* kept = new std::vector<T*>;
    kept->push_back(new T(std::move(value)));
}

} // namespace famscope::cli
