// famscope fsck as a user runs it: the famfs-style summary byte for byte against what famfs
// fsck printed for every golden image, the findings, JSON, and both exit-status schemes.
#include "CliRun.h"
#include "DamagedLogImage.h"
#include "GoldenImages.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

using cli::Run;

QLatin1String key(const char* k) {
    return QLatin1String(k);
}

QJsonObject famfsFsck(const QString& image) {
    return golden::manifestImage(image)
        .value(key("tool_results"))
        .toObject()
        .value(key("fsck_device"))
        .toObject();
}

} // namespace

class TestCliFsck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        uuidFile_ = tempPath(dir_, QStringLiteral("system_uuid"));
        QFile f(uuidFile_);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("5a3e1f0c-7d2b-4c1e-9f60-a1b2c3d4e5f6\n"); // the host that made the images
    }
    void summaryByteForByte_data();
    void summaryByteForByte();
    void exitStatuses();
    void json();
    void groupedText();
    void groupedJson();
    void damagedEntriesKeptUntilExit();
    void killedSuperblock();
    void clientRole();
    void badCommandLineAndTarget();

private:
    Run fsck(const QString& image, QStringList extra = {}) {
        return cli::famscope(
            QStringList{QStringLiteral("fsck"), QStringLiteral("--system-uuid-file"), uuidFile_} +
            extra + QStringList{golden::imagePath(image)});
    }
    QTemporaryDir dir_;
    QString uuidFile_;
};

void TestCliFsck::summaryByteForByte_data() {
    QTest::addColumn<QString>("image");
    for (const QString& name : golden::imageNames())
        if (!famfsFsck(name).value(key("stdout")).toString().isEmpty())
            QTest::newRow(qPrintable(name)) << name;
}

void TestCliFsck::summaryByteForByte() {
    QFETCH(QString, image);
    QByteArray want = famfsFsck(image).value(key("stdout")).toString().toUtf8();
    // Lines famfs prints before the summary about how it sized the device (a13) are not part
    // of the summary.
    want = want.mid(want.indexOf("Famfs Superblock:"));
    const Run r = fsck(image);
    QVERIFY2(r.out.startsWith(want), r.out.constData());
    // The findings follow the summary.
    QVERIFY(r.out.mid(want.size()).startsWith("famscope fsck: "));
}

void TestCliFsck::exitStatuses() {
    // Default, e2fsck-like: 0 clean, 1 warnings only, 4 errors.
    QCOMPARE(fsck(QStringLiteral("a01-empty")).exitCode, 0);
    QCOMPARE(fsck(QStringLiteral("a06-log-full")).exitCode, 1);
    QCOMPARE(fsck(QStringLiteral("a07-bad-sb-crc")).exitCode, 4);
    QCOMPARE(fsck(QStringLiteral("a08-bad-log-entry-crc")).exitCode, 4);
    QCOMPARE(fsck(QStringLiteral("a09-bad-log-header-crc")).exitCode, 4);
    // --famfs-compat: exactly what famfs fsck returned for each image.
    for (const QString& name : golden::imageNames()) {
        const Run r = fsck(name, {QStringLiteral("--famfs-compat")});
        QCOMPARE(r.exitCode, famfsFsck(name).value(key("exit")).toInt(-1));
    }
}

