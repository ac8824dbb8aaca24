#include "MountOracle.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mountoracle {

namespace {

constexpr int kSandboxDepth = 30;        // > 26, the most ".." in 79 bytes
constexpr char kMountName[] = "MOUNTPT"; // a name the generator never produces
constexpr char kUnwritten[] = "\x01 not written";

void removeTree(const std::string& path) {
    nftw(
        path.c_str(), [](const char* p, const struct stat*, int, FTW*) { return ::remove(p); }, 16,
        FTW_DEPTH | FTW_PHYS);
}

// Removes everything in `dir` but the entry `keep` (nothing kept when empty).
void clearDir(const std::string& dir, const std::string& keep) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (const dirent* e = readdir(d))
            names.emplace_back(e->d_name);
        closedir(d);
    }
    for (const std::string& name : names)
        if (name != "." && name != ".." && name != keep)
            removeTree(dir + "/" + name);
}

// Everything under the mount point, names as raw bytes.
void walk(const std::string& abs, const std::string& rel,
          const std::map<std::string, uint64_t>& made, Outcome& out) {
    DIR* d = opendir(abs.c_str());
    if (!d)
        return;
    while (const dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        if (name == "." || name == "..")
            continue;
        const std::string childAbs = abs + "/" + name;
        const std::string childRel = rel.empty() ? name : rel + "/" + name;
        struct stat st {};
        lstat(childAbs.c_str(), &st);
        const auto m = made.find(childAbs);
        out.nodes[childRel] = {S_ISDIR(st.st_mode), m == made.end() ? kUnknownEntry : m->second};
        if (S_ISDIR(st.st_mode))
            walk(childAbs, childRel, made, out);
    }
    closedir(d);
}

} // namespace

Oracle::~Oracle() {
    removeTree(sandbox_ + "/s");
}

Outcome Oracle::replay(const std::vector<LoggedEntry>& log) {
    makeMountPoint();
    fileBuffer_.clear();
    dirBuffer_.clear();
    Outcome out;
    std::map<std::string, uint64_t> made; // absolute path famfs created -> entry
    for (uint64_t i = 0; i < log.size(); ++i) {
        if (log[i].kind == LoggedEntry::Kind::Other)
            continue;
        const std::string& rel = log[i].path;
        if (rel.empty() || rel.front() == '/') // "path is not relative"
            continue;
        char full[PATH_MAX];
        std::snprintf(full, sizeof full - 1, "%s/%s", mpt_.c_str(), rel.c_str());
        // famfs ignores realpath()'s result and uses the buffer. glibc writes it on success
        // and when a component is missing (ENOENT), not on other errors (ENOTDIR under a
        // file): famfs's buffer, a local array in the loop, then still holds the previous
        // entry's path. Kept per entry type, as famfs keeps one array for each.
        std::string& buffer = log[i].isDir() ? dirBuffer_ : fileBuffer_;
        char written[PATH_MAX];
        std::strcpy(written, kUnwritten);
        (void)!realpath(full, written);
        const bool bufferWritten = std::strcmp(written, kUnwritten) != 0;
        if (bufferWritten)
            buffer = written;
        const char* rpath = buffer.c_str();
        const bool inside = isInside(buffer);
        if (bufferWritten && !inside)
            out.escapes.insert(i);
        struct stat st {};
        const bool exists = stat(rpath, &st) == 0;
        if (!log[i].isDir()) {
            if (exists)
                continue;
            const int fd = open(rpath, O_RDWR | O_CREAT, 0644);
            if (fd < 0 || !inside) { // outside: famfs finds no famfs file and unlinks it
                if (fd >= 0)
                    close(fd);
                unlink(rpath);
                continue;
            }
            close(fd);
            made[rpath] = i;
            ++out.fCreated;
        } else {
            if (exists)
                continue;
            // The logged path, not realpath's buffer: the kernel resolves it again.
            if (mkdir(full, 0755) == 0) {
                made[rpath] = i;
                if (inside)
                    ++out.dCreated;
            }
        }
    }
    walk(mpt_, "", made, out);
    return out;
}

bool Oracle::isInside(const std::string& p) const {
    return p.compare(0, mpt_.size(), mpt_) == 0 &&
           (p.size() == mpt_.size() || p[mpt_.size()] == '/');
}

