#include "core/edit/CpPlan.h"

#include "core/SystemCall.h"
#include "core/edit/Allocator.h"
#include "core/edit/FsPath.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <set>
#include <sys/stat.h>
#include <utility>

namespace famscope::edit {

namespace {

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

using DirId = std::pair<dev_t, ino_t>;

class Planner {
public:
    Planner(const CopyOptions& o) : options_(o) {}

    // A source named on the command line: errors here stop the copy (nothing is written).
    Status addSource(const std::string& src, const std::string& rawDest) {
        auto dest = normalizeFsPath(rawDest);
        if (!dest)
            return Error{dest.error()};
        struct stat lst {
        }, st{};
        if (::lstat(src.c_str(), &lst) != 0)
            return Error{sysError("cannot stat " + src)};
        if (::stat(src.c_str(), &st) != 0)
            return Error{src + " is a dangling symbolic link"};
        if (S_ISDIR(st.st_mode)) {
            if (!options_.recursive)
                return Error{src + " is a directory (use -r)"};
            if (S_ISLNK(lst.st_mode) && !options_.followSymlinks)
                return Error{src + " is a symbolic link to a directory (use -L to follow it)"};
            return addDir(src, *dest, st);
        }
        if (!S_ISREG(st.st_mode))
            return Error{src + " is neither a regular file nor a directory"};
        addFile(src, *dest, st, static_cast<uint32_t>(st.st_mode) & 07777);
        return Status::success();
    }

    CopyPlan plan_;

private:
    void addFile(const std::string& src, const std::string& dest, const struct stat& st,
                 uint32_t inheritedMode) {
        CopyStep s{src, dest, false, false, 0, static_cast<uint64_t>(st.st_size), {}};
        s.mode = options_.mode != 0 ? options_.mode : inheritedMode;
        if (s.size == 0)
            s.skipped = "empty file"; // famfs skips empty files
        plan_.steps.push_back(s);
    }

    void skip(const std::string& src, const std::string& dest, const std::string& why) {
        CopyStep s;
        s.source = src;
        s.dest = dest;
        s.skipped = why;
        plan_.steps.push_back(s);
    }

    Status addDir(const std::string& src, const std::string& dest, const struct stat& st) {
        const DirId id{st.st_dev, st.st_ino};
        if (ancestors_.count(id) != 0) {
            skip(src, dest, "symbolic link loop: leads back to a directory being copied");
            return Status::success();
        }
        const uint32_t dirMode = static_cast<uint32_t>(st.st_mode) & 07777;
        plan_.steps.push_back({src, dest, true, false, dirMode, 0, {}});
        auto names = listDir(src);
        if (!names)
            return Error{names.error()};
        ancestors_.insert(id);
        for (const std::string& n : *names) {
            const std::string hostChild = src + "/" + n;
            const std::string child = joinFsPath(dest, n);
            // Stop the walk at the first path famfs cannot hold, before going deeper.
            if (auto valid = normalizeFsPath(child); !valid)
                return Error{valid.error() + " (from " + hostChild + ")"};
            struct stat lst {
            }, cst{};
            if (::lstat(hostChild.c_str(), &lst) != 0)
                return Error{sysError("cannot stat " + hostChild)};
            const bool link = S_ISLNK(lst.st_mode);
            if (link && ::stat(hostChild.c_str(), &cst) != 0) {
                skip(hostChild, child, "dangling symbolic link");
                continue;
            }
            if (!link)
                cst = lst;
            Status s;
            if (S_ISDIR(cst.st_mode)) {
                if (link && !options_.followSymlinks)
                    skip(hostChild, child, "symbolic link to a directory, not followed (-L)");
                else
                    s = addDir(hostChild, child, cst);
            } else if (S_ISREG(cst.st_mode)) {
                addFile(hostChild, child, cst, dirMode);
            } else {
                skip(hostChild, child, "neither a regular file nor a directory");
            }
            if (!s)
                return s;
        }
        ancestors_.erase(id);
        return Status::success();
    }

    const CopyOptions& options_;
    std::set<DirId> ancestors_;
};

} // namespace

Result<CopyPlan> planCopy(const EditSession& session, const std::vector<std::string>& sources,
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
    Planner planner(options);
    for (const std::string& src : sources) {
        const std::string target = destIsDir ? joinFsPath(dest, hostBaseName(src)) : dest;
        if (Status s = planner.addSource(src, target); !s)
            return Error{s.error()};
    }
    CopyPlan plan = std::move(planner.plan_);
    for (CopyStep& s : plan.steps) {
        if (!s.skipped.empty())
            continue;
        s.existingDir = s.directory && session.isDir(s.dest);
        plan.entries += s.existingDir ? 0 : 1;
        plan.bytes += s.size;
    }
    return plan;
}

Status checkCopyPlan(const EditSession& session, const CopyPlan& plan, const CopyOptions& options) {
    std::set<std::string> plannedDirs;
    std::set<std::string> plannedNames;
    for (const CopyStep& s : plan.steps) {
        if (!s.skipped.empty())
            continue;
        if (!s.existingDir && (session.exists(s.dest) || plannedNames.count(s.dest) != 0))
            return Error{"'" + s.dest + "' already exists" +
                         (session.exists(s.dest) ? "" : " (two sources have this name)")};
        const std::string parent = parentOf(s.dest);
        if (!session.isDir(parent) && plannedDirs.count(parent) == 0)
            return Error{"parent directory '" + parent + "' does not exist"};
        plannedNames.insert(s.dest);
        if (s.directory)
            plannedDirs.insert(s.dest);
    }
    if (Status st = session.requireSlots(plan.entries); !st)
        return Error{"the copy needs " + std::to_string(plan.entries) +
                     " log entries: " + st.error()};
    Allocator trial = session.allocator(); // a copy: the session's own stays unmarked
    uint64_t files = 0;
    for (const CopyStep& s : plan.steps) {
        if (!s.skipped.empty() || s.directory)
            continue;
        ++files;
        if (auto p = trial.allocate(s.size, options.interleave); !p)
            return Error{"the copy does not fit: file " + std::to_string(files) + " ('" + s.dest +
                         "', " + std::to_string(s.size) + " bytes) of " +
                         std::to_string(plan.bytes) + " bytes in all: " + p.error()};
    }
    return Status::success();
}

} // namespace famscope::edit
