#include "core/edit/MediaLock.h"

#include "core/media/DaxMedia.h"
#include "core/media/ImageMedia.h"

#include <cerrno>
#include <cstring>
#include <sys/file.h>

namespace famscope::edit {

Status lockForWriting(media::Media& media) {
    int fd = -1;
    if (auto* image = dynamic_cast<media::ImageMedia*>(&media))
        fd = image->fd();
    else if (auto* dax = dynamic_cast<media::DaxMedia*>(&media))
        fd = dax->fd();
    if (fd < 0)
        return Status::success();
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR)
            continue;
        if (errno == EWOULDBLOCK)
            return Error{media.path() + " is being written by another famscope process " +
                         "(it holds the write lock); try again when it has finished"};
        return Error{"cannot lock " + media.path() + ": " + std::strerror(errno)};
    }
    return Status::success();
}

} // namespace famscope::edit
