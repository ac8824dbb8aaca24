// `cmake --install` into a fresh prefix, then the staged famscope as a user would run it: the
// CLI on a golden image, the GUI (its library and translations found relative to the
// executable), and the desktop file, icon, metainfo and man page where desktops look for them.
#include "CliRun.h"
#include "GoldenImages.h"
#include "RunProgram.h"
#include "TempDir.h"
#include "TempSpace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString appId() {
    return QStringLiteral(FAMSCOPE_APP_ID);
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStagedInstall : public QObject {
    Q_OBJECT

    QTemporaryDir stage_;
    QString prefix_;

    QString staged(const QString& relative) const { return prefix_ + u'/' + relative; }
    QString stagedFamscope() const { return staged(QStringLiteral("bin/famscope")); }

    install::ProgramRun runStaged(const QStringList& args, const QString& binary = {}) const {
        return install::runProgram(binary.isEmpty() ? stagedFamscope() : binary, args,
                                   cli::headlessEnvironment());
    }

    // A headless screenshot of the demo by the staged GUI in `lang`.
    QImage stagedScreenshot(const QString& lang) {
        const QString out =
            tempPath(stage_, QStringLiteral("shot-") + lang + QStringLiteral(".png"));
        const install::ProgramRun r = runStaged(
            {QStringLiteral("--screenshot"), out, QStringLiteral("--size"),
             QStringLiteral("1400x900"), QStringLiteral("--view"), QStringLiteral("superblock"),
             QStringLiteral("--lang"), lang, QStringLiteral("--demo")});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.exitCode == 0 ? QImage(out) : QImage();
    }

private slots:
    void initTestCase() {
        // `cmake --install` always records what it installed in <build>/install_manifest.txt.
        if (!QFileInfo(QStringLiteral(FAMSCOPE_BUILD_DIR)).isWritable())
            QSKIP("cmake --install writes install_manifest.txt into the build tree, which this "
                  "user may not write");
        // The program and its GUI library, plus room for the documents and translations.
        const QString app = QStringLiteral(FAMSCOPE_BUILD_DIR "/app/");
        SKIP_UNLESS_TEMP_SPACE(
            uint64_t(QFileInfo(app + QStringLiteral("famscope")).size() +
                     QFileInfo(app + QStringLiteral("libfamscope-ui.so")).size()) +
                (uint64_t{16} << 20),
            QStringLiteral("a staged install"));
        prefix_ = tempPath(stage_, QStringLiteral("prefix"));
        const install::ProgramRun r =
            install::runProgram(QStringLiteral(FAMSCOPE_CMAKE_COMMAND),
                                {QStringLiteral("--install"), QStringLiteral(FAMSCOPE_BUILD_DIR),
                                 QStringLiteral("--prefix"), prefix_},
                                QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    }

    void versionMatchesTheBuild() {
        const install::ProgramRun staged = runStaged({QStringLiteral("--version")});
        QCOMPARE(staged.exitCode, 0);
        const cli::Run built = cli::famscope({QStringLiteral("--version")});
        QCOMPARE(staged.out, built.out);
        QVERIFY(staged.out.startsWith("famscope "));
    }

    void infoReadsAGoldenImage() {
        const QString name = QStringLiteral("a02-files");
        const install::ProgramRun r =
            runStaged({QStringLiteral("info"), QStringLiteral("--json"), golden::imagePath(name)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject got = QJsonDocument::fromJson(r.out).object();
        const QJsonObject want = golden::manifestImage(name);
        QCOMPARE(got[QStringLiteral("superblock")][QStringLiteral("uuid")].toString(),
                 want[QStringLiteral("superblock")][QStringLiteral("uuid")].toString());
        QCOMPARE(got[QStringLiteral("log")][QStringLiteral("next_index")].toInteger(),
                 qint64(golden::number(
                     want[QStringLiteral("log_header")][QStringLiteral("next_index")])));

        const install::ProgramRun text =
            runStaged({QStringLiteral("info"), golden::imagePath(name)});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out, cli::famscope({QStringLiteral("info"), golden::imagePath(name)}).out);
    }

    void guiFindsItsLibraryAndTranslations() {
        // An explicitly requested language whose catalogue cannot be loaded is an error, so a
        // German screenshot proves the staged GUI library and its translations were found.
        const QImage german = stagedScreenshot(QStringLiteral("de"));
        const QImage english = stagedScreenshot(QStringLiteral("en"));
        QVERIFY(!german.isNull());
        QVERIFY(!english.isNull());
        QVERIFY2(german != english, "the German window looks exactly like the English one");
    }

    void guiLibraryIsFoundOnlyBesideTheExecutable() {
        // The same executable copied away from its prefix has no GUI: the library found above
        // was the staged one, looked up relative to the executable.
        const QString lonely = tempPath(stage_, QStringLiteral("lonely-famscope"));
        QVERIFY(QFile::copy(stagedFamscope(), lonely));
        const install::ProgramRun r =
            runStaged({QStringLiteral("--screenshot"), tempPath(stage_, QStringLiteral("none.png")),
                       QStringLiteral("--demo")},
                      lonely);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("desktop interface is not available"), r.err.constData());
        QCOMPARE(runStaged({QStringLiteral("--version")}, lonely).exitCode, 0); // CLI still works
    }

    void desktopFileIconAndMetainfoAreWhereDesktopsLook() {
        const QString desktop =
            staged(QStringLiteral("share/applications/") + appId() + QStringLiteral(".desktop"));
        QVERIFY2(QFileInfo::exists(desktop), qPrintable(desktop));
        QString icon;
        QString exec;
        for (const QByteArray& line : fileBytes(desktop).split('\n')) {
            if (line.startsWith("Icon="))
                icon = QString::fromUtf8(line.mid(5));
            if (line.startsWith("Exec="))
                exec = QString::fromUtf8(line.mid(5));
        }
        const QString iconFile = staged(QStringLiteral("share/icons/hicolor/scalable/apps/") +
                                        icon + QStringLiteral(".svg"));
        QVERIFY2(!icon.isEmpty() && QFileInfo::exists(iconFile), qPrintable(iconFile));
        QCOMPARE(fileBytes(iconFile),
                 fileBytes(QStringLiteral(FAMSCOPE_SOURCE_DIR "/resources/famscope.svg")));
        // Exec names the installed program.
        QVERIFY(QFileInfo::exists(staged(QStringLiteral("bin/") + exec.section(u' ', 0, 0))));

        const QString metainfo =
            staged(QStringLiteral("share/metainfo/") + appId() + QStringLiteral(".metainfo.xml"));
        QVERIFY2(QFileInfo::exists(metainfo), qPrintable(metainfo));
        QVERIFY(fileBytes(metainfo).contains("<launchable type=\"desktop-id\">" +
                                             QFileInfo(desktop).fileName().toUtf8() +
                                             "</launchable>"));

        const QString validator = install::findTool(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils)");
        QCOMPARE(install::runProgram(validator, {desktop}).exitCode, 0);
    }

    void manPageIsInstalled() {
        const QString page = staged(QStringLiteral("share/man/man1/famscope.1.gz"));
        QVERIFY2(QFileInfo::exists(page), qPrintable(page));
        const QString gzip = install::findTool(QStringLiteral("gzip"));
        if (gzip.isEmpty())
            QSKIP("gzip is not installed");
        const install::ProgramRun r = install::runProgram(gzip, {QStringLiteral("-dc"), page});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out == fileBytes(QStringLiteral(FAMSCOPE_SOURCE_DIR "/docs/famscope.1")),
                 "the installed man page is not docs/famscope.1 (build again after editing it)");
    }
};

QTEST_GUILESS_MAIN(TestStagedInstall)
#include "tst_staged_install.moc"
