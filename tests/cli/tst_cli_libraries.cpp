// famscope loads libdaxctl (and libkmod, libcrypto, liblzma behind it) only for the commands
// that discover dax devices: every other command starts without it. The dynamic loader's own
// trace (LD_DEBUG=libs) names every library a process loads, at start or through dlopen.
#include "CliRun.h"
#include "GoldenImages.h"

#include "core/media/DaxctlLibrary.h"

#include <QTest>

using cli::Run;

namespace {

Run traced(const QStringList& args) {
    return cli::famscope(args, QStringLiteral("env LD_DEBUG=libs"));
}

bool loads(const Run& run, const char* soname) {
    return run.err.contains(QByteArray("find library=") + soname);
}

} // namespace

class TestCliLibraries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void imageCommandsDoNotLoadDaxctl_data();
    void imageCommandsDoNotLoadDaxctl();
    void devicesLoadsDaxctl();
};

void TestCliLibraries::initTestCase() {
    const Run run = traced({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    if (!loads(run, "libQt6Core.so.6"))
        QSKIP("the dynamic loader does not trace library loading with LD_DEBUG=libs here");
}

void TestCliLibraries::imageCommandsDoNotLoadDaxctl_data() {
    QTest::addColumn<QStringList>("args");
    const QString image = golden::imagePath(QStringLiteral("a02-files"));
    QTest::newRow("info") << QStringList{QStringLiteral("info"), image};
    QTest::newRow("ls") << QStringList{QStringLiteral("ls"), QStringLiteral("-l"), image};
    QTest::newRow("fsck") << QStringList{QStringLiteral("fsck"), image};
    QTest::newRow("version") << QStringList{QStringLiteral("--version")};
}

void TestCliLibraries::imageCommandsDoNotLoadDaxctl() {
    QFETCH(QStringList, args);
    const Run run = traced(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains("libdaxctl"), "libdaxctl was loaded");
}

// The same trace does see libdaxctl when a command needs it, so the test above can fail.
void TestCliLibraries::devicesLoadsDaxctl() {
    const Run run = traced({QStringLiteral("devices")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(loads(run, famscope::media::kDaxctlSoname), run.err.right(2000).constData());
    QVERIFY2(!run.err.contains("famscope: devices:"), "libdaxctl could not be loaded");
}

QTEST_GUILESS_MAIN(TestCliLibraries)
#include "tst_cli_libraries.moc"
