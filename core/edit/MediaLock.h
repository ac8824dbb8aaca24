// The writer's exclusive lock: flock(LOCK_EX | LOCK_NB) on the media's own descriptor, held
// for as long as the media object is open. A second writer (another famscope, in this or any
// other process) is refused at once instead of waiting or interleaving its log appends.
#pragma once

#include "core/Result.h"
#include "core/media/Media.h"

namespace famscope::edit {

// Fails with a clear message when another writer holds the lock, or when the media has no
// descriptor to lock (in-memory media cannot be shared, so they need no lock: success).
Status lockForWriting(media::Media& media);

} // namespace famscope::edit
