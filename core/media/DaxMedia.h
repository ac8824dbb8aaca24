// A devdax character device (/dev/daxX.Y): CXL or persistent memory exposed as one flat range.
// devdax supports only mmap (no read()/write()), and every mapping offset and length must be a
// multiple of the device alignment (2 MiB typical), so map() widens each request to whole
// alignment units and hands back a pointer at the exact byte asked for.
#pragma once

#include "core/media/Media.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace famscope::media {

// Used when sysfs has no `align` attribute (kernels before 5.10): devdax then maps 2 MiB pages.
inline constexpr uint64_t kDefaultDaxAlignment = 2 * 1024 * 1024;

struct DaxGeometry {
    uint64_t size = 0;
    uint64_t alignment = kDefaultDaxAlignment;
};

// Small sysfs readers. Attributes are short text files; these return the text with the
// trailing newline removed, or the number it holds (decimal or 0x-hex), or nullopt.
std::optional<std::string> readSysfsText(const std::string& path);
std::optional<uint64_t> readSysfsU64(const std::string& path);
std::optional<int64_t> readSysfsI64(const std::string& path);
// Basename of a symlink's target ("…/drivers/device_dax" -> "device_dax"), or nullopt.
std::optional<std::string> readSysfsLinkName(const std::string& path);

// <sysfsRoot>/dev/char/MAJ:MIN, the sysfs directory of a character device.
std::string charDeviceSysfsDir(const std::string& sysfsRoot, unsigned major, unsigned minor);
// True when sysfs says the character device MAJ:MIN belongs to the dax subsystem.
bool isDaxCharDevice(const std::string& sysfsRoot, unsigned major, unsigned minor);
// Size and alignment of the dax device MAJ:MIN, from its `size` and `align` attributes.
Result<DaxGeometry> readDaxGeometry(const std::string& sysfsRoot, unsigned major, unsigned minor);

class DaxMedia final : public Media {
public:
    // `sysfsRoot` is where the device's size and alignment are looked up ("/sys"; tests point
    // it at a fake tree).
    static Result<std::unique_ptr<DaxMedia>> open(const std::string& path, Access access,
                                                  const std::string& sysfsRoot = "/sys");

    ~DaxMedia() override;
    DaxMedia(const DaxMedia&) = delete;
    DaxMedia& operator=(const DaxMedia&) = delete;

    MediaKind kind() const override { return MediaKind::DaxDevice; }
    std::string path() const override { return path_; }
    uint64_t size() const override { return geometry_.size; }
    uint64_t alignment() const override { return geometry_.alignment; }
    bool writable() const override { return writable_; }

    // Mappings keep the device mapped on their own and may outlive this object.
    Result<Mapping> map(uint64_t offset, uint64_t len, Access access) override;
    // devdax memory bypasses the page cache, so msync does nothing useful: on x86_64 this
    // writes back and invalidates the CPU cache lines of the range (clflushopt or clflush,
    // then sfence; media/CacheFlush.h), which also makes the next read see what another host wrote.
    Status flush(uint64_t offset, uint64_t len) override;

    int fd() const { return fd_; }

private:
    DaxMedia(std::string path, int fd, DaxGeometry geometry, bool writable);
    // The alignment-rounded window covering [offset, offset+len), or an error.
    Result<std::pair<uint64_t, uint64_t>> window(uint64_t offset, uint64_t len) const;

    std::string path_;
    int fd_;
    DaxGeometry geometry_;
    bool writable_;
};

} // namespace famscope::media
