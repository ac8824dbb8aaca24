#include "core/bench/MemfdSource.h"

#include "core/bench/PageSize.h"
#include "core/media/DaxMedia.h"

#include <cerrno>
#include <cstring>
#include <linux/memfd.h>
#include <sys/mman.h>
#include <unistd.h>

namespace famscope::bench {

std::string hugetlbSysfsDir(uint64_t pageSize, const std::string& sysfsRoot) {
    return sysfsRoot + "/kernel/mm/hugepages/hugepages-" + std::to_string(pageSize / 1024) + "kB";
}

Status hugetlbAvailable(uint64_t pageSize, uint64_t bytes, const std::string& sysfsRoot) {
    const std::string dir = hugetlbSysfsDir(pageSize, sysfsRoot);
    const auto total = media::readSysfsU64(dir + "/nr_hugepages");
    const auto free = media::readSysfsU64(dir + "/free_hugepages");
    if (!total || !free)
        return Error{"this kernel offers no " + pageSizeText(pageSize) + " hugetlb pages (" + dir +
                     " is missing)"};
    const uint64_t need = (bytes + pageSize - 1) / pageSize;
    if (*free >= need)
        return Status::success();
    return Error{std::to_string(need) + " free " + pageSizeText(pageSize) +
                 " hugetlb pages needed, " + std::to_string(*free) + " free (" +
                 std::to_string(*total) + " reserved); reserve them as root with: echo " +
                 std::to_string(*total + need - *free) + " > " + dir + "/nr_hugepages"};
}

Result<std::unique_ptr<MemfdSource>> MemfdSource::create(MemfdKind kind, uint64_t pageSize,
                                                         uint64_t length, bool write) {
    if (kind == MemfdKind::Shmem4K && pageSize != kPage4K)
        return Error{"plain memfd memory has 4 KiB pages; use the hugetlb or thp target for " +
                     pageSizeText(pageSize)};
    if (kind == MemfdKind::ShmemThp && pageSize != kPage2M)
        return Error{"transparent huge pages on shmem are 2 MiB; " + pageSizeText(pageSize) +
                     " is not offered"};
    if (kind == MemfdKind::Hugetlb && pageSize != kPage2M && pageSize != kPage1G)
        return Error{"hugetlb memfd offers 2 MiB and 1 GiB pages, not " + pageSizeText(pageSize)};
    if (length == 0 || length % pageSize != 0)
        return Error{"memfd length must be a non-zero multiple of the page size"};
    if (kind == MemfdKind::Hugetlb)
        if (Status s = hugetlbAvailable(pageSize, length); !s)
            return Error{s.error()};
    return std::unique_ptr<MemfdSource>(new MemfdSource(kind, pageSize, length, write));
}

MemfdSource::~MemfdSource() {
    closeFd();
}

void MemfdSource::closeFd() {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
}

std::string MemfdSource::describe() const {
    switch (kind_) {
    case MemfdKind::Shmem4K:
        return "memfd (shmem, 4 KiB pages, MADV_NOHUGEPAGE)";
    case MemfdKind::Hugetlb:
        return "memfd (hugetlb, " + pageSizeText(pageSize_) + " pages)";
    case MemfdKind::ShmemThp:
        return "memfd (shmem, transparent huge pages, MADV_HUGEPAGE)";
    }
    return "memfd";
}

Status MemfdSource::prepare() {
    closeFd();
    unsigned flags = MFD_CLOEXEC;
    if (kind_ == MemfdKind::Hugetlb)
        flags |= MFD_HUGETLB | (pageSize_ == kPage1G ? MFD_HUGE_1GB : MFD_HUGE_2MB);
    fd_ = ::memfd_create("famscope-bench", flags);
    if (fd_ < 0) {
        const int err = errno;
        return Error{std::string("memfd_create failed: ") + std::strerror(err)};
    }
    if (::ftruncate(fd_, static_cast<off_t>(length_)) != 0) {
        const int err = errno;
        closeFd();
        return Error{"cannot size the memfd to " + std::to_string(length_) +
                     " bytes: " + std::strerror(err)};
    }
    return Status::success();
}

std::string MemfdSource::populateMethod() const {
    if (kind_ == MemfdKind::Hugetlb)
        return "MAP_POPULATE";
    return write_ ? "MADV_POPULATE_WRITE" : "MADV_POPULATE_READ";
}

Result<Region> MemfdSource::map(bool populate) {
    if (fd_ < 0)
        if (Status s = prepare(); !s)
            return Error{s.error()};
    MapRequest request;
    request.fd = fd_;
    request.pieces = {{0, length_}};
    request.write = write_;
    request.align = pageSize_ < kPage2M ? kPage2M : pageSize_;
    // The THP hint must be in place before the first fault, so shmem populates with madvise
    // after it; hugetlb needs no hint and uses MAP_POPULATE itself.
    const bool hinted = kind_ != MemfdKind::Hugetlb;
    request.populate = populate && !hinted;
    auto region = Region::map(request);
    if (!region)
        return region;
    if (hinted) {
        const int advice = kind_ == MemfdKind::ShmemThp ? MADV_HUGEPAGE : MADV_NOHUGEPAGE;
        // A kernel without transparent huge pages rejects both hints with EINVAL; its shmem
        // has 4 KiB pages only, which is what NOHUGEPAGE asks for and what the page check
        // then reports (flagged) for HUGEPAGE.
        if (::madvise(region->data(), region->size(), advice) != 0 && errno != EINVAL) {
            const int err = errno;
            return Error{std::string("madvise(") +
                         (advice == MADV_HUGEPAGE ? "MADV_HUGEPAGE" : "MADV_NOHUGEPAGE") +
                         ") failed: " + std::strerror(err)};
        }
        if (populate) {
            const int how = write_ ? MADV_POPULATE_WRITE : MADV_POPULATE_READ;
            if (::madvise(region->data(), region->size(), how) != 0) {
                const int err = errno;
                return Error{"populating the memfd mapping failed: " +
                             std::string(std::strerror(err))};
            }
        }
    }
    return region;
}

} // namespace famscope::bench
