#include "core/edit/Cp.h"

#include "core/SystemCall.h"
#include "core/edit/CpPlan.h"
#include "core/edit/Creat.h"
#include "core/edit/FsPath.h"
#include "core/edit/HostFile.h"
#include "core/edit/Mkdir.h"
#include "core/fs/Resolver.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace famscope::edit {

namespace {

constexpr uint64_t kCopyWindow = uint64_t{16} << 20;

Result<uint64_t> makeDir(EditSession& session, const CopyStep& s, const CopyOptions& o) {
    MkdirOptions mo;
    mo.mode = s.mode;
    mo.uid = o.uid;
    mo.gid = o.gid;
    auto r = makeDirectory(session, s.dest, mo);
    if (!r)
        return Error{r.error()};
    return r->entries.front();
}

Result<uint64_t> copyFile(EditSession& session, const CopyStep& s, const CopyOptions& o) {
    CreatOptions co;
    co.size = s.size;
    co.mode = s.mode;
    co.uid = o.uid;
    co.gid = o.gid;
    co.interleave = o.interleave;
    auto r = createFileWith(session, s.dest, co,
                            [&](media::Media& m, const fs::FileMap& map, uint64_t size) {
                                return copyHostFile(s.source, m, map, size);
                            });
    if (!r)
        return Error{r.error()};
    return r->entryIndex;
}

} // namespace

Status copyHostFile(const std::string& hostPath, media::Media& media, const fs::FileMap& map,
                    uint64_t size) {
    auto opened = openRegularFile(hostPath); // swapped for a FIFO since it was listed: refuse
    if (!opened)
        return Error{opened.error()};
    const int fd = *opened;
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
                          const std::string& dest, const CopyOptions& options) {
    auto plan = planCopy(session, sources, dest, options);
    if (!plan)
        return Error{plan.error()};
    if (Status st = checkCopyPlan(session, *plan, options); !st)
        return Error{st.error() + " (nothing was copied)"};
    CopyResult result;
    for (const CopyStep& s : plan->steps) {
        CopiedItem item{s.source, s.dest, s.directory, s.skipped == "empty file",
                        s.size,   0,      s.skipped};
        if (s.skipped.empty() && !s.existingDir) {
            Result<uint64_t> entry =
                s.directory ? makeDir(session, s, options) : copyFile(session, s, options);
            if (!entry)
                return Error{entry.error() + " (" + std::to_string(result.items.size()) +
                             " items copied before)"};
            item.entryIndex = *entry;
        }
        if (!s.existingDir)
            result.items.push_back(item);
    }
    return result;
}

} // namespace famscope::edit
