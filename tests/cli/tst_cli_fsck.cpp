// famscope fsck as a user runs it: the famfs-style summary byte for byte against what famfs
// fsck printed for every golden image, the findings, JSON, and both exit-status schemes.
#include "CliRun.h"
#include "GoldenImages.h"
#include "TempDir.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace {

using cli::famscope;
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
    void killedSuperblock();
    void clientRole();
    void badCommandLineAndTarget();

private:
    Run fsck(const QString& image, QStringList extra = {}) {
        return famscope(
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
    const Run r = famscope({QStringLiteral("fsck"), QStringLiteral("--system-uuid-file"), other,
                            golden::imagePath(QStringLiteral("a02-files"))});
    QCOMPARE(r.exitCode, 0); // info only
    QVERIFY(r.out.contains("role of this node: Client\n"));
    QVERIFY(r.out.contains("SB_ROLE_CLIENT"));
}

void TestCliFsck::badCommandLineAndTarget() {
    QCOMPARE(famscope({QStringLiteral("fsck")}).exitCode, 16);
    QCOMPARE(
        famscope({QStringLiteral("fsck"), QStringLiteral("--bogus"), QStringLiteral("x")}).exitCode,
        16);
    const QString missing = tempPath(dir_, QStringLiteral("missing.img"));
    const Run r = famscope({QStringLiteral("fsck"), missing});
    QCOMPARE(r.exitCode, 8);
    QVERIFY(r.err.contains("missing.img"));
    QCOMPARE(famscope({QStringLiteral("fsck"), QStringLiteral("--famfs-compat"), missing}).exitCode,
             1);
    QCOMPARE(famscope({QStringLiteral("fsck"), QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliFsck)
#include "tst_cli_fsck.moc"
