#include "core/fsck/PathChecks.h"

#include <cstring>
#include <string>
#include <string_view>

namespace famscope::fsck {

using namespace famfs;

namespace {
// C0 controls, DEL, and the C1 controls U+0080..U+009F (UTF-8 C2 80..C2 9F), which some
// terminals obey like ESC sequences.
bool hasControlCharacter(std::string_view path) {
    for (size_t i = 0; i < path.size(); ++i) {
        const auto c = static_cast<unsigned char>(path[i]);
        if (c < 0x20 || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < path.size() && static_cast<unsigned char>(path[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(path[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}
} // namespace

bool PathChecks::run(uint64_t index, const PathField& field, const char* fieldName,
                     uint64_t fieldOffset, FindingSink& sink) {
    // A view into the entry: a finding copies it, a clean path costs no allocation.
    const void* nul = std::memchr(field.data(), 0, field.size());
    const bool terminated = nul != nullptr;
    const std::string_view path(
        reinterpret_cast<const char*>(field.data()),
        terminated ? static_cast<size_t>(static_cast<const uint8_t*>(nul) - field.data())
                   : field.size());
    auto where = [&] { return entryLocation(index, std::string(path), fieldName, fieldOffset); };
    if (!terminated) {
        report(sink, codes::PathUnterminated, where(),
               "the path has no NUL within its 80 bytes (longer than the 79-character "
               "maximum); famfs reads past the field");
        return false;
    }
    if (path.empty()) {
        report(sink, codes::PathEmpty, where(), "the path is empty; famfs skips the entry");
        return false;
    }
    if (path.front() == '/') {
        report(sink, codes::PathAbsolute, where(),
               "the path is absolute; famfs skips the entry (\"path is not relative\")");
        return false;
    }
    if (path.size() == kMaxPathLen - 1)
        report(sink, codes::PathMaxLength, where(),
               "the path has the maximum 79 characters: famfs writers truncate longer paths "
               "silently, so this name may have been cut");
    if (hasControlCharacter(path))
        report(sink, codes::PathControlChar, where(),
               "the path holds a control character (shown escaped): a tool that prints the "
               "name raw lets it move the cursor, clear the screen or forge a line");
    bool dot = false;
    bool dotdot = false;
    std::string_view rest(path);
    while (true) {
        const size_t slash = rest.find('/');
        const std::string_view part = rest.substr(0, slash);
        dot = dot || part.empty() || part == ".";
        dotdot = dotdot || part == "..";
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    if (dot)
        report(sink, codes::PathDot, where(),
               "the path has a '.' or empty component; famfs resolves it with realpath(), so "
               "the name on mount differs from the logged one");
    if (dotdot)
        report(sink, codes::PathDotDot, where(),
               "the path has a '..' component; famfs does not reject it and may create the "
               "entry elsewhere, even outside the mount");
    return true;
}

} // namespace famscope::fsck
