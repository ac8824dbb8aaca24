// The test oracle of what a famfs mount creates: it replays a log into a real directory with
// the calls famfs's __famfs_logplay makes, in its order (realpath() with its return value
// ignored, stat(), open(O_CREAT) for a FILE, mkdir() on the logged path for a MKDIR), and reads
// back the tree it left. It uses no famscope code: files are empty and the entry that made
// each node is kept in a side map keyed by the path famfs passed to open() or mkdir(). The
// mount point sits deep inside a sandbox in a temporary directory, deeper than the most ".." a
// 79-byte path can hold, so whatever escapes lands in the sandbox and is looked at there,
// never outside it.
//
// Also here: a generator of logs that mix every case of famfs-format.md section 3.3 (missing
// parents, duplicates, files over directories and directories over files, "..", ".", empty
// components, 79-byte paths, non-ASCII bytes), and the comparison of two trees.
#pragma once

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace mountoracle {

struct LoggedEntry {
    enum class Kind { File, Dir, Other }; // Other: an entry famfs passes over (ADD_DAXDEV)
    Kind kind = Kind::File;
    std::string path;
    bool isDir() const { return kind == Kind::Dir; }
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

// A node's entry when the tree that was read does not say which entry made it.
inline constexpr uint64_t kUnknownEntry = UINT64_MAX;

class Oracle {
public:
    // `sandbox`: an existing, empty directory given as a real path (no symbolic links).
    explicit Oracle(const std::string& sandbox) : sandbox_(sandbox) {}
    ~Oracle();
    Oracle(const Oracle&) = delete;
    Oracle& operator=(const Oracle&) = delete;

    // The log's entries in order, entry i at index i.
    Outcome replay(const std::vector<LoggedEntry>& log);

private:
    bool isInside(const std::string& p) const;
    void makeMountPoint();

    std::string sandbox_;
    std::string mpt_;
    std::string fileBuffer_; // famfs's rpath arrays, as the last realpath() left them
    std::string dirBuffer_;
};

// The temporary directory the oracle's trees are made in: on tmpfs when there is one, as a
// disk file system that discards freed blocks makes thousands of small trees take minutes.
std::string sandboxTemplate();

class LogGenerator {
public:
    explicit LogGenerator(uint64_t seed) : rng_(seed) {}
    std::vector<LoggedEntry> log(); // 8 to 40 entries, one in three a MKDIR

private:
    size_t pick(size_t lo, size_t hi) {
        return std::uniform_int_distribution<size_t>(lo, hi)(rng_);
    }
    std::string component();
    std::string path();

    std::mt19937_64 rng_;
};

// Bytes outside printable ASCII as \xNN, for failure messages.
std::string printable(const std::string& s);
// The log, one entry a line, for failure messages.
std::string describe(const std::vector<LoggedEntry>& log);
std::string nodeText(const std::string& path, const std::pair<bool, uint64_t>& node);

// The first difference between the nodes of two trees, or "". An entry of kUnknownEntry in
// `seen` matches any entry (a view that does not show which entry made a node).
std::string treeDifference(const Outcome& mount, const Outcome& seen, const std::string& what);
// As treeDifference() for "famscope", then the escapes and the created counters.
std::string difference(const Outcome& mount, const Outcome& ours);

} // namespace mountoracle