// An empty mount point sandbox/s/s/.../MOUNTPT for every log, with nothing beside the chain:
// what one log's escapes left must not be found by the next.
void Oracle::makeMountPoint() {
    std::string p = sandbox_;
    for (int d = 0; d < kSandboxDepth; ++d) {
        clearDir(p, "s");
        p += "/s";
        ::mkdir(p.c_str(), 0755);
    }
    clearDir(p, kMountName);
    p += std::string("/") + kMountName;
    ::mkdir(p.c_str(), 0755);
    clearDir(p, "");
    mpt_ = p;
}

std::string sandboxTemplate() {
    const QString shm = QStringLiteral("/dev/shm");
    const QString base =
        QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm : QDir::tempPath();
    return (base + QStringLiteral("/famscope-mount-oracle-XXXXXX")).toStdString();
}

// ---- The generator ----

std::vector<LoggedEntry> LogGenerator::log() {
    std::vector<LoggedEntry> out(pick(8, 40));
    for (LoggedEntry& e : out) {
        e.kind = pick(0, 2) == 0 ? LoggedEntry::Kind::Dir : LoggedEntry::Kind::File;
        e.path = path();
    }
    return out;
}

std::string LogGenerator::component() {
    static const char* const kNames[] = {
        "a",
        "b",
        "c",
        "ghost",
        "f.log",
        "x y",
        "...",
        ".hidden",
        "\xc3\xa9t\xc3\xa9", // UTF-8
        "\xff\xfe",
        "ctl\x01", // not UTF-8, a control byte
    };
    switch (pick(0, 9)) {
    case 0:
        return ".";
    case 1:
        return "..";
    case 2:
        return ""; // a doubled slash, or a leading or trailing one
    default:
        return kNames[pick(0, std::size(kNames) - 1)];
    }
}

std::string LogGenerator::path() {
    if (pick(0, 60) == 0)
        return pick(0, 1) ? std::string() : "/abs"; // skipped as not relative
    std::string p;
    const size_t depth = pick(1, 4);
    for (size_t k = 0; k < depth; ++k)
        p += (k ? "/" : "") + component();
    if (pick(0, 8) == 0)
        p += '/';
    if (pick(0, 12) == 0 && p.size() < 70) // the longest path famfs logs: 79 bytes
        p += "/" + std::string(79 - p.size() - 1, 'L');
    if (p.size() > 79)
        p.resize(79);
    return p.empty() ? "a" : p;
}

// ---- Comparing ----

std::string printable(const std::string& s) {
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string describe(const std::vector<LoggedEntry>& log) {
    static const char* const kKinds[] = {" FILE \"", " MKDIR \"", " (other) \""};
    std::string out;
    for (size_t i = 0; i < log.size(); ++i)
        out += "  " + std::to_string(i) + kKinds[static_cast<int>(log[i].kind)] +
               printable(log[i].path) + "\"\n";
    return out;
}

std::string nodeText(const std::string& path, const std::pair<bool, uint64_t>& n) {
    return (n.first ? "d:" : "f:") + printable(path) + " (entry " +
           (n.second == kUnknownEntry ? std::string("?") : std::to_string(n.second)) + ")";
}

std::string treeDifference(const Outcome& mount, const Outcome& seen, const std::string& what) {
    for (const auto& [path, n] : mount.nodes) {
        const auto it = seen.nodes.find(path);
        if (it == seen.nodes.end())
            return "mount has " + nodeText(path, n) + ", " + what + " has nothing there";
        const bool entryAgrees =
            it->second.second == kUnknownEntry || it->second.second == n.second;
        if (it->second.first != n.first || !entryAgrees)
            return "mount has " + nodeText(path, n) + ", " + what + " " +
                   nodeText(path, it->second);
    }
    for (const auto& [path, n] : seen.nodes)
        if (!mount.nodes.count(path))
            return what + " has " + nodeText(path, n) + ", the mount nothing";
    return {};
}

std::string difference(const Outcome& mount, const Outcome& ours) {
    if (std::string tree = treeDifference(mount, ours, "famscope"); !tree.empty())
        return tree;
    if (mount.escapes != ours.escapes) {
        auto list = [](const std::set<uint64_t>& s) {
            std::string out;
            for (const uint64_t i : s)
                out += " " + std::to_string(i);
            return out;
        };
        return "entries landing outside the mount point: mount" + list(mount.escapes) +
               ", famscope" + list(ours.escapes);
    }
    auto counters = [](const Outcome& o) {
        return std::to_string(o.fCreated) + "/" + std::to_string(o.dCreated);
    };
    if (counters(mount) != counters(ours))
        return "files/directories created: mount " + counters(mount) + ", famscope " +
               counters(ours);
    return {};
}

} // namespace mountoracle
