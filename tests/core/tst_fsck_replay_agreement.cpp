// fsck's namespace findings against the fsck-mode replay, entry by entry, on thousands of
// generated logs that mix missing parents, duplicates, files over directories and directories
// over files, "..", ".", empty components, 79-byte and non-UTF-8 names (the mount oracle's
// generator, tests/support/MountOracle.h) and zero-offset extents. A finding
// must say what the replay did: an entry the replay created a node for has no namespace error
// (except the file a mount creates at a missing parent, which must be named as that node), an
// entry the replay resolved outside the mount point has PATH_ESCAPES_MOUNT, and every other
// valid entry the replay did not instantiate has exactly one namespace finding.
#include "core/format/LogEntry.h"
#include "core/format/PlainPath.h"
#include "core/fs/EntrySource.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"
#include "core/fs/ReplayDecisions.h"
#include "core/fsck/Fsck.h"
#include "core/fsck/NamespaceChecks.h"

#include "MountOracle.h"

#include <QTest>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace famscope;
using namespace famscope::famfs;
using namespace famscope::fs;

namespace {

// A log of the mount oracle's generator (every case of famfs-format.md section 3.3), with
// one FILE in ten given an extent at offset 0, which famfs skips before the namespace.
struct Generated {
    bool isDir = false;
    bool zeroOffset = false;
    std::string path;
    // "" and "/abs": skipped as not relative before the namespace (not a namespace finding).
    bool relative() const { return !path.empty() && path.front() != '/'; }
};

std::vector<Generated> generatedLog(uint64_t seed) {
    std::mt19937_64 zeroOffsets(~seed);
    std::vector<Generated> out;
    for (const mountoracle::LoggedEntry& e : mountoracle::LogGenerator(seed).log())
        out.push_back({e.isDir(), !e.isDir() && zeroOffsets() % 10 == 0, e.path});
    return out;
}

LoadedFs loadedFs(const std::vector<Generated>& log) {
    LoadedFs fs;
    fs.sb = Superblock::fresh(uint64_t{8} << 30, uint64_t{8} << 20);
    fs.log = LogHeader::fresh(uint64_t{8} << 20);
    fs.logHeaderRead = true;
    fs.layout = detectLayout(fs.sb, &fs.log);
    fs.mediaSize = uint64_t{8} << 30;
    for (const Generated& g : log) {
        LogEntry e;
        if (g.isDir) {
            MkdirMeta d;
            setPathText(d.relpath, g.path);
            d.mode = 0755;
            e = LogEntry::makeMkdir(d);
        } else {
            FileMeta m;
            setPathText(m.relpath, g.path);
            m.size = kAllocUnit;
            m.mode = 0644;
            m.count = 1;
            const uint64_t at = g.zeroOffset ? 0 : (fs.entries.size() + 8) * kAllocUnit;
            m.setExtent(0, {0, at, kAllocUnit});
            e = LogEntry::makeFile(m);
        }
        e.seqnum = fs.entries.size();
        e.seal();
        fs.entries.push_back(std::move(e));
    }
    fs.log.nextIndex = fs.log.nextSeqnum = fs.entriesClaimed = fs.entries.size();
    return fs;
}

const std::set<std::string> kNamespaceCodes = {
    "PATH_PARENT_MISSING", "PATH_PARENT_NOT_DIR", "PATH_ESCAPES_MOUNT",
    "PATH_DUPLICATE",      "FILE_OVER_DIR",       "MKDIR_OVER_FILE",
};

// The first disagreement between fsck's namespace findings and the replay, or "".
std::string disagreement(const std::vector<Generated>& log, const Namespace& ns,
                         const fsck::FsckReport& report) {
    std::map<uint64_t, std::vector<const fsck::Finding*>> findings; // entry -> its findings
    for (const fsck::Finding& f : report.findings)
        if (kNamespaceCodes.count(f.code) && f.location.entry)
            findings[*f.location.entry].push_back(&f);
    std::map<uint64_t, std::pair<std::string, Landing>> made; // entry -> (node path, landing)
    for (const FsFile& f : ns.files)
        made[f.entryIndex] = {f.path, f.landing};
    for (const FsDir& d : ns.dirs)
        made[d.entryIndex] = {d.path, d.landing};
    std::set<uint64_t> escaped;
    for (const EscapedEntry& e : ns.escapes)
        escaped.insert(e.entryIndex);

    for (uint64_t i = 0; i < log.size(); ++i) {
        const auto& mine = findings[i];
        const std::string at = "entry " + std::to_string(i) + ": ";
        if (const auto m = made.find(i); m != made.end()) {
            const bool truncated = m->second.second == Landing::Truncated;
            if (mine.size() != (truncated ? 1u : 0u))
                return at + "replay created \"" + m->second.first + "\", fsck has " +
                       std::to_string(mine.size()) + " namespace findings";
            if (truncated && (mine[0]->code != "PATH_PARENT_MISSING" ||
                              mine[0]->message.find("creates a regular file \"" + m->second.first +
                                                    "\"") == std::string::npos))
                return at + "replay created the file \"" + m->second.first +
                       "\" at a missing parent, fsck says: " + mine[0]->message;
            continue;
        }
        if (escaped.count(i)) {
            if (mine.size() != 1 || mine[0]->code != "PATH_ESCAPES_MOUNT")
                return at + "replay resolved it outside the mount point, fsck does not say so";
            continue;
        }
        if (!log[i].relative()) {
            if (!mine.empty())
                return at + "a path that is not relative has a namespace finding";
            continue;
        }
        if (log[i].zeroOffset) { // skipped before the namespace: at most "already exists"
            if (mine.size() > 1 || (mine.size() == 1 && mine[0]->code != "PATH_DUPLICATE" &&
                                    mine[0]->code != "FILE_OVER_DIR"))
                return at + "a zero-offset file has an unexpected namespace finding";
            continue;
        }
        if (mine.size() != 1)
            return at + "replay did not instantiate it, fsck has " + std::to_string(mine.size()) +
                   " namespace findings";
        if (mine[0]->code == "PATH_ESCAPES_MOUNT" ||
            (mine[0]->code == "PATH_PARENT_MISSING" &&
             mine[0]->message.find("creates a regular file") != std::string::npos))
            return at + "fsck says " + mine[0]->message + ", the replay did not do that";
    }
    return {};
}

} // namespace

