// Differential test of log replay against the mount itself: the test oracle (MountOracle.h)
// replays each generated log into a real directory with the calls famfs's __famfs_logplay
// makes, in its order, then the tree on disk is compared with famscope's namespace: every path,
// whether it is a file or a directory, and which entry made it; the entries that land outside
// the mount point; and famfs's counters. Thousands of seeded logs mix missing parents,
// duplicates, files over directories and directories over files, "..", ".", empty components,
// 79-byte paths and non-ASCII bytes.
#include "MountOracle.h"

#include "core/format/LogEntry.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/Replay.h"

#include <QTemporaryDir>
#include <QTest>

#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

using namespace famscope;
using namespace famscope::famfs;
using namespace famscope::fs;
using namespace mountoracle;

namespace {

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
        if (l.isDir()) {
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

} // namespace

class TestMountOracle : public QObject {
    Q_OBJECT
private slots:
    void generatedLogsMatchTheMount();
};

void TestMountOracle::generatedLogsMatchTheMount() {
    QTemporaryDir tmp(QString::fromStdString(sandboxTemplate()));
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
