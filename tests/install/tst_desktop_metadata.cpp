// The desktop file and the AppStream metainfo: valid for their validators, and consistent
// with each other, with the application id and with the program's version.
#include "CliRun.h"
#include "RunProgram.h"

#include <QFile>
#include <QMap>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString resource(const QString& name) {
    return QStringLiteral(FAMSCOPE_SOURCE_DIR "/resources/") + name;
}

QString appId() {
    return QStringLiteral(FAMSCOPE_APP_ID);
}

QString desktopFile() {
    return resource(appId() + QStringLiteral(".desktop"));
}

QString metainfoFile() {
    return resource(appId() + QStringLiteral(".metainfo.xml"));
}

// The value of `key` in the [Desktop Entry] group ("" when missing).
QString desktopEntry(const QString& key) {
    QFile f(desktopFile());
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", qPrintable(desktopFile()));
    bool inEntry = false;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'['))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return {};
}

// The metainfo as "path/of/element" -> its first text, and "path/of/element@attribute" -> the
// first value of that attribute (e.g. "component/releases/release@version").
QMap<QString, QString> metainfo() {
    QFile f(metainfoFile());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(metainfoFile()));
    QMap<QString, QString> values;
    QStringList path;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path << xml.name().toString();
            const QString key = path.join(u'/');
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                const QString attributeKey = key + u'@' + a.name().toString();
                if (!values.contains(attributeKey))
                    values.insert(attributeKey, a.value().toString());
            }
        } else if (xml.isEndElement()) {
            path.removeLast();
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            const QString key = path.join(u'/');
            if (!values.contains(key))
                values.insert(key, xml.text().toString().trimmed());
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(metainfoFile()), qPrintable(xml.errorString()));
    return values;
}

} // namespace

class TestDesktopMetadata : public QObject {
    Q_OBJECT

private slots:
    void desktopFileIsValid() {
        const QString validator = install::findTool(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (package desktop-file-utils, in "
                  ".ci/install-deps)");
        const install::ProgramRun r = install::runProgram(validator, {desktopFile()});
        QCOMPARE(r.exitCode, 0);
        // Hints and warnings are printed but do not change the exit status: allow none.
        QVERIFY2(r.out.isEmpty() && r.err.isEmpty(), (r.out + r.err).constData());
    }

    void metainfoIsValid() {
        const QString appstreamcli = install::findTool(QStringLiteral("appstreamcli"));
        if (appstreamcli.isEmpty())
            QSKIP("appstreamcli is not installed (package appstream, in .ci/install-deps)");
        const install::ProgramRun r = install::runProgram(
            appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                           QStringLiteral("--pedantic"), metainfoFile()});
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
    }

    void desktopFileNamesTheProgramAndIcon() {
        QCOMPARE(desktopEntry(QStringLiteral("Type")), QStringLiteral("Application"));
        QCOMPARE(desktopEntry(QStringLiteral("Icon")), appId());
        QVERIFY(desktopEntry(QStringLiteral("Exec")).startsWith(QStringLiteral("famscope ")));
    }

    void metainfoMatchesTheDesktopFile() {
        const QMap<QString, QString> m = metainfo();
        QCOMPARE(m.value(QStringLiteral("component@type")), QStringLiteral("desktop-application"));
        QCOMPARE(m.value(QStringLiteral("component/id")), appId());
        QCOMPARE(m.value(QStringLiteral("component/launchable")),
                 appId() + QStringLiteral(".desktop"));
        QCOMPARE(m.value(QStringLiteral("component/provides/binary")), QStringLiteral("famscope"));
        QCOMPARE(m.value(QStringLiteral("component/name")), desktopEntry(QStringLiteral("Name")));
    }

    void newestReleaseIsThisVersion() {
        const cli::Run r = cli::famscope({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QString version = QString::fromUtf8(r.out).trimmed().section(u' ', 1);
        QVERIFY(!version.isEmpty());
        QCOMPARE(metainfo().value(QStringLiteral("component/releases/release@version")), version);
    }
};

QTEST_GUILESS_MAIN(TestDesktopMetadata)
#include "tst_desktop_metadata.moc"
