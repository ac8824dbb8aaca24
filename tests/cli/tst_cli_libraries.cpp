// famscope loads libdaxctl (and libkmod, libcrypto, liblzma behind it) only for the commands
// that discover dax devices, and Qt only for the window and `heatmap` (through dlopen): every
// other command starts without them. The dynamic loader's own trace (LD_DEBUG=libs) names every
// library a process loads, at start or through dlopen; the executable's ELF dynamic section
// names the libraries it is linked with.
#include "CliRun.h"
#include "GoldenImages.h"
#include "TempDir.h"

#include "core/media/DaxctlLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cstring>
#include <elf.h>

using cli::Run;

namespace {

Run traced(const QStringList& args) {
    return cli::famscope(args, QStringLiteral("env LD_DEBUG=libs"));
}

bool loads(const Run& run, const char* soname) {
    return run.err.contains(QByteArray("find library=") + soname);
}

// The DT_NEEDED entries of a 64-bit ELF file (what `readelf -d` lists as NEEDED), read from its
// section headers; an empty list when the file is not such an ELF file.
QStringList neededLibraries(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray elf = f.readAll();
    const auto fits = [&](uint64_t offset, uint64_t size) {
        return offset <= static_cast<uint64_t>(elf.size()) &&
               size <= static_cast<uint64_t>(elf.size()) - offset;
    };
    Elf64_Ehdr eh{};
    if (!fits(0, sizeof eh))
        return {};
    std::memcpy(&eh, elf.constData(), sizeof eh);
    if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64)
        return {};
    const auto section = [&](uint64_t i, Elf64_Shdr& sh) {
        const uint64_t at = eh.e_shoff + i * sizeof sh;
        if (i >= eh.e_shnum || !fits(at, sizeof sh))
            return false;
        std::memcpy(&sh, elf.constData() + at, sizeof sh);
        return fits(sh.sh_offset, sh.sh_size);
    };
    QStringList needed;
    for (uint64_t i = 0; i < eh.e_shnum; ++i) {
        Elf64_Shdr dyn{};
        Elf64_Shdr strings{};
        if (!section(i, dyn) || dyn.sh_type != SHT_DYNAMIC || !section(dyn.sh_link, strings))
            continue;
        for (uint64_t at = 0; at + sizeof(Elf64_Dyn) <= dyn.sh_size; at += sizeof(Elf64_Dyn)) {
            Elf64_Dyn d{};
            std::memcpy(&d, elf.constData() + dyn.sh_offset + at, sizeof d);
            if (d.d_tag == DT_NEEDED && d.d_un.d_val < strings.sh_size)
                needed << QString::fromLatin1(elf.constData() + strings.sh_offset + d.d_un.d_val);
        }
    }
    return needed;
}

} // namespace

class TestCliLibraries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void imageCommandsDoNotLoadDaxctl_data();
    void imageCommandsDoNotLoadDaxctl();
    void devicesLoadsDaxctl();
    void executableLinksNoQt();
    void commandsLoadNoQt_data();
    void commandsLoadNoQt();
    void heatmapLoadsQt();
};

void TestCliLibraries::initTestCase() {
    const Run run = traced({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    if (!loads(run, "libc.so.6"))
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

// The CLI is linked with no Qt library, so a Qt include creeping back into app/ (which needs
// Qt6::Core to link) fails here. The GUI library next to it is read the same way and must name
// Qt, so this reading of the ELF file can see a Qt dependency where there is one.
void TestCliLibraries::executableLinksNoQt() {
    const QStringList needed = neededLibraries(golden::famscopeBinary());
    QVERIFY2(needed.contains(QStringLiteral("libc.so.6")), qPrintable(needed.join(u' ')));
    for (const QString& lib : needed)
        QVERIFY2(!lib.startsWith(QStringLiteral("libQt")), qPrintable(lib));
    const QString gui =
        QFileInfo(golden::famscopeBinary()).dir().filePath(QStringLiteral("libfamscope-ui.so"));
    QVERIFY2(neededLibraries(gui).contains(QStringLiteral("libQt6Core.so.6")), qPrintable(gui));
}

void TestCliLibraries::commandsLoadNoQt_data() {
    imageCommandsDoNotLoadDaxctl_data();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")};
    QTest::newRow("log") << QStringList{QStringLiteral("log"), QStringLiteral("--json"),
                                        golden::imagePath(QStringLiteral("a02-files"))};
    QTest::newRow("usage error") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus")};
}

// Not at start, nor later through dlopen.
void TestCliLibraries::commandsLoadNoQt() {
    QFETCH(QStringList, args);
    const Run run = traced(args);
    QVERIFY2(!run.err.contains("find library=libQt"), run.err.right(2000).constData());
}

// The same trace sees Qt where famscope does load it (the heatmap is drawn by the GUI
// library), so the test above can fail.
void TestCliLibraries::heatmapLoadsQt() {
    const QTemporaryDir dir;
    const Run run = traced({QStringLiteral("heatmap"), QStringLiteral("--demo"),
                            QStringLiteral("--png"), tempPath(dir, QStringLiteral("demo.png"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(loads(run, "libQt6Gui.so.6"), run.err.right(2000).constData());
}

QTEST_GUILESS_MAIN(TestCliLibraries)
#include "tst_cli_libraries.moc"
