#include "edit/Cp.h"

#include "edit/Creat.h"
#include "edit/FsPath.h"
#include "edit/Mkdir.h"
#include "fs/Resolver.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::edit {

namespace {

constexpr uint64_t kCopyWindow = uint64_t{16} << 20;

std::string sysError(const std::string& what) {
    return what + ": " + std::strerror(errno);
}

std::string hostBaseName(std::string p) {
    while (p.size() > 1 && p.back() == '/')
        p.pop_back();
    const auto slash = p.rfind('/');
    return slash == std::string::npos ? p : p.substr(slash + 1);
}

Result<std::vector<std::string>> listDir(const std::string& dir) {
    DIR* d = ::opendir(dir.c_str());
    if (!d)
        return Error{sysError("cannot read directory " + dir)};
    std::vector<std::string> names;
    while (const dirent* e = ::readdir(d)) {
        const std::string n = e->d_name;
        if (n != "." && n != "..")
            names.push_back(n);
    }
    ::closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

class Copier {
public:
    Copier(EditSession& s, const CopyOptions& o) : session_(s), options_(o) {}

    Status copyFile(const std::string& src, const std::string& dest, uint32_t inheritedMode) {
        struct stat st {};
        if (::stat(src.c_str(), &st) != 0)
            return Error{sysError("cannot stat " + src)};
        CopiedItem item{src, dest, false, false, static_cast<uint64_t>(st.st_size), 0};
        if (st.st_size == 0) { // famfs skips empty files
            item.skippedEmpty = true;
            result_.items.push_back(item);
            return Status::success();
        }
        CreatOptions co;
        co.size = item.size;
        co.mode = options_.mode != 0 ? options_.mode : inheritedMode;
        co.uid = options_.uid;
        co.gid = options_.gid;
        co.interleave = options_.interleave;
        auto r = createFileWith(session_, dest, co,
                                [&](media::Media& m, const fs::FileMap& map, uint64_t size) {
                                    return copyHostFile(src, m, map, size);
                                });
        if (!r)
            return Error{r.error()};
        item.entryIndex = r->entryIndex;
        result_.items.push_back(item);
        return Status::success();
    }

    Status copyDir(const std::string& src, const std::string& dest) {
        struct stat st {};
        if (::stat(src.c_str(), &st) != 0)
            return Error{sysError("cannot stat " + src)};
        const uint32_t dirMode = static_cast<uint32_t>(st.st_mode) & 07777;
        MkdirOptions mo;
        mo.mode = dirMode;
        mo.uid = options_.uid;
        mo.gid = options_.gid;
        if (!session_.isDir(dest)) {
            auto r = makeDirectory(session_, dest, mo);
            if (!r)
                return Error{r.error()};
            result_.items.push_back({src, dest, true, false, 0, r->entries.front()});
        }
        auto names = listDir(src);
        if (!names)
            return Error{names.error()};
        for (const std::string& n : *names) {
            const std::string hostChild = src + "/" + n;
            const std::string child = joinFsPath(dest, n);
            struct stat cst {};
            if (::stat(hostChild.c_str(), &cst) != 0)
                return Error{sysError("cannot stat " + hostChild)};
            Status s = S_ISDIR(cst.st_mode)   ? copyDir(hostChild, child)
                       : S_ISREG(cst.st_mode) ? copyFile(hostChild, child, dirMode)
                                              : Status::success(); // sockets, fifos: famfs skips
            if (!s)
                return s;
        }
        return Status::success();
    }

    CopyResult result_;

private:
    EditSession& session_;
    const CopyOptions& options_;
};

} // namespace

Status copyHostFile(const std::string& hostPath, media::Media& media, const fs::FileMap& map,
                    uint64_t size) {
    const int fd = ::open(hostPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{sysError("cannot open " + hostPath)};
    std::string error;
    for (uint64_t off = 0; off < size && error.empty(); off += kCopyWindow) {
        auto runs = fs::resolveRange(map, size, off, std::min(kCopyWindow, size - off));
        if (!runs) {
            error = runs.error();
            break;
        }
        for (const fs::DeviceRun& r : *runs) {
            const uint64_t len = std::min(r.length, size - r.fileOffset);
            auto m = media.map(r.deviceOffset, len, media::Access::ReadWrite);
            if (!m) {
                error = m.error();
                break;
            }
            uint64_t done = 0;
            while (done < len) {
                const ssize_t n = ::pread(fd, m->writableData() + done, len - done,
                                          static_cast<off_t>(r.fileOffset + done));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    // EFAULT is the destination: the mapped media could not take the bytes.
                    error = n == 0 ? hostPath + " shrank while it was copied"
                            : errno == EFAULT
                                ? "cannot write the data of " + hostPath + " to " + media.path() +
                                      ": the media could not be written"
                                : sysError("cannot read " + hostPath);
                    break;
                }
                done += static_cast<uint64_t>(n);
            }
            if (!error.empty())
                break;
            if (Status st = media.flush(r.deviceOffset, len); !st) {
                error = st.error();
                break;
            }
        }
    }
    ::close(fd);
    if (!error.empty())
        return Error{error};
    return Status::success();
}

Result<CopyResult> copyIn(EditSession& session, const std::vector<std::string>& sources,
                          const std::string& rawDest, const CopyOptions& options) {
    if (sources.empty())
        return Error{"nothing to copy"};
    std::string dest;
    if (!rawDest.empty() && rawDest.find_first_not_of('/') != std::string::npos) {
        auto d = normalizeFsPath(rawDest);
        if (!d)
            return Error{d.error()};
        dest = *d;
    }
    const bool destIsDir = session.isDir(dest);
    if (sources.size() > 1 && !destIsDir)
        return Error{"copying several sources needs an existing directory as the destination"};

    Copier copier(session, options);
    for (const std::string& src : sources) {
        struct stat st {};
        if (::stat(src.c_str(), &st) != 0)
            return Error{sysError("cannot stat " + src)};
        const std::string target = destIsDir ? joinFsPath(dest, hostBaseName(src)) : dest;
        Status s;
        if (S_ISDIR(st.st_mode)) {
            if (!options.recursive)
                return Error{src + " is a directory (use -r)"};
            if (session.file(target))
                return Error{"'" + target + "' exists and is a file"};
            s = copier.copyDir(src, target);
        } else if (S_ISREG(st.st_mode)) {
            s = copier.copyFile(src, target, static_cast<uint32_t>(st.st_mode) & 07777);
        } else {
            return Error{src + " is neither a regular file nor a directory"};
        }
        if (!s)
            return Error{s.error() + " (" + std::to_string(copier.result_.items.size()) +
                         " items copied before)"};
    }
    return std::move(copier.result_);
}

} // namespace famscope::edit
