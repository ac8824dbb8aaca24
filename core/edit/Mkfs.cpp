#include "core/edit/Mkfs.h"

#include "core/edit/Backup.h"
#include "core/edit/HostIdentity.h"
#include "core/edit/MediaLock.h"
#include "core/edit/MountCheck.h"
#include "core/format/Constants.h"
#include "core/media/DaxDiscovery.h"
#include "core/media/DaxMedia.h"
#include "core/media/ImageMedia.h"

#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::edit {

using namespace famfs;

namespace {

constexpr uint64_t kFamfsMinDevice = uint64_t{4} << 30;
constexpr uint64_t kPage = 4096;

Status createSparseImage(const std::string& path, uint64_t size) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{"cannot create " + path + ": " + std::strerror(errno)};
    const int rc = ::ftruncate(fd, static_cast<off_t>(size));
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        ::unlink(path.c_str());
        return Error{"cannot size " + path + ": " + std::strerror(err)};
    }
    return Status::success();
}

// Zeroes [0, len) of `p`, skipping pages that are already zero so a sparse image stays sparse.
void zeroRange(uint8_t* p, uint64_t len) {
    static const uint8_t zeros[kPage] = {};
    for (uint64_t off = 0; off < len; off += kPage) {
        const uint64_t n = std::min(kPage, len - off);
        if (std::memcmp(p + off, zeros, n) != 0)
            std::memset(p + off, 0, n);
    }
}

Result<std::unique_ptr<media::Media>> openTarget(const std::string& path, const MkfsOptions& o,
                                                 bool& created) {
    struct stat st {};
    const bool exists = ::stat(path.c_str(), &st) == 0;
    if (o.devdax) {
        if (!exists || !S_ISCHR(st.st_mode))
            return Error{path + " is not a character device (devdax)"};
        const std::string name = path.substr(path.rfind('/') + 1);
        const media::DaxDeviceInfo info = media::readDaxDeviceSysfs(o.sysfsRoot, name);
        if (info.mode == "system-ram")
            return Error{path + " is onlined as system RAM; famfs needs it in devdax mode"};
        if (info.mode == "famfs")
            return Error{path + " is bound to the famfs driver; it is in use by a famfs mount"};
        auto dax = media::DaxMedia::open(path, media::Access::ReadWrite, o.sysfsRoot);
        if (!dax)
            return Error{dax.error()};
        return std::unique_ptr<media::Media>(std::move(dax.value()));
    }
    if (exists && S_ISCHR(st.st_mode))
        return Error{path + " is a device; pass the devdax option to format a device"};
    if (exists && !S_ISREG(st.st_mode))
        return Error{path + " is neither an image file nor a devdax device"};
    if (!exists) {
        if (!o.createSize)
            return Error{path + " does not exist; give a size to create the image"};
        if (Status s = createSparseImage(path, *o.createSize); !s)
            return Error{s.error()};
        created = true;
    } else if (o.createSize && static_cast<uint64_t>(st.st_size) != *o.createSize) {
        return Error{path + " exists with " + std::to_string(st.st_size) +
                     " bytes, not the size asked for"};
    }
    auto image = media::ImageMedia::open(path, media::Access::ReadWrite);
    if (!image)
        return Error{image.error()};
    return std::unique_ptr<media::Media>(std::move(image.value()));
}

} // namespace

bool validLogLength(uint64_t logLen) {
    return logLen >= kDefaultLogLen && std::has_single_bit(logLen);
}

namespace {

// Removes the image mkfs created unless the format completed: a failed mkfs leaves no file
// behind that was not there before.
class CreatedImageGuard {
public:
    CreatedImageGuard(const std::string& path, const bool& created)
        : path_(path), created_(created) {}
    ~CreatedImageGuard() {
        if (created_ && !done_)
            ::unlink(path_.c_str());
    }
    void keep() { done_ = true; }

private:
    const std::string& path_;
    const bool& created_;
    bool done_ = false;
};

Error refused(std::string message) {
    return Error{std::move(message), ErrorKind::Refused};
}

std::string tooSmall(const std::string& path, uint64_t size, uint64_t logLen) {
    return path + ": " + std::to_string(size) + " bytes cannot hold the superblock, a " +
           std::to_string(logLen >> 20) + " MiB log and any data";
}

} // namespace

