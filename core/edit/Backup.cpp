#include "core/edit/Backup.h"

#include "core/SystemCall.h"
#include "core/edit/HostFile.h"

#include "core/format/ByteOrder.h"
#include "core/format/Crc.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <new>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::edit {

using famfs::load32;
using famfs::load64;
using famfs::store32;
using famfs::store64;

namespace {

constexpr char kMagic[8] = {'F', 'S', 'C', 'P', 'B', 'A', 'K', '1'};
constexpr size_t kHeaderSize = 4096;

} // namespace

Status writeBackup(media::Media& media, uint64_t length, const std::string& path) {
    auto m = media.map(0, length, media::Access::ReadOnly);
    if (!m)
        return Error{"cannot read the metadata region to back it up: " + m.error()};
    uint8_t header[kHeaderSize] = {};
    std::memcpy(header, kMagic, sizeof kMagic);
    store64(header + 8, 0);
    store64(header + 16, length);
    store64(header + 24, media.size());
    store32(header + 32, famfs::crc32Of(m->data(), static_cast<size_t>(length)));
    store64(header + 40, static_cast<uint64_t>(std::time(nullptr)));
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{sysError("cannot create backup " + path)};
    Status st = writeAll(fd, header, sizeof header);
    if (st)
        st = writeAll(fd, m->data(), static_cast<size_t>(length));
    if (st && ::fsync(fd) != 0)
        st = Error{sysError("fsync " + path)};
    ::close(fd);
    if (!st) {
        ::unlink(path.c_str());
        return Error{"backup " + path + " failed: " + st.error()};
    }
    return Status::success();
}

// A sparse file can claim any size; a region too large for memory is an error, not a crash.
static bool allocate(std::vector<uint8_t>& data, uint64_t length) {
    try {
        data.assign(static_cast<size_t>(length), 0);
        return true;
    } catch (const std::bad_alloc&) {
        return false;
    } catch (const std::length_error&) {
        return false;
    }
}

Result<BackupInfo> readBackup(const std::string& path, std::vector<uint8_t>& data) {
    auto opened = openRegularFile(path); // a FIFO or device is refused, never waited on
    if (!opened)
        return Error{"backup: " + opened.error()};
    const int fd = *opened;
    uint8_t header[kHeaderSize];
    BackupInfo info;
    std::string error;
    if (::pread(fd, header, sizeof header, 0) != static_cast<ssize_t>(sizeof header) ||
        std::memcmp(header, kMagic, sizeof kMagic) != 0) {
        error = path + " is not a famscope backup";
    } else {
        info.regionOffset = load64(header + 8);
        info.regionLength = load64(header + 16);
        info.mediaSize = load64(header + 24);
        info.crc = load32(header + 32);
        info.createdUnix = load64(header + 40);
        struct stat st {};
        const bool sized = ::fstat(fd, &st) == 0 && st.st_size >= static_cast<off_t>(kHeaderSize);
        const uint64_t dataBytes = sized ? static_cast<uint64_t>(st.st_size) - kHeaderSize : 0;
        // The region is allocated in memory below, so its claimed length is believed only
        // when the file really holds that many bytes and the media it names could hold them.
        if (info.regionOffset != 0 || info.regionLength == 0 ||
            info.regionLength > info.mediaSize) {
            error = path + ": implausible backup region";
        } else if (info.regionLength != dataBytes) {
            error = path + " is truncated or has trailing bytes";
        } else if (!allocate(data, info.regionLength)) {
            error = path + ": not enough memory for its " + std::to_string(info.regionLength) +
                    "-byte region";
        } else {
            uint64_t done = 0;
            while (done < info.regionLength) {
                const ssize_t n = ::pread(fd, data.data() + done, info.regionLength - done,
                                          static_cast<off_t>(kHeaderSize + done));
                if (n <= 0)
                    break;
                done += static_cast<uint64_t>(n);
            }
            if (done != info.regionLength)
                error = path + " is truncated";
            else if (famfs::crc32Of(data.data(), data.size()) != info.crc)
                error = path + ": CRC mismatch, the backup is damaged";
        }
    }
    ::close(fd);
    if (!error.empty())
        return Error{error};
    return info;
}

Result<BackupInfo> restoreBackup(const std::string& backupPath, media::Media& media, bool force) {
    std::vector<uint8_t> data;
    auto info = readBackup(backupPath, data);
    if (!info)
        return info;
    return restoreBackupData(*info, data, media, force);
}

Result<BackupInfo> restoreBackupData(const BackupInfo& info, const std::vector<uint8_t>& data,
                                     media::Media& media, bool force) {
    if (info.mediaSize != media.size() && !force)
        return Error{"the backup was taken from media of " + std::to_string(info.mediaSize) +
                     " bytes, the target has " + std::to_string(media.size()) +
                     "; use --force to restore anyway"};
    if (!media.contains(0, info.regionLength))
        return Error{"the target is smaller than the backed-up region"};
    if (Status st = media.write(0, data); !st)
        return Error{st.error()};
    if (Status st = media.flush(0, info.regionLength); !st)
        return Error{st.error()};
    return info;
}

std::string defaultBackupPath(const std::string& targetPath, bool isDevice,
                              const std::string& fallbackDir) {
    const auto slash = targetPath.rfind('/');
    const std::string base = slash == std::string::npos ? targetPath : targetPath.substr(slash + 1);
    std::string dir = fallbackDir;
    if (!isDevice)
        dir = slash == std::string::npos ? "." : targetPath.substr(0, slash == 0 ? 1 : slash);
    char stamp[32];
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&now, &tm);
    std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    return dir + "/" + base + ".famscope-backup-" + stamp + "-" + std::to_string(::getpid());
}

std::string numberedBackupPath(const std::string& base, uint64_t& sessionCount) {
    for (;;) {
        std::string path = base + "-" + std::to_string(++sessionCount);
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) // writeBackup says why when it is not ENOENT
            return path;
    }
}

} // namespace famscope::edit
