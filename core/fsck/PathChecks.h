// The shape of one logged path: empty, absolute, '.', '..' or empty components, missing NUL,
// control characters, and the 79-character length at which famfs writers silently truncate.
#pragma once

#include "core/fsck/CheckContext.h"

#include "core/format/LogEntry.h"

#include <string_view>

namespace famscope::fsck {

// What run() reports on, gathered in one pass over the field.
struct PathShape {
    std::string_view path; // up to the NUL, or all 80 bytes without one
    bool terminated = false;
    bool controlCharacter = false; // C0, DEL, or a C1 control U+0080..U+009F (C2 80..C2 9F),
                                   // which some terminals obey like ESC sequences
    bool dot = false;              // an empty or "." component
    bool dotdot = false;           // a ".." component
    bool operator==(const PathShape&) const = default;
};

// The shape of a path field: a plain one (famfs::plainPathLength()) has no flag set; any other
// is read byte by byte. pathShapeByteByByte() is the reference the tests hold it to.
// `plainLength` is plainPathLength(field) when the caller has it already, else 0.
PathShape pathShape(const famfs::PathField& field, size_t plainLength = 0);
PathShape pathShapeByteByByte(const famfs::PathField& field);

struct PathVerdict {
    // False when the path is unusable (empty, absolute, unterminated): famfs does not
    // instantiate such an entry.
    bool usable = false;
    // The path up to its NUL, a view into the field; empty when there is no NUL (famfs cannot
    // use it). The other checks of the entry name the file by it, so it is found only once.
    std::string_view path;
};

class PathChecks {
public:
    // `fieldOffset` is the path field's offset in the entry (fm_relpath or md_relpath).
    // `plainLength` as for pathShape().
    static PathVerdict run(uint64_t index, const famfs::PathField& field, const char* fieldName,
                           uint64_t fieldOffset, FindingSink& sink, size_t plainLength = 0) {
        // Most paths of a log are plain and shorter than the maximum: nothing to report, and
        // no call (a full log has 123,361 of them).
        if (plainLength != 0 && plainLength < famfs::kMaxPathLen - 1)
            return {true, {reinterpret_cast<const char*>(field.data()), plainLength}};
        return runAll(index, field, fieldName, fieldOffset, sink, plainLength);
    }

private:
    static PathVerdict runAll(uint64_t index, const famfs::PathField& field, const char* fieldName,
                              uint64_t fieldOffset, FindingSink& sink, size_t plainLength);
};

} // namespace famscope::fsck
