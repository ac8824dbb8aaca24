// openMedia(): picks the Media implementation from the file type, so callers can pass either
// an image file or /dev/daxX.Y and get a clear message for anything else.
#include "core/media/DaxDiscovery.h"
#include "core/media/DaxMedia.h"
#include "core/media/ImageMedia.h"
#include "core/media/Media.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace famscope::media {

namespace {

std::string fileTypeName(const struct stat& st) {
    if (S_ISCHR(st.st_mode))
        return "character device " + std::to_string(major(st.st_rdev)) + ":" +
               std::to_string(minor(st.st_rdev));
    if (S_ISBLK(st.st_mode))
        return "block device";
    if (S_ISFIFO(st.st_mode))
        return "FIFO";
    if (S_ISSOCK(st.st_mode))
        return "socket";
    return "unknown file type";
}

template <class M> Result<std::unique_ptr<Media>> upcast(Result<std::unique_ptr<M>> r) {
    if (!r)
        return Error{r.error(), ErrorKind::CannotOpen};
    return std::unique_ptr<Media>(std::move(*r));
}

} // namespace

Result<std::unique_ptr<Media>> openMedia(const std::string& path, Access access) {
    if (path.empty())
        return Error{"no media path given", ErrorKind::CannotOpen};
    // stat() first so that a FIFO or a tty is rejected without ever being opened.
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        const int err = errno;
        std::string why = "cannot open " + path + ": " + std::strerror(err);
        if (const std::string mode = daxModeReason(path); !mode.empty())
            why += "; " + mode; // a dax device in another mode may have lost its node
        return Error{why, ErrorKind::CannotOpen};
    }
    if (S_ISDIR(st.st_mode))
        return Error{path + " is a directory", ErrorKind::CannotOpen};
    if (S_ISREG(st.st_mode))
        return upcast(ImageMedia::open(path, access));
    if (S_ISCHR(st.st_mode) && isDaxCharDevice("/sys", major(st.st_rdev), minor(st.st_rdev))) {
        auto dax = DaxMedia::open(path, access);
        // A device onlined as system RAM keeps its node, which then refuses to open (ENXIO).
        if (!dax)
            if (const std::string mode = daxModeReason(path); !mode.empty())
                return Error{dax.error() + "; " + mode, ErrorKind::CannotOpen};
        return upcast(std::move(dax));
    }
    return Error{path + " is not a regular file or a devdax device (" + fileTypeName(st) + ")",
                 ErrorKind::CannotOpen};
}

} // namespace famscope::media