void TestCliFsck::json() {
    const Run r = fsck(QStringLiteral("a10-crosslinked"), {QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 4);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(key("exit_status")).toInt(), 4);
    const QJsonObject s = o.value(key("summary")).toObject();
    QCOMPARE(s.value(key("allocation_collisions")).toInt(), 6);
    QCOMPARE(s.value(key("files")).toInt(), 9);
    QCOMPARE(s.value(key("directories")).toInt(), 3);
    QCOMPARE(o.value(key("role")).toString(), QStringLiteral("Owner"));
    int collisions = 0;
    for (const auto& v : o.value(key("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(key("code")).toString() != QLatin1String("ALLOC_COLLISION"))
            continue;
        ++collisions;
        QCOMPARE(f.value(key("severity")).toString(), QStringLiteral("error"));
        const QJsonObject l = f.value(key("location")).toObject();
        QVERIFY(l.contains(key("first_au")));
        QVERIFY(l.value(key("path")).toString().endsWith(QLatin1String("_clone")));
    }
    QCOMPARE(collisions, 2);
    QCOMPARE(o.value(key("counts")).toObject().value(key("error")).toInt(), 2);
    // The empty file system: infinite amplification is null in JSON.
    const QJsonObject empty = fsck(QStringLiteral("a01-empty"), {QStringLiteral("--json")}).json();
    QVERIFY(empty.value(key("summary")).toObject().value(key("space_amplification")).isNull());
    QCOMPARE(empty.value(key("free_space")).toObject().value(key("free_runs")).toInt(), 1);
}

namespace {

// 3,500 claimed entries, none written: zeros in 0..1499, random bytes in 1500..2499, zeros in
// 2500..3499. Three causes; the first one's members are more than a group lists.
DamagedLogImage& longRuns() {
    static DamagedLogImage image(3500, 1500, 2500);
    return image;
}

Run fsckLongRuns(QStringList extra = {}) {
    return cli::famscope(QStringList{QStringLiteral("fsck"), QStringLiteral("--system-uuid-file"),
                                     longRuns().systemUuidFile()} +
                         extra + QStringList{longRuns().path()});
}

QList<QByteArray> linesStartingWith(const QByteArray& text, const QByteArray& start) {
    QList<QByteArray> out;
    for (const QByteArray& line : text.split('\n'))
        if (line.startsWith(start))
            out << line;
    return out;
}

} // namespace

// One line per cause, with its range and count; --all adds every member kept, and says how
// many are not; neither changes the famfs summary or the exit status.
void TestCliFsck::groupedText() {
    const Run plain = fsckLongRuns();
    QCOMPARE(plain.exitCode, 4);
    QVERIFY2(plain.out.contains("famscope fsck: 3 errors, 0 warnings"), plain.out.constData());
    QVERIFY(plain.out.contains("  3500 bad log entries detected\n")); // famfs's own count
    const QList<QByteArray> groups = linesStartingWith(plain.out, "  ENTRY_CRC ");
    QCOMPARE(groups.size(), 3);
    const QByteArray crcOfSlot0 =
        "crc @0x" + QByteArray::number(DamagedLogImage::slot(0) + 536, 16);
    QVERIFY2(groups[0].contains("entries 0..1499 " + crcOfSlot0 +
                                ": 1,500 empty slots (all zero) counted by next_index"),
             groups[0].constData());
    QVERIFY2(groups[1].contains("entries 1500..2499 crc @") &&
                 groups[1].contains(": 1,000 slots of random bytes, not log entries"),
             groups[1].constData());
    QVERIFY2(groups[2].contains("entries 2500..3499 crc @") &&
                 groups[2].contains(": 1,000 empty slots (all zero)"),
             groups[2].constData());
    QVERIFY(linesStartingWith(plain.out, "      ").isEmpty());

    const Run all = fsckLongRuns({QStringLiteral("--all")});
    QCOMPARE(all.exitCode, plain.exitCode);
    const qsizetype findingsAt = plain.out.indexOf("famscope fsck: ");
    QCOMPARE(all.out.left(findingsAt), plain.out.left(findingsAt)); // the famfs summary
    QCOMPARE(linesStartingWith(all.out, "  ENTRY_CRC "), groups);
    const QList<QByteArray> members = linesStartingWith(all.out, "      entry ");
    QCOMPARE(members.size(), 3000); // 1,000 of the first group, all of the others
    QVERIFY2(members[0].startsWith("      entry 0 " + crcOfSlot0 + ": empty slot (all zero)"),
             members[0].constData());
    QVERIFY(members[999].startsWith("      entry 999 crc @"));
    QVERIFY2(members[1000].startsWith("      entry 1500 crc @") &&
                 members[1000].contains("random bytes, not a log entry: seqnum is "),
             members[1000].constData());
    QVERIFY(members[2999].startsWith("      entry 3499 crc @"));
    const QList<QByteArray> notListed = linesStartingWith(all.out, "      ... and ");
    QCOMPARE(notListed.size(), 1);
    QVERIFY2(notListed[0].contains("500 more entries of this group, not listed"),
             notListed[0].constData());
    // Where the group stops listing: right after its 1,000th member.
    QVERIFY(all.out.contains(members[999] + "\n" + notListed[0] + "\n"));
}

// --json keeps each group's range, count, first and last location; --all adds the members.
void TestCliFsck::groupedJson() {
    struct Group {
        qint64 first, last;
        qsizetype listed;
    };
    const Group want[] = {{0, 1499, 1000}, {1500, 2499, 1000}, {2500, 3499, 1000}};
    for (const bool all : {false, true}) {
        const Run r =
            fsckLongRuns(all ? QStringList{QStringLiteral("--json"), QStringLiteral("--all")}
                             : QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(key("exit_status")).toInt(), 4);
        QCOMPARE(o.value(key("summary")).toObject().value(key("bad_log_entries")).toInt(), 3500);
        QCOMPARE(o.value(key("counts")).toObject().value(key("error")).toInt(), 3);
        std::vector<QJsonObject> groups;
        for (const auto& v : o.value(key("findings")).toArray())
            if (v.toObject().value(key("code")).toString() == QLatin1String("ENTRY_CRC"))
                groups.push_back(v.toObject());
        QCOMPARE(groups.size(), size_t{3});
        for (size_t g = 0; g < 3; ++g) {
            const QJsonObject& f = groups[g];
            const qint64 count = want[g].last - want[g].first + 1;
            QCOMPARE(f.value(key("count")).toInteger(), count);
            const QJsonObject range = f.value(key("range")).toObject();
            QCOMPARE(range.value(key("first_entry")).toInteger(), want[g].first);
            QCOMPARE(range.value(key("last_entry")).toInteger(), want[g].last);
            const QJsonObject first = f.value(key("location")).toObject();
            const QJsonObject last = f.value(key("last_location")).toObject();
            QCOMPARE(first.value(key("entry")).toInteger(), want[g].first);
            QCOMPARE(last.value(key("entry")).toInteger(), want[g].last);
            QCOMPARE(last.value(key("offset")).toInteger(),
                     qint64(DamagedLogImage::slot(uint64_t(want[g].last)) + 536));
            QCOMPARE(f.contains(key("members")), all);
            if (!all)
                continue;
            const QJsonArray members = f.value(key("members")).toArray();
            QCOMPARE(members.size(), want[g].listed);
            QCOMPARE(f.value(key("members_not_listed")).toInteger(), count - want[g].listed);
            for (qsizetype k = 0; k < members.size(); ++k) {
                const QJsonObject m = members[k].toObject();
                QCOMPARE(m.value(key("code")).toString(), QStringLiteral("ENTRY_CRC"));
                QCOMPARE(m.value(key("count")).toInt(), 1);
                QCOMPARE(m.value(key("location")).toObject().value(key("entry")).toInteger(),
                         want[g].first + k);
            }
        }
    }
    // A single finding says it stands for one entry, and has no range.
    const QJsonObject single =
        fsck(QStringLiteral("a08-bad-log-entry-crc"), {QStringLiteral("--json")}).json();
    for (const auto& v : single.value(key("findings")).toArray()) {
        QCOMPARE(v.toObject().value(key("count")).toInt(), 1);
        QVERIFY(!v.toObject().contains(key("range")));
    }
}

// fsck and info --json leave their loaded file system to the process's exit. Slots of random
// bytes decode into entries that own heap blocks (their bytes, which famfs would leave zero),
// and the array of 6,000 entries is over 1 MiB, so it is mapped (fs::BulkAllocator), not taken
// from the heap. In the sanitizer suite LeakSanitizer must find those blocks through the
// mapping: a leak report would change the exit status and fill stderr. info's text (--force)
// streams the log instead and keeps no entry; its window's blocks must not leak either.
void TestCliFsck::damagedEntriesKeptUntilExit() {
    static DamagedLogImage image(6000, 0, 6000);
    const Run checked = cli::famscope({QStringLiteral("fsck"), QStringLiteral("--system-uuid-file"),
                                       image.systemUuidFile(), image.path()});
    QCOMPARE(checked.exitCode, 4);
    QVERIFY2(checked.out.contains("entries 0..5999 crc @"), checked.out.constData());
    QVERIFY2(checked.err.isEmpty(), checked.err.constData());
    for (const QString& format : {QStringLiteral("--json"), QStringLiteral("--force")}) {
        const Run shown = cli::famscope({QStringLiteral("info"), format, image.path()});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.err.isEmpty(), shown.err.constData());
    }
}

void TestCliFsck::killedSuperblock() {
    const Run plain = fsck(QStringLiteral("a12-killed-sb"));
    QCOMPARE(plain.exitCode, 4);
    QVERIFY(!plain.out.contains("Famfs Superblock:")); // famfs prints no summary either
    QVERIFY(plain.out.contains("SB_MAGIC"));
    const Run forced = fsck(QStringLiteral("a12-killed-sb"), {QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 4);
    QVERIFY(forced.out.contains("Famfs Superblock:"));
    QVERIFY(forced.out.contains("  7 files\n"));
}

void TestCliFsck::clientRole() {
    const QString other = tempPath(dir_, QStringLiteral("other_uuid"));
    QFile f(other);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("00000000-1111-2222-3333-444444444444\n");
    f.close();
    const Run r = cli::famscope({QStringLiteral("fsck"), QStringLiteral("--system-uuid-file"),
                                 other, golden::imagePath(QStringLiteral("a02-files"))});
    QCOMPARE(r.exitCode, 0); // info only
    QVERIFY(r.out.contains("role of this node: Client\n"));
    QVERIFY(r.out.contains("SB_ROLE_CLIENT"));
}

void TestCliFsck::badCommandLineAndTarget() {
    QCOMPARE(cli::famscope({QStringLiteral("fsck")}).exitCode, 16);
    QCOMPARE(cli::famscope({QStringLiteral("fsck"), QStringLiteral("--bogus"), QStringLiteral("x")})
                 .exitCode,
             16);
    const QString missing = tempPath(dir_, QStringLiteral("missing.img"));
    const Run r = cli::famscope({QStringLiteral("fsck"), missing});
    QCOMPARE(r.exitCode, 8);
    QVERIFY(r.err.contains("missing.img"));
    QCOMPARE(
        cli::famscope({QStringLiteral("fsck"), QStringLiteral("--famfs-compat"), missing}).exitCode,
        1);
    QCOMPARE(cli::famscope({QStringLiteral("fsck"), QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliFsck)
#include "tst_cli_fsck.moc"
