#include "core/bench/Smaps.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace famscope::bench {

namespace {

bool parseHex(std::string_view s, uint64_t& out) {
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out, 16);
    return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
}

// "0123abc-0123def rw-s ..." -> the address range, or false for a field line.
bool parseVmaHeader(std::string_view line, uint64_t& start, uint64_t& end) {
    const size_t dash = line.find('-');
    const size_t space = line.find(' ');
    if (dash == std::string_view::npos || space == std::string_view::npos || dash > space)
        return false;
    return parseHex(line.substr(0, dash), start) &&
           parseHex(line.substr(dash + 1, space - dash - 1), end);
}

// "Name:   1234 kB" -> bytes.
bool parseField(std::string_view line, std::string_view& name, uint64_t& bytes) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos)
        return false;
    name = line.substr(0, colon);
    std::string_view rest = line.substr(colon + 1);
    while (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc())
        return false;
    const std::string_view unit(ptr, static_cast<size_t>(rest.data() + rest.size() - ptr));
    bytes = unit.find("kB") != std::string_view::npos ? value * 1024 : value;
    return true;
}

} // namespace

SmapsPages parseSmaps(std::string_view text, uint64_t begin, uint64_t end) {
    SmapsPages pages;
    bool inRange = false;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        const std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        uint64_t vmaStart = 0, vmaEnd = 0;
        if (parseVmaHeader(line, vmaStart, vmaEnd)) {
            inRange = vmaStart < end && begin < vmaEnd;
            if (inRange)
                ++pages.vmas;
            continue;
        }
        if (!inRange)
            continue;
        std::string_view name;
        uint64_t bytes = 0;
        if (!parseField(line, name, bytes))
            continue;
        if (name == "KernelPageSize")
            pages.kernelPageSize = std::max(pages.kernelPageSize, bytes);
        else if (name == "Rss")
            pages.rss += bytes;
        else if (name == "AnonHugePages")
            pages.anonHugePages += bytes;
        else if (name == "ShmemPmdMapped")
            pages.shmemPmdMapped += bytes;
        else if (name == "FilePmdMapped")
            pages.filePmdMapped += bytes;
        else if (name == "Private_Hugetlb" || name == "Shared_Hugetlb")
            pages.hugetlb += bytes;
    }
    return pages;
}

Result<SmapsPages> readSelfSmaps(uint64_t begin, uint64_t end) {
    const int fd = ::open("/proc/self/smaps", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        return Error{std::string("cannot read /proc/self/smaps: ") + std::strerror(err)};
    }
    std::string text;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return parseSmaps(text, begin, end);
}

} // namespace famscope::bench