class TestFsckReplayAgreement : public QObject {
    Q_OBJECT
private slots:
    void namespaceFindingsSayWhatReplayDid();
    void pathVerdictsSharedWithTheReplay();
};

// fsck's path checks take a path's plain length from the replay instead of reading the path
// again (NamespaceChecks::plainPathLength). Where the replay gives one, it must be exactly
// famfs::plainPathLength() of the entry's field: a path that is not plain would otherwise
// lose its findings.
void TestFsckReplayAgreement::pathVerdictsSharedWithTheReplay() {
    uint64_t shared = 0, plain = 0;
    for (uint64_t seed = 1; seed <= 500; ++seed) {
        const LoadedFs fs = loadedFs(generatedLog(seed));
        const LoadedEntries entries(fs.entries);
        fsck::NamespaceChecks names(entries);
        replaySummary(fs, ReplayMode::Fsck, [&names](const EntryDecision& d) { names.decide(d); });
        for (uint64_t i = 0; i < fs.entries.size(); ++i) {
            const LogEntry& e = fs.entries[i];
            const PathField& field = e.file() ? e.file()->relpath : e.mkdir()->relpath;
            const size_t length = plainPathLength(field);
            plain += length != 0;
            if (names.plainPathLength(i) == 0)
                continue;
            ++shared;
            if (names.plainPathLength(i) != length)
                QFAIL(qPrintable(QString("seed %1, entry %2: the replay says %3, the path's "
                                         "plain length is %4")
                                     .arg(seed)
                                     .arg(i)
                                     .arg(names.plainPathLength(i))
                                     .arg(length)));
        }
        QCOMPARE(names.plainPathLength(fs.entries.size()), size_t{0}); // past the log
    }
    qInfo("%llu of %llu plain paths taken from the replay", static_cast<unsigned long long>(shared),
          static_cast<unsigned long long>(plain));
    QVERIFY(shared > plain / 2); // the sharing happens, and is not what this test skips
}

void TestFsckReplayAgreement::namespaceFindingsSayWhatReplayDid() {
    constexpr uint64_t kLogs = 3000;
    uint64_t entries = 0, findings = 0;
    for (uint64_t seed = 1; seed <= kLogs; ++seed) {
        const std::vector<Generated> log = generatedLog(seed);
        const LoadedFs fs = loadedFs(log);
        const Namespace ns = replay(fs, ReplayMode::Fsck);
        fsck::FsckOptions options;
        options.systemUuidFile = "/nonexistent"; // the role does not matter here
        const fsck::FsckReport report = fsck::runFsck(fs, options);
        const std::string diff = disagreement(log, ns, report);
        if (!diff.empty()) {
            std::string text;
            for (size_t i = 0; i < log.size(); ++i)
                text += "  " + std::to_string(i) + (log[i].isDir ? " MKDIR \"" : " FILE \"") +
                        mountoracle::printable(log[i].path) +
                        (log[i].zeroOffset ? "\" (offset 0)\n" : "\"\n");
            QFAIL(("log of seed " + std::to_string(seed) + ": " + diff + "\n" + text).c_str());
        }
        entries += log.size();
        for (const fsck::Finding& f : report.findings)
            findings += kNamespaceCodes.count(f.code);
    }
    QVERIFY(findings > kLogs); // the generator makes namespace trouble in most logs
    qInfo("compared %llu generated logs, %llu entries, %llu namespace findings: 0 disagreements",
          static_cast<unsigned long long>(kLogs), static_cast<unsigned long long>(entries),
          static_cast<unsigned long long>(findings));
}

QTEST_GUILESS_MAIN(TestFsckReplayAgreement)
#include "tst_fsck_replay_agreement.moc"
