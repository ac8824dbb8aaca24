// Differential test of log replay against the mount itself: a test oracle replays each
// generated log into a real directory with the calls famfs's __famfs_logplay makes, in its
// order (realpath() with its return value ignored, stat(), open(O_CREAT) for a FILE, mkdir()
// on the logged path for a MKDIR), then the tree on disk is compared with famscope's
// namespace: every path, whether it is a file or a directory, and which entry made it; the
// entries that land outside the mount point; and famfs's counters. Thousands of seeded logs mix
// missing parents, duplicates, files over directories and directories over files, "..", ".",
// empty components, 79-byte paths and non-ASCII bytes.
//
// The oracle uses no famscope code: files are empty and the entry that made each node is kept
// in a side map keyed by the path famfs passed to open() or mkdir(). The mount point sits deep
// inside a sandbox in a temporary directory, deeper than the most ".." a 79-byte path can hold,
// so whatever escapes lands in the sandbox and is looked at there, never outside it.
#include "format/LogEntry.h"
#include "fs/LoadedFs.h"
#include "fs/Replay.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <map>
#include <random>
#include <set>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace famscope;
using namespace famscope::famfs;
using namespace famscope::fs;

namespace {

constexpr int kSandboxDepth = 30;        // > 26, the most ".." in 79 bytes
constexpr char kMountName[] = "MOUNTPT"; // a name the generator never produces

struct LoggedEntry {
    bool isDir = false;
    std::string path;
};

// What a mount leaves: every node under the mount point with the entry that made it, the
// entries whose path resolved outside it, and how many files and directories famfs created
// inside. (Its "existed" and error counters are left out: where realpath() fails with ENOTDIR
// they depend on what an earlier entry left in famfs's buffer.)
struct Outcome {
    std::map<std::string, std::pair<bool, uint64_t>> nodes; // path -> (isDir, entry)
    std::set<uint64_t> escapes;
    uint64_t fCreated = 0, dCreated = 0;
};

// ---- The oracle: famfs's calls on a real directory ----

class Oracle {
public:
    explicit Oracle(const std::string& sandbox) : sandbox_(sandbox) {}
    ~Oracle() { removeSandbox(); }

