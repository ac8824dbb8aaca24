#include "core/bench/FileSource.h"

#include "core/bench/PageSize.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace famscope::bench {

FileSource::FileSource(int fd, std::string description, std::vector<Piece> pieces, uint64_t length,
                       uint64_t pageSize, uint64_t addressAlign, bool write)
    : fd_(fd), description_(std::move(description)), pieces_(std::move(pieces)), length_(length),
      pageSize_(pageSize), addressAlign_(addressAlign), write_(write) {}

FileSource::~FileSource() {
    if (fd_ >= 0)
        ::close(fd_);
}

Result<std::unique_ptr<FileSource>> FileSource::create(int fd, std::string description,
                                                       std::vector<Piece> pieces, uint64_t pageSize,
                                                       uint64_t offsetAlign, bool write) {
    if (pieces.empty())
        return Error{"nothing to map"};
    const uint64_t align = offsetAlign < kPage4K ? kPage4K : offsetAlign;
    uint64_t length = 0;
    for (const Piece& p : pieces) {
        if (p.fdOffset % align != 0 || p.length % align != 0 || p.length == 0)
            return Error{"a piece at offset " + std::to_string(p.fdOffset) + " of length " +
                         std::to_string(p.length) + " is not aligned to " + pageSizeText(align) +
                         ", so it cannot be mapped"};
        if (length + p.length < length)
            return Error{"mapping size overflows"};
        length += p.length;
    }
    const int dup = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (dup < 0) {
        const int err = errno;
        return Error{std::string("cannot duplicate the target descriptor: ") + std::strerror(err)};
    }
    // 2 MiB at least, so that a page-cache file can get PMD mappings.
    const uint64_t addressAlign = std::max({kPage2M, pageSize, align});
    return std::unique_ptr<FileSource>(new FileSource(
        dup, std::move(description), std::move(pieces), length, pageSize, addressAlign, write));
}

std::string FileSource::populateMethod() const {
    return write_ ? "MAP_POPULATE + MADV_POPULATE_WRITE" : "MAP_POPULATE";
}

Result<Region> FileSource::map(bool populate) {
    MapRequest request;
    request.fd = fd_;
    request.pieces = pieces_;
    request.write = write_;
    request.align = addressAlign_;
    request.populate = populate;
    auto region = Region::map(request);
    // MAP_POPULATE on a shared mapping only read-faults; a write benchmark prefaults for write.
    if (region && populate && write_ &&
        ::madvise(region->data(), region->size(), MADV_POPULATE_WRITE) != 0) {
        const int err = errno;
        return Error{std::string("MADV_POPULATE_WRITE failed: ") + std::strerror(err)};
    }
    return region;
}

} // namespace famscope::bench
