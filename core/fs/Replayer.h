// One log replay (Replay.h), in two halves that can be read apart:
//   ReplayRules.cpp  - what famfs's __famfs_logplay does with each entry, in its order: the part
//                      to check against famfs (famfs-format.md section 3.3);
//   ReplayEngine.cpp - what makes that fast on a log of 123,361 entries: the lookahead hash
//                      cache and prefetching, the path table and arena, and building the
//                      namespace in path order on two threads.
// Internal to replay: not an API.
#pragma once

#include "core/fs/EntryStream.h"
#include "core/fs/PathOrder.h"
#include "core/fs/Replay.h"
#include "core/fs/ReplayDecisions.h"
#include "core/fs/ReplayScratch.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace famscope::fs::replay_detail {

struct Node {
    bool isDir = false;
    uint64_t entryIndex = 0;
};

class Replayer {
public:
    Replayer(const LoadedFs& fs, ReplayMode mode, const EntryGate* gate = nullptr)
        : fs_(fs), mode_(mode), gate_(gate), entries_(fs.entries.data()),
          entryCount_(fs.entries.size()) {}
    // Reads the entries from `stream` instead of fs.entries, which may be empty: for summary()
    // only, as a namespace is built from every entry once more.
    Replayer(const LoadedFs& fs, ReplayMode mode, const EntryStream& stream, const EntryGate& gate)
        : fs_(fs), mode_(mode), gate_(&gate), entries_(stream.window()),
          entryMask_(EntryStream::kWindowMask), entryCount_(stream.count()),
          entriesOutliveReplay_(false), stream_(&stream) {}

    // Tells `observer` every FILE and MKDIR decision (fsck).
    void observe(const DecisionObserver* observer) { observer_ = observer; }
    // Replays every entry; the namespace's files and directories are built only when `build`.
    Namespace run(bool build = true);
    ReplaySummary summary();

private:
    // ---- The rules (ReplayRules.cpp) ----
    void logplay();             // every entry, in log order
    void countFrom(uint64_t i); // census_ of the entries that logplay() did not reach
    bool validate(uint64_t i, const famfs::LogEntry& e);
    void file(uint64_t i, const famfs::FileMeta& meta);
    void mkdir(uint64_t i, const famfs::MkdirMeta& meta);
    std::optional<std::string_view> relativePath(uint64_t i, const char* what,
                                                 const famfs::PathField& field);
    // Where an entry lands (land()): the path is normalised and inside the mount point.
    struct Landing {
        enum class End {
            Resolved,  // every component exists: `node` is what is at `path`
            Missing,   // `path` does not exist and nothing of the logged path follows it
            Truncated, // `path` does not exist and realpath() stopped there (famfs's file)
            UnderFile, // `path` is the file `node` and a name follows it (ENOTDIR)
            Escapes,   // ".." above the mount point: resolved outside the file system
        };
        End end;
        std::string_view path; // the logged path itself or a view of walked_
        std::optional<Node> node;
    };
    Landing land(std::string_view raw);
    static bool hasComponent(std::string_view rest);
    static bool nextIsName(std::string_view rest);
    static std::string landingNote(std::string_view raw, std::string_view path, bool truncated);
    void escaped(uint64_t i, const char* what, std::string_view raw, bool isDir);
    void decided(uint64_t i, bool isDir, std::string_view raw, const Landing& at,
                 bool instantiable = true);

    void event(uint64_t i, ReplayEvent::Kind kind, std::string text);
    void skipped(uint64_t i, std::string text) {
        event(i, ReplayEvent::Kind::Skipped, std::move(text));
    }
    void note(uint64_t i, std::string text) { event(i, ReplayEvent::Kind::Note, std::move(text)); }

    // ---- The engine (ReplayEngine.cpp) ----
    // Entry i of the log, decoded (prepare()); from a stream, only entries near the current one.
    const famfs::LogEntry& entry(uint64_t i) const { return entries_[i & entryMask_]; }
    // Before entry i is replayed: waits until it is decoded and looks ahead (hashAhead()).
    void prepare(uint64_t i);
    void hashAhead(uint64_t j);
    uint64_t hashOf(std::string_view path) const;
    // The logged path as it is in the entry, up to its NUL (the view is into the entry); the
    // lookahead's copy when hashAhead() already found it.
    std::string_view loggedPath(uint64_t i, const famfs::PathField& field) const;
    // True when `raw` is the current entry's logged path and the lookahead found it plain.
    bool knownPlain(std::string_view raw) const;
    static std::string_view pathUpToNul(const famfs::PathField& field);

