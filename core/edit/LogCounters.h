// The commit point of every log write: next_seqnum (log + 32) and next_index (log + 40) in one
// aligned 16-byte store, then flushed. A process killed at any instant leaves both old or both
// new, so a reader never sees an index without its seqnum (famfs-format.md 3.2).
#pragma once

#include "core/Result.h"
#include "core/media/Media.h"

#include <cstdint>

namespace famscope::edit {

// Sets next_seqnum and next_index to count (famfs keeps them equal).
Status storeLogCounters(media::Media& media, uint64_t count);

} // namespace famscope::edit
