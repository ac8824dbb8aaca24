// famscope fsck against every real famfs image: the famfs summary figures must equal what
// famfs fsck printed (MANIFEST.json tool_results.fsck_device.stdout, or the manifest's
// allocation figures where famfs refused to print), famscope's --famfs-compat exit status must
// equal famfs's, and the damaged images must produce their specific findings.
#include "GoldenImages.h"

#include "core/fs/LoadedFs.h"
#include "core/fsck/Fsck.h"
#include "core/media/Media.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace famscope;
using namespace famscope::fsck;

namespace {

QLatin1String key(const char* k) {
    return QLatin1String(k);
}

struct Checked {
    fs::LoadedFs fs;
    FsckReport report;
};

// The system UUID of the host that ran the famfs tools (every superblock has it), so the
// role is "Owner" as famfs printed it.
Checked check(const QString& name, bool force = false) {
    auto media = media::openMedia(golden::imagePath(name).toStdString(), media::Access::ReadOnly);
    if (!media)
        qFatal("cannot open %s: %s", qPrintable(name), media.error().c_str());
    auto loaded = fs::loadFileSystem(**media);
    if (!loaded)
        qFatal("cannot load %s: %s", qPrintable(name), loaded.error().c_str());
    static QTemporaryDir dir;
    const QString uuidFile = dir.filePath(QStringLiteral("system_uuid"));
    QFile f(uuidFile);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(uuidFile));
    f.write("5a3e1f0c-7d2b-4c1e-9f60-a1b2c3d4e5f6\n");
    f.close();
    FsckOptions options;
    options.systemUuidFile = uuidFile.toStdString();
    options.force = force;
    Checked c{std::move(*loaded), {}};
    c.report = runFsck(c.fs, options);
    return c;
}

// "  Label:   123" -> 123, from famfs's stdout; fails the test when the line is missing.
uint64_t printed(const QString& stdoutText, const QString& pattern) {
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    const auto m = re.match(stdoutText);
    if (!m.hasMatch())
        qFatal("famfs output has no match for %s", qPrintable(pattern));
    return m.captured(1).toULongLong();
}

std::vector<const Finding*> findingsWith(const FsckReport& r, const char* code) {
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings)
        if (f.code == code)
            out.push_back(&f);
    return out;
}

} // namespace