    Outcome replay(const std::vector<LoggedEntry>& log) {
        makeMountPoint();
        fileBuffer_.clear();
        dirBuffer_.clear();
        Outcome out;
        std::map<std::string, uint64_t> made; // absolute path famfs created -> entry
        for (uint64_t i = 0; i < log.size(); ++i) {
            const std::string& rel = log[i].path;
            if (rel.empty() || rel.front() == '/') // "path is not relative"
                continue;
            char full[PATH_MAX];
            std::snprintf(full, sizeof full - 1, "%s/%s", mpt_.c_str(), rel.c_str());
            // famfs ignores realpath()'s result and uses the buffer. glibc writes it on success
            // and when a component is missing (ENOENT), not on other errors (ENOTDIR under a
            // file): famfs's buffer, a local array in the loop, then still holds the previous
            // entry's path. Kept per entry type, as famfs keeps one array for each.
            std::string& buffer = log[i].isDir ? dirBuffer_ : fileBuffer_;
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
            if (!log[i].isDir) {
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

    std::string mountPoint() const { return mpt_; }

private:
    bool isInside(const std::string& p) const {
        return p.compare(0, mpt_.size(), mpt_) == 0 &&
               (p.size() == mpt_.size() || p[mpt_.size()] == '/');
    }

    // A fresh sandbox/s/s/.../MOUNTPT for every log: escapes of one log must not be found by
    // the next.
    static void removeTree(const std::string& path) {
        nftw(
            path.c_str(), [](const char* p, const struct stat*, int, FTW*) { return ::remove(p); },
            16, FTW_DEPTH | FTW_PHYS);
    }

    // Removes everything in `dir` but the entry `keep` (nothing kept when empty).
    static void clearDir(const std::string& dir, const std::string& keep) {
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

    void removeSandbox() { removeTree(sandbox_ + "/s"); }

    // An empty mount point sandbox/s/s/.../MOUNTPT for every log, with nothing beside the
    // chain: what one log's escapes left must not be found by the next.
    void makeMountPoint() {
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

    // Everything under the mount point, names as raw bytes.
    static void walk(const std::string& abs, const std::string& rel,
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
            out.nodes[childRel] = {S_ISDIR(st.st_mode), m == made.end() ? UINT64_MAX : m->second};
            if (S_ISDIR(st.st_mode))
                walk(childAbs, childRel, made, out);
        }
        closedir(d);
    }

    static constexpr char kUnwritten[] = "\x01 not written";
    std::string sandbox_;
    std::string mpt_;
    std::string fileBuffer_; // famfs's rpath arrays, as the last realpath() left them
    std::string dirBuffer_;
};

// ---- famscope's side ----

Outcome famscopeOutcome(const std::vector<LoggedEntry>& log) {
    LoadedFs fs;
    fs.sb = Superblock::fresh(uint64_t{8} << 30, uint64_t{8} << 20);
    fs.log = LogHeader::fresh(uint64_t{8} << 20);
    fs.logHeaderRead = true;
    fs.layout = detectLayout(fs.sb, &fs.log);
    fs.mediaSize = uint64_t{8} << 30;
    for (const LoggedEntry& l : log) {
        LogEntry e;
        if (l.isDir) {
            MkdirMeta d;
            setPathText(d.relpath, l.path);
            d.mode = 0755;
            e = LogEntry::makeMkdir(d);
        } else {
            FileMeta m;
            setPathText(m.relpath, l.path);
            m.size = kAllocUnit;
            m.mode = 0644;
            m.count = 1;
            m.setExtent(0, {0, (fs.entries.size() + 8) * kAllocUnit, kAllocUnit});
            e = LogEntry::makeFile(m);
        }
        e.seqnum = fs.entries.size();
        e.seal();
        fs.entries.push_back(std::move(e));
    }
    fs.log.nextIndex = fs.log.nextSeqnum = fs.entriesClaimed = fs.entries.size();

    const Namespace ns = fs::replay(fs, ReplayMode::Mount);
    Outcome out;
    for (const FsFile& f : ns.files)
        out.nodes[f.path] = {false, f.entryIndex};
    for (const FsDir& d : ns.dirs)
        out.nodes[d.path] = {true, d.entryIndex};
    for (const EscapedEntry& e : ns.escapes)
        out.escapes.insert(e.entryIndex);
    out.fCreated = ns.stats.fCreated;
    out.dCreated = ns.stats.dCreated;
    return out;
}

// ---- The generator ----

class LogGenerator {
public:
    explicit LogGenerator(uint64_t seed) : rng_(seed) {}

    std::vector<LoggedEntry> log() {
        std::vector<LoggedEntry> out(pick(8, 40));
        for (LoggedEntry& e : out) {
            e.isDir = pick(0, 2) == 0; // one in three
            e.path = path();
        }
        return out;
    }

private:
    size_t pick(size_t lo, size_t hi) {
        return std::uniform_int_distribution<size_t>(lo, hi)(rng_);
    }

    std::string component() {
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

    std::string path() {
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

    std::mt19937_64 rng_;
};

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
    std::string out;
    for (size_t i = 0; i < log.size(); ++i)
        out += "  " + std::to_string(i) + (log[i].isDir ? " MKDIR \"" : " FILE \"") +
               printable(log[i].path) + "\"\n";
    return out;
}

std::string nodeText(const std::string& path, const std::pair<bool, uint64_t>& n) {
    return (n.first ? "d:" : "f:") + printable(path) + " (entry " +
           (n.second == UINT64_MAX ? std::string("?") : std::to_string(n.second)) + ")";
}

// The first difference between the two outcomes, or "".
std::string difference(const Outcome& mount, const Outcome& ours) {
    for (const auto& [path, n] : mount.nodes) {
        const auto it = ours.nodes.find(path);
        if (it == ours.nodes.end())
            return "mount has " + nodeText(path, n) + ", famscope has nothing there";
        if (it->second != n)
            return "mount has " + nodeText(path, n) + ", famscope " + nodeText(path, it->second);
    }
    for (const auto& [path, n] : ours.nodes)
        if (!mount.nodes.count(path))
            return "famscope has " + nodeText(path, n) + ", the mount nothing";
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

} // namespace

class TestMountOracle : public QObject {
    Q_OBJECT
private slots:
    void generatedLogsMatchTheMount();
};

void TestMountOracle::generatedLogsMatchTheMount() {
    // Thousands of small trees are made and removed: on tmpfs when there is one, as a disk file
    // system that discards freed blocks makes that take minutes.
    const QString shm = QStringLiteral("/dev/shm");
    QTemporaryDir tmp(QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
                          ? shm + QStringLiteral("/famscope-mount-oracle-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/famscope-mount-oracle-XXXXXX"));
    QVERIFY(tmp.isValid());
    char real[PATH_MAX];
    QVERIFY(realpath(tmp.path().toLocal8Bit().constData(), real) != nullptr);
    Oracle oracle(real);

    constexpr uint64_t kLogs = 2000;
    uint64_t entries = 0, nodes = 0, escapes = 0;
    for (uint64_t seed = 1; seed <= kLogs; ++seed) {
        LogGenerator gen(seed);
        const std::vector<LoggedEntry> log = gen.log();
        const Outcome mount = oracle.replay(log);
        const Outcome ours = famscopeOutcome(log);
        const std::string diff = difference(mount, ours);
        if (!diff.empty())
            QFAIL(("log of seed " + std::to_string(seed) + ": " + diff + "\n" + describe(log))
                      .c_str());
        entries += log.size();
        nodes += mount.nodes.size();
        escapes += mount.escapes.size();
    }
    qInfo("compared %llu generated logs, %llu entries, %llu nodes, %llu entries landing outside "
          "the mount point: 0 differences",
          static_cast<unsigned long long>(kLogs), static_cast<unsigned long long>(entries),
          static_cast<unsigned long long>(nodes), static_cast<unsigned long long>(escapes));
}

QTEST_GUILESS_MAIN(TestMountOracle)
#include "tst_mount_oracle.moc"