Result<MkfsResult> makeFileSystem(const std::string& path, const MkfsOptions& o) {
    if (!validLogLength(o.logLen))
        return refused("log length " + std::to_string(o.logLen) +
                       " must be a power of two of at least 8 MiB");
    const uint64_t metadata = kLogOffset + o.logLen;
    // Checked before the image is created, so a size that cannot work creates nothing.
    if (o.createSize && *o.createSize < metadata + kAllocUnit)
        return refused(tooSmall(path, *o.createSize, o.logLen));
    if (auto mounted = mountedAs(path, o.mountInfoPath))
        return refused(path + " is " + *mounted + "; unmount it first");
    MkfsResult result;
    CreatedImageGuard guard(path, result.createdImage);
    auto opened = openTarget(path, o, result.createdImage);
    if (!opened)
        return refused(opened.error());
    media::Media& m = **opened;
    if (Status st = lockForWriting(m); !st)
        return refused(st.error());
    const uint64_t size = m.size();
    if (size < metadata + kAllocUnit)
        return refused(tooSmall(path, size, o.logLen));
    if (size < kFamfsMinDevice)
        result.notes.push_back("mkfs.famfs refuses devices under 4 GiB; famfs itself can use it");

    // Both windows are mapped (on an image: their blocks reserved) before anything is written,
    // so a full host disk fails here with the old file system untouched.
    auto sbMap = m.map(0, kSuperblockSize, media::Access::ReadWrite);
    if (!sbMap)
        return Error{sbMap.error()};
    Superblock sb = Superblock::decode(
        std::span<const uint8_t, kSuperblockSize>(sbMap->data(), kSuperblockSize));
    if (sb.magicValid() && sb.crcValid() && !o.force)
        return refused(path + " already has a famfs superblock (file system " + sb.uuid.toString() +
                       "); use --force to format it again");
    auto logMap = m.map(kLogOffset, o.logLen, media::Access::ReadWrite);
    if (!logMap)
        return Error{logMap.error()};

    famfs::Uuid systemUuid;
    if (o.systemUuid) {
        systemUuid = *o.systemUuid;
    } else {
        auto u = systemUuidForMkfs(o.systemUuidPath);
        if (!u)
            return refused(u.error());
        systemUuid = *u;
    }
    if (!result.createdImage && o.backup) {
        result.backupFile = o.backupPath.empty()
                                ? defaultBackupPath(path, m.kind() == media::MediaKind::DaxDevice)
                                : o.backupPath;
        if (Status st = writeBackup(m, metadata, result.backupFile); !st)
            return Error{st.error()};
    }

    // Three steps, each flushed before the next, so that a crash at any instant leaves the old
    // file system, the new one, or media that is plainly not famfs: (1) the old superblock's
    // magic is cleared, so the old superblock can never stand over a half-written log; (2) the
    // log is zeroed and its header written; (3) the new superblock, magic included, comes last.
    if (sb.magic != 0) {
        std::memset(sbMap->writableData(), 0, sizeof sb.magic);
        if (Status st = m.flush(0, kSuperblockSize); !st)
            return Error{st.error()};
    }
    zeroRange(logMap->writableData(), o.logLen);
    result.log = LogHeader::fresh(o.logLen);
    const auto h = result.log.encode();
    std::memcpy(logMap->writableData(), h.data(), h.size());
    if (Status st = m.flush(kLogOffset, o.logLen); !st)
        return Error{st.error()};

    // Only the fields mkfs.famfs assigns; sb_flags, padding and dd_uuid keep their bytes.
    sb.magic = kSuperMagic;
    sb.version = kCurrentVersion;
    sb.logOffset = kLogOffset;
    sb.logLen = o.logLen;
    sb.allocUnit = kAllocUnit;
    sb.omfMajor = kOmfMajor;
    sb.omfMinor = kOmfMinor;
    sb.uuid = o.uuid ? *o.uuid : randomUuid();
    sb.devUuid = o.devUuid ? *o.devUuid : randomUuid();
    sb.systemUuid = systemUuid;
    sb.ddSize = size;
    sb.setDaxdevPath(o.recordedDevicePath.empty() ? path : o.recordedDevicePath);
    sb.seal();
    const auto bytes = sb.encode();
    std::memcpy(sbMap->writableData(), bytes.data(), bytes.size());
    if (Status st = m.flush(0, kSuperblockSize); !st)
        return Error{st.error()};
    result.sb = sb;
    guard.keep();
    return result;
}

} // namespace famscope::edit
