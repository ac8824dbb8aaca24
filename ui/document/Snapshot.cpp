#include "ui/document/Snapshot.h"

namespace famscope::ui {

uint64_t Snapshot::entryOffset(uint64_t index) const {
    const uint64_t logOffset = fs().sb.magicValid() ? fs().sb.logOffset : famfs::kLogOffset;
    return logOffset + famfs::kLogHeaderSize + index * famfs::kLogEntrySize;
}

} // namespace famscope::ui
