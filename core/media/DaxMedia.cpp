#include "core/media/DaxMedia.h"

#include "core/media/CacheFlush.h"
#include "core/media/MmapWindow.h"

#include <cerrno>
#include <charconv>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace famscope::media {

namespace {

std::string trim(std::string s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

bool isPowerOfTwo(uint64_t v) {
    return v != 0 && (v & (v - 1)) == 0;
}

} // namespace

std::optional<std::string> readSysfsText(const std::string& path) {
    // O_NONBLOCK: a fake tree in a test could hold a FIFO; sysfs files never block anyway.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return std::nullopt;
    char buf[4096];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    if (n < 0)
        return std::nullopt;
    return trim(std::string(buf, static_cast<size_t>(n)));
}

std::optional<uint64_t> readSysfsU64(const std::string& path) {
    const auto text = readSysfsText(path);
    if (!text || text->empty())
        return std::nullopt;
    const char* first = text->data();
    const char* last = first + text->size();
    int base = 10;
    if (text->size() > 2 && (*text)[0] == '0' && ((*text)[1] == 'x' || (*text)[1] == 'X')) {
        first += 2;
        base = 16;
    }
    uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(first, last, value, base);
    if (ec != std::errc() || ptr != last)
        return std::nullopt;
    return value;
}

std::optional<int64_t> readSysfsI64(const std::string& path) {
    const auto text = readSysfsText(path);
    if (!text || text->empty())
        return std::nullopt;
    int64_t value = 0;
    const char* last = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), last, value);
    if (ec != std::errc() || ptr != last)
        return std::nullopt;
    return value;
}

std::optional<std::string> readSysfsLinkName(const std::string& path) {
    char buf[PATH_MAX];
    const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf);
    if (n <= 0 || static_cast<size_t>(n) >= sizeof buf)
        return std::nullopt;
    std::string target(buf, static_cast<size_t>(n));
    while (target.size() > 1 && target.back() == '/')
        target.pop_back();
    const auto slash = target.rfind('/');
    std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
    if (name.empty() || name == "." || name == "..")
        return std::nullopt;
    return name;
}

std::string charDeviceSysfsDir(const std::string& sysfsRoot, unsigned major, unsigned minor) {
    return sysfsRoot + "/dev/char/" + std::to_string(major) + ":" + std::to_string(minor);
}

bool isDaxCharDevice(const std::string& sysfsRoot, unsigned major, unsigned minor) {
    // The link points at /sys/bus/dax, or /sys/class/dax on kernels in dax class-compat mode.
    return readSysfsLinkName(charDeviceSysfsDir(sysfsRoot, major, minor) + "/subsystem") ==
           std::optional<std::string>("dax");
}

Result<DaxGeometry> readDaxGeometry(const std::string& sysfsRoot, unsigned major, unsigned minor) {
    const std::string dir = charDeviceSysfsDir(sysfsRoot, major, minor);
    DaxGeometry g;
    const auto size = readSysfsU64(dir + "/size");
    if (!size)
        return Error{"cannot read the size of dax device " + std::to_string(major) + ":" +
                     std::to_string(minor) + " from " + dir + "/size"};
    g.size = *size;
    // Per-device `align` appeared in Linux 5.10; before that the region's alignment applies
    // (the device directory sits inside its region's directory), else the 2 MiB default.
    std::string alignPath = dir + "/align";
    auto align = readSysfsU64(alignPath);
    if (!align) {
        alignPath = dir + "/../dax_region/align";
        align = readSysfsU64(alignPath);
    }
    if (align) {
        if (!isPowerOfTwo(*align))
            return Error{alignPath + " holds an invalid alignment: " + std::to_string(*align)};
        g.alignment = *align;
    }
    return g;
}

Result<std::unique_ptr<DaxMedia>> DaxMedia::open(const std::string& path, Access access,
                                                 const std::string& sysfsRoot) {
    struct stat st {};
    auto opened = openAndStat(path, access, st);
    if (!opened)
        return Error{opened.error()};
    const int fd = *opened;
    if (!S_ISCHR(st.st_mode)) {
        ::close(fd);
        return Error{path + " is not a devdax device (not a character device)"};
    }
    const unsigned maj = major(st.st_rdev);
    const unsigned min = minor(st.st_rdev);
    if (!isDaxCharDevice(sysfsRoot, maj, min)) {
        ::close(fd);
        return Error{path + " is not a devdax device (" + charDeviceSysfsDir(sysfsRoot, maj, min) +
                     " is not in the dax subsystem)"};
    }
    auto geometry = readDaxGeometry(sysfsRoot, maj, min);
    if (!geometry) {
        ::close(fd);
        return Error{path + ": " + geometry.error()};
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return std::unique_ptr<DaxMedia>(
        new DaxMedia(path, fd, *geometry, access == Access::ReadWrite));
}

DaxMedia::DaxMedia(std::string path, int fd, DaxGeometry geometry, bool writable)
    : path_(std::move(path)), fd_(fd), geometry_(geometry), writable_(writable) {}

DaxMedia::~DaxMedia() {
    ::close(fd_);
}

Result<std::pair<uint64_t, uint64_t>> DaxMedia::window(uint64_t offset, uint64_t len) const {
    const uint64_t align = geometry_.alignment;
    const uint64_t start = offset - offset % align;
    const uint64_t end = offset + len; // no overflow: contains() was checked
    const uint64_t rem = end % align;
    const uint64_t pad = rem == 0 ? 0 : align - rem;
    // A device whose size is not a multiple of its alignment has a tail devdax cannot map.
    if (pad > geometry_.size - end)
        return Error{"cannot map " + rangeText(offset, len) + " of " + path_ + ": rounded to the " +
                     std::to_string(align) + "-byte device alignment it ends past the end (" +
                     std::to_string(geometry_.size) + " bytes)"};
    return std::make_pair(start, end + pad - start);
}

Result<Mapping> DaxMedia::map(uint64_t offset, uint64_t len, Access access) {
    if (!contains(offset, len))
        return Error{rangeText(offset, len) + " is outside " + path_ + " (" +
                     std::to_string(geometry_.size) + " bytes)"};
    if (access == Access::ReadWrite && !writable_)
        return Error{path_ + " is open read-only"};
    if (len == 0)
        return Mapping();
    auto win = window(offset, len);
    if (!win)
        return Error{win.error()};
    const auto [start, mapLen] = *win;
    return mmapWindow(fd_, start, mapLen, offset, len, access, path_);
}

Status DaxMedia::flush(uint64_t offset, uint64_t len) {
    if (!contains(offset, len))
        return Error{"cannot flush " + rangeText(offset, len) + ": outside " + path_ + " (" +
                     std::to_string(geometry_.size) + " bytes)"};
    if (len == 0)
        return Status::success();
    auto win = window(offset, len);
    if (!win)
        return Error{win.error()};
    const auto [start, mapLen] = *win;
    // A short-lived read-only mapping is enough: clflush needs read access only, and it acts
    // on the physical lines, which every mapping of the device shares.
    void* addr = ::mmap(nullptr, mapLen, PROT_READ, MAP_SHARED, fd_, static_cast<off_t>(start));
    if (addr == MAP_FAILED) {
        const int err = errno;
        return Error{"cannot map " + path_ + " to flush it: " + errnoText(err)};
    }
    auto flushed = flushMappedRange(addr, mapLen, offset - start, len, path_);
    ::munmap(addr, mapLen);
    if (!flushed)
        return Error{flushed.error()};
    return Status::success();
}

} // namespace famscope::media