    // The table reference of the created path `path` (hashed to `h`), or 0.
    uint32_t findRef(std::string_view path, uint64_t h);
    // The node at `path` (hashed to `h`), the mount point for "", or nullopt. Inline, in the
    // header: land() asks it of nearly every entry, and out of line (in another file, which
    // the link-time optimiser left so) fsck of a full 64 MiB log took 2-5 % longer.
    std::optional<Node> find(std::string_view path, uint64_t h) {
        if (path.empty())
            return Node{true, 0}; // the mount point
        const uint32_t ref = findRef(path, h);
        return ref ? std::optional<Node>(nodeOf(ref)) : std::nullopt;
    }
    // The directory at `dir` ("" is the mount point): sets parentNode_ and returns true, or
    // returns false with the node found there, if any, in `other`.
    bool findDir(std::string_view dir, std::optional<Node>& other);
    // Creates a file or directory at `path` (hashed to `h`), under parentNode_.
    void addFile(std::string_view path, uint64_t h, uint64_t entry, fs::Landing how);
    void addDir(std::string_view path, uint64_t h, uint64_t entry, fs::Landing how);
    // Marks the built nodes that did not land at their logged path (rare: kept apart).
    void markLandings();

    // Table references: files are 2k+1, directories 2k+2 (k their index in pendingFiles_ or
    // pendingDirs_), 0 is none.
    static uint32_t fileRef(size_t k) { return static_cast<uint32_t>(2 * k + 1); }
    static uint32_t dirRef(size_t k) { return static_cast<uint32_t>(2 * k + 2); }
    const Pending& pendingOf(uint32_t ref) const {
        return ref % 2 ? pendingFiles_[ref / 2] : pendingDirs_[ref / 2 - 1];
    }
    Node nodeOf(uint32_t ref) const { return Node{ref % 2 == 0, pendingOf(ref).entryIndex}; }
    // Where the created path `path` of entry `entry` is kept for the lookups and the order:
    // null for a file's path left in its streamed entry, which keyIs() reads again.
    const char* keep(std::string_view path, uint64_t entry, bool isDir);
    bool insideEntry(std::string_view path, uint64_t index) const;
    const char* copyToArena(std::string_view path, bool isDir);
    // True when the created path of table reference `ref` is `path`.
    bool keyIs(uint32_t ref, std::string_view path);

    // From kParallelBuildFrom files, on a machine with more than one CPU.
    static bool secondThreadPays(size_t files);
    PathOrder orderWhileSizingFiles();
    void buildFiles(const PathOrder::List& order);
    void fillFiles(const PathOrder::List& order, size_t first, std::span<FsFile> out) const;
    void buildDirs(const PathOrder::List& order);

    // The path of most FILE and MKDIR entries is looked up as logged: hash it a few entries
    // ahead and prefetch its table slot, so the lookup finds it in cache. Only a hint: a path
    // that normalises to something else is hashed again when it is looked up.
    static constexpr uint64_t kLookahead = 8;
    static_assert(2 * kLookahead + 1 <= kReplayReadsAhead); // prepare()'s reach
    static constexpr size_t kParallelBuildFrom = 16384;     // files; below, a thread costs more
    struct HashedPath {
        uint64_t entry = UINT64_MAX;
        const char* data = nullptr;
        size_t size = 0;
        uint64_t hash = 0;
        bool plain = false; // famfs::plainPathLength() vouched for it: no walk needed
    };

    const LoadedFs& fs_;
    ReplayMode mode_;
    const EntryGate* gate_; // null when every entry is decoded already
    const DecisionObserver* observer_ = nullptr;
    const famfs::LogEntry* entries_;      // fs_.entries, or a stream's window
    uint64_t entryMask_ = UINT64_MAX;     // index mask into entries_: all bits for fs_.entries
    uint64_t entryCount_;                 // entries in the log
    bool entriesOutliveReplay_ = true;    // false for a stream, which reuses its window
    const EntryStream* stream_ = nullptr; // the stream, which reads an entry again (keyIs())
    Namespace ns_;
    EntryCensus census_; // every entry, also those after a mount replay stopped
    // Scratch arrays of a replay; large ones map their own (huge) pages.
    template <class T> using Scratch = std::vector<T, BulkAllocator<T>>;
    Scratch<Pending> pendingFiles_;  // created files, in log order
    Scratch<Pending> pendingDirs_;   // created directories, in log order
    ByteBuffer arena_;               // every created path, back to back (keep())
    size_t arenaUsed_ = 0;           // bytes of arena_ written
    bool ordered_ = true;            // the created paths are put in path order (run(true))
    std::optional<PathTable> nodes_; // refers to the pending lists; sized in run()
    std::string walked_;             // land()'s result for paths that needed a walk
    struct Landed {
        std::string path;
        bool isDir;
        fs::Landing how;
    };
    std::vector<Landed> landed_;         // created nodes whose landing is not Landing::AsLogged
    std::string lastDir_;                // the last directory findDir() found
    uint32_t lastDirNode_ = 0;           // its node: k + 1 for pendingDirs_[k]
    uint32_t parentNode_ = 0;            // the node of the directory findDir() last found
    uint64_t readable_ = 0;              // leading entries known to be decoded
    std::array<HashedPath, 16> ahead_{}; // hashAhead() results by entry index mod 16
    uint64_t current_ = 0;               // the entry being replayed
};

} // namespace famscope::fs::replay_detail