class TestFsckGolden : public QObject {
    Q_OBJECT
private slots:
    void images_data() {
        QTest::addColumn<QString>("image");
        for (const QString& name : golden::imageNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void summaryMatchesFamfs_data() { images_data(); }
    void summaryMatchesFamfs();
    void famfsExitStatus_data() { images_data(); }
    void famfsExitStatus();
    void cleanImagesHaveNoErrors_data() { images_data(); }
    void cleanImagesHaveNoErrors();
    void specificFindings();
    void killedSuperblockForced();
};

void TestFsckGolden::summaryMatchesFamfs() {
    QFETCH(QString, image);
    const QJsonObject m = golden::manifestImage(image);
    const Checked c = check(image);
    const FamfsFigures& f = c.report.figures;
    const QString out = m.value(key("tool_results"))
                            .toObject()
                            .value(key("fsck_device"))
                            .toObject()
                            .value(key("stdout"))
                            .toString();
    if (out.isEmpty()) {
        // famfs refused the superblock and printed nothing: its bitmap figures are in the
        // manifest's allocation section.
        const QJsonObject a = m.value(key("allocation")).toObject();
        QCOMPARE(f.allocatedBytes, golden::number(a.value(key("allocated_bytes"))));
        QCOMPARE(f.collisions, golden::number(a.value(key("collisions"))));
        QCOMPARE(f.sumOfFileSizes, golden::number(a.value(key("sum_of_file_sizes"))));
        QCOMPARE(f.freeBytes, golden::number(a.value(key("free_bytes"))));
        QCOMPARE(f.files, golden::number(a.value(key("files_logged"))));
        QCOMPARE(f.directories, golden::number(a.value(key("dirs_logged"))));
        QCOMPARE(f.badEntries, golden::number(a.value(key("bad_entries"))));
        return;
    }
    QCOMPARE(f.entriesInUse, printed(out, QStringLiteral("# of log entries in use: (\\d+) of")));
    QCOMPARE(f.logSlots, printed(out, QStringLiteral("# of log entries in use: \\d+ of (\\d+)")));
    QCOMPARE(f.logLen, printed(out, QStringLiteral("Log size \\(total bytes\\)\\s+(\\d+)")));
    if (out.contains(QLatin1String("ALLOCATION COLLISIONS"))) {
        QCOMPARE(f.collisions, printed(out, QStringLiteral("ERROR: (\\d+) ALLOCATION")));
    } else {
        QCOMPARE(f.collisions, uint64_t{0});
        QCOMPARE(f.deviceCapacity, printed(out, QStringLiteral("Device capacity:\\s+(\\d+)")));
        QCOMPARE(f.bitmapCapacity, printed(out, QStringLiteral("Bitmap capacity:\\s+(\\d+)")));
        QCOMPARE(f.sumOfFileSizes, printed(out, QStringLiteral("Sum of file sizes:\\s+(\\d+)")));
        QCOMPARE(f.allocatedBytes, printed(out, QStringLiteral("Allocated bytes:\\s+(\\d+)")));
        QCOMPARE(f.freeBytes, printed(out, QStringLiteral("Free space:\\s+(\\d+)")));
        const QRegularExpression amp(QStringLiteral("Space amplification:\\s+(\\S+)"));
        const QString want = amp.match(out).captured(1);
        const double a = f.spaceAmplification();
        QCOMPARE(std::isinf(a) ? QStringLiteral("inf") : QString::number(a, 'f', 2), want);
        const QRegularExpression pct(QStringLiteral("Percent used:\\s+(\\S+)%"));
        QCOMPARE(QString::number(f.percentUsed(), 'f', 1), pct.match(out).captured(1));
    }
    QCOMPARE(f.badEntries, printed(out, QStringLiteral("^  (\\d+) bad log entries detected")));
    QCOMPARE(f.files, printed(out, QStringLiteral("^  (\\d+) files$")));
    QCOMPARE(f.directories, printed(out, QStringLiteral("^  (\\d+) directories$")));
    QCOMPARE(QString::fromLatin1(roleName(c.report.role)),
             QStringLiteral("Owner")); // famfs printed "role of this node: Owner" everywhere
}

void TestFsckGolden::famfsExitStatus() {
    QFETCH(QString, image);
    const QJsonObject m = golden::manifestImage(image);
    const int want = m.value(key("tool_results"))
                         .toObject()
                         .value(key("fsck_device"))
                         .toObject()
                         .value(key("exit"))
                         .toInt(-1);
    QCOMPARE(fsck::famfsExitStatus(check(image).report), want);
}

void TestFsckGolden::cleanImagesHaveNoErrors() {
    QFETCH(QString, image);
    const Checked c = check(image);
    const QStringList damaged = {
        QStringLiteral("a07-bad-sb-crc"),         QStringLiteral("a08-bad-log-entry-crc"),
        QStringLiteral("a09-bad-log-header-crc"), QStringLiteral("a10-crosslinked"),
        QStringLiteral("a11-bad-seqnum"),         QStringLiteral("a12-killed-sb")};
    if (damaged.contains(image)) {
        QVERIFY(c.report.counts.errors > 0);
        QCOMPARE(exitStatus(c.report), int{FsckErrors});
        return;
    }
    for (const Finding& f : c.report.findings)
        QVERIFY2(f.severity != Severity::Error, f.message.c_str());
    QVERIFY(c.report.logChecked);
}

void TestFsckGolden::specificFindings() {
    {
        const auto r = check(QStringLiteral("a07-bad-sb-crc")).report;
        const auto sb = findingsWith(r, "SB_CRC");
        QCOMPARE(sb.size(), size_t{1});
        QCOMPARE(sb[0]->location.offset, std::optional<uint64_t>(96));
        QVERIFY(QByteArray::fromStdString(sb[0]->message).contains("0xe3d292fd"));
        QCOMPARE(r.counts.errors, uint64_t{1});
    }
    {
        const auto r = check(QStringLiteral("a08-bad-log-entry-crc")).report;
        const auto bad = findingsWith(r, "ENTRY_CRC");
        QCOMPARE(bad.size(), size_t{1});
        QCOMPARE(bad[0]->location.entry, std::optional<uint64_t>(4));
        QCOMPARE(r.counts.errors, uint64_t{1});
    }
    {
        const auto r = check(QStringLiteral("a09-bad-log-header-crc")).report;
        QCOMPARE(findingsWith(r, "LOG_CRC").size(), size_t{1});
        QCOMPARE(r.counts.errors, uint64_t{1});
    }
    {
        const auto r = check(QStringLiteral("a10-crosslinked")).report;
        const auto pairs = findingsWith(r, "ALLOC_COLLISION");
        QCOMPARE(pairs.size(), size_t{2});
        // data/raw/blob (entry 5) vs data/blob_clone (11): 1 unit; data/ten_m_zero (6) vs
        // data/ten_m_clone (10): 5 units; 6 in all, as famfs counted.
        QCOMPARE(pairs[0]->location.entry, std::optional<uint64_t>(11));
        QCOMPARE(pairs[0]->location.auCount, uint64_t{1});
        QVERIFY(QByteArray::fromStdString(pairs[0]->message).contains("data/raw/blob"));
        QCOMPARE(pairs[1]->location.entry, std::optional<uint64_t>(10));
        QCOMPARE(pairs[1]->location.auCount, uint64_t{5});
        QVERIFY(QByteArray::fromStdString(pairs[1]->message).contains("data/ten_m_zero"));
        QCOMPARE(r.counts.errors, uint64_t{2});
    }
    {
        const auto r = check(QStringLiteral("a11-bad-seqnum")).report;
        const auto bad = findingsWith(r, "ENTRY_SEQNUM");
        QCOMPARE(bad.size(), size_t{1});
        QCOMPARE(bad[0]->location.entry, std::optional<uint64_t>(5));
        QVERIFY(QByteArray::fromStdString(bad[0]->message).contains("77"));
    }
    {
        const auto r = check(QStringLiteral("a12-killed-sb")).report;
        QCOMPARE(findingsWith(r, "SB_MAGIC").size(), size_t{1});
        QCOMPARE(r.findings.size(), size_t{1}); // nothing else is checked without --force
        QVERIFY(!r.logChecked);
    }
    QCOMPARE(findingsWith(check(QStringLiteral("a13-v47")).report, "SB_VERSION_PREVIOUS").size(),
             size_t{1});
    {
        const auto r = check(QStringLiteral("a14-add-daxdev")).report;
        const auto dd = findingsWith(r, "ENTRY_ADD_DAXDEV");
        QCOMPARE(dd.size(), size_t{2});
        QCOMPARE(dd[0]->location.entry, std::optional<uint64_t>(2));
        QCOMPARE(dd[1]->location.entry, std::optional<uint64_t>(3));
    }
    QCOMPARE(findingsWith(check(QStringLiteral("a15-small-512m")).report, "SB_DEVICE_SMALL").size(),
             size_t{1});
    QCOMPARE(findingsWith(check(QStringLiteral("a06-log-full")).report, "CAP_LOG_FULL").size(),
             size_t{1});
    {
        const auto r = check(QStringLiteral("a03-dirs")).report;
        const auto longPaths = findingsWith(r, "PATH_MAX_LENGTH");
        QCOMPARE(longPaths.size(), size_t{2}); // the 79-character path and the truncated 80
        QCOMPARE(longPaths[0]->location.entry, std::optional<uint64_t>(23));
    }
}

void TestFsckGolden::killedSuperblockForced() {
    const auto r = check(QStringLiteral("a12-killed-sb"), true).report;
    QVERIFY(r.logChecked);
    QCOMPARE(findingsWith(r, "SB_MAGIC").size(), size_t{1});
    QCOMPARE(r.counts.errors, uint64_t{1}); // the log itself is intact
    QCOMPARE(r.figures.files, uint64_t{7});
}

QTEST_GUILESS_MAIN(TestFsckGolden)
#include "tst_fsck_golden.moc"
