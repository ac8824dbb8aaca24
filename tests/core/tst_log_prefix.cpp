// fs::logPrefix: the file system as of its first N log entries. Every field of LoadedFs but the
// log's length carries over unchanged, entries past the cut are gone, and next_index,
// next_seqnum and the claimed count follow the cut as famfs would have left them.
#include "core/format/Layout.h"
#include "core/format/LogEntry.h"
#include "core/fs/LoadedFs.h"
#include "core/fs/LogPrefix.h"

#include <QTest>

using namespace famscope;
using namespace famscope::famfs;

namespace {

constexpr uint64_t kMiB = uint64_t{1} << 20;

// Five sealed MKDIR entries, and a value other than the default in every other field.
fs::LoadedFs fiveEntries() {
    fs::LoadedFs fs;
    fs.path = "/images/prefix.img";
    fs.mediaKind = media::MediaKind::ImageFile;
    fs.mediaSize = 4096 * kMiB;
    fs.sb = Superblock::fresh(fs.mediaSize, 8 * kMiB);
    fs.log = LogHeader::fresh(8 * kMiB);
    fs.logHeaderRead = true;
    fs.layout = detectLayout(fs.sb, &fs.log);
    fs.warnings = {"a warning from the load"};
    for (uint64_t i = 0; i < 5; ++i) {
        MkdirMeta d;
        setPathText(d.relpath, "dir" + std::to_string(i));
        d.mode = 0755;
        LogEntry e = LogEntry::makeMkdir(d);
        e.seqnum = i;
        e.seal();
        fs.entries.push_back(e);
    }
    fs.log.nextIndex = fs.log.nextSeqnum = 5;
    fs.entriesClaimed = 5;
    return fs;
}

} // namespace

class TestLogPrefix : public QObject {
    Q_OBJECT
private slots:
    void cutKeepsTheFirstEntriesAndEveryOtherField() {
        const fs::LoadedFs whole = fiveEntries();
        const fs::LoadedFs cut = fs::logPrefix(whole, 2);
        QCOMPARE(cut.entries.size(), size_t{2});
        for (size_t i = 0; i < cut.entries.size(); ++i)
            QVERIFY(cut.entries[i].encode() == whole.entries[i].encode());
        QCOMPARE(cut.log.nextIndex, uint64_t{2});
        QCOMPARE(cut.log.nextSeqnum, uint64_t{2});
        QCOMPARE(cut.entriesClaimed, uint64_t{2});
        // Unchanged: everything the media says outside the log's length.
        QCOMPARE(cut.path, whole.path);
        QVERIFY(cut.mediaKind == whole.mediaKind);
        QCOMPARE(cut.mediaSize, whole.mediaSize);
        QVERIFY(cut.sb.encode() == whole.sb.encode());
        QCOMPARE(cut.logHeaderRead, whole.logHeaderRead);
        QCOMPARE(cut.log.len, whole.log.len);
        QCOMPARE(cut.log.lastIndex, whole.log.lastIndex);
        QCOMPARE(cut.layout.supported, whole.layout.supported);
        QCOMPARE(cut.layout.entrySize, whole.layout.entrySize);
        QCOMPARE(cut.layout.description, whole.layout.description);
        QCOMPARE(cut.warnings, whole.warnings);
        // The source is left as it was.
        QCOMPARE(whole.entries.size(), size_t{5});
        QCOMPARE(whole.log.nextIndex, uint64_t{5});
    }

    void cutAtOrPastTheEndIsTheWholeLog() {
        const fs::LoadedFs whole = fiveEntries();
        for (const uint64_t at : {uint64_t{5}, uint64_t{6}, UINT64_MAX}) {
            const fs::LoadedFs cut = fs::logPrefix(whole, at);
            QCOMPARE(cut.entries.size(), size_t{5});
            QVERIFY(cut.log.encode() == whole.log.encode());
            QCOMPARE(cut.entriesClaimed, whole.entriesClaimed);
        }
    }

    void cutAtZeroLeavesAnEmptyLog() {
        const fs::LoadedFs cut = fs::logPrefix(fiveEntries(), 0);
        QVERIFY(cut.entries.empty());
        QCOMPARE(cut.log.nextIndex, uint64_t{0});
        QCOMPARE(cut.entriesClaimed, uint64_t{0});
    }

    // A header whose next_seqnum already disagrees with next_index keeps its own: the
    // disagreement is a finding of the whole log that the cut must not hide.
    void seqnumThatDisagreesIsKept() {
        fs::LoadedFs whole = fiveEntries();
        whole.log.nextSeqnum = 9;
        const fs::LoadedFs cut = fs::logPrefix(whole, 3);
        QCOMPARE(cut.log.nextIndex, uint64_t{3});
        QCOMPARE(cut.log.nextSeqnum, uint64_t{9});
    }
};

QTEST_GUILESS_MAIN(TestLogPrefix)
#include "tst_log_prefix.moc"
