// The shape of one logged path: empty, absolute, '.', '..' or empty components, missing NUL,
// control characters, and the 79-character length at which famfs writers silently truncate.
#pragma once

#include "core/fsck/CheckContext.h"

#include "core/format/LogEntry.h"

namespace famscope::fsck {

class PathChecks {
public:
    // `fieldOffset` is the path field's offset in the entry (fm_relpath or md_relpath).
    // Returns false when the path is unusable (empty, absolute, unterminated): famfs does not
    // instantiate such an entry.
    static bool run(uint64_t index, const famfs::PathField& field, const char* fieldName,
                    uint64_t fieldOffset, FindingSink& sink);
};

} // namespace famscope::fsck
