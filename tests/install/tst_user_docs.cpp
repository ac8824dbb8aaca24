// The README, the user guide and the man page against the program and each other: links and
// screenshots exist, every command is in the README, the README's exit statuses are the
// program's, and its JSON keys are the man page's.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString sourcePath(const QString& relative) {
    return QStringLiteral(FAMSCOPE_SOURCE_DIR "/") + relative;
}

QString readText(const QString& relative) {
    QFile f(sourcePath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(relative));
    return QString::fromUtf8(f.readAll());
}

// The text from the heading line `heading` up to the next heading of the same or a higher level.
QString markdownSection(const QString& text, const QString& heading) {
    const qsizetype start = text.indexOf(u'\n' + heading + u'\n');
    if (start < 0)
        return {};
    const QString level = heading.section(u' ', 0, 0); // "###"
    const QRegularExpression next(QStringLiteral("\\n#{1,%1} ").arg(level.size()));
    const qsizetype end = text.indexOf(next, start + 1);
    return text.mid(start, end < 0 ? -1 : end - start);
}

QStringList commandsFromHelp() {
    const cli::Run r = cli::famscope({QStringLiteral("--help")});
    QStringList names;
    bool inCommands = false;
    for (const QString& line : QString::fromUtf8(r.out).split(u'\n')) {
        if (line == QLatin1String("Commands:"))
            inCommands = true;
        else if (inCommands && line.trimmed().isEmpty())
            break;
        else if (inCommands)
            names << line.trimmed().section(u' ', 0, 0);
    }
    return names;
}

} // namespace

class TestUserDocs : public QObject {
    Q_OBJECT

private slots:
    void relativeLinksAndImagesExist_data() {
        QTest::addColumn<QString>("document");
        QTest::newRow("README") << QStringLiteral("README.md");
        QTest::newRow("user guide") << QStringLiteral("docs/USER-GUIDE.md");
    }

    void relativeLinksAndImagesExist() {
        QFETCH(QString, document);
        const QString text = readText(document);
        const QDir base = QFileInfo(sourcePath(document)).dir();
        static const QRegularExpression link(QStringLiteral("\\]\\(([^)#\\s]+)(#[^)]*)?\\)"));
        int checked = 0;
        for (const auto& m : link.globalMatch(text)) {
            const QString target = m.captured(1);
            if (target.contains(QLatin1String("://")))
                continue;
            ++checked;
            QVERIFY2(QFileInfo::exists(base.filePath(target)),
                     qPrintable(document + QStringLiteral(" links to missing ") + target));
        }
        QVERIFY(checked >= 3);
    }

    void guideShowsEveryScreenshotTheScriptMakes() {
        // docs/screenshots/update.sh renders one PNG per `shot NAME` line.
        const QString script = readText(QStringLiteral("docs/screenshots/update.sh"));
        const QString guide = readText(QStringLiteral("docs/USER-GUIDE.md"));
        static const QRegularExpression shot(QStringLiteral("\\nshot ([a-z-]+)"));
        int shots = 0;
        for (const auto& m : shot.globalMatch(script)) {
            ++shots;
            const QString png =
                QStringLiteral("screenshots/") + m.captured(1) + QStringLiteral(".png");
            QVERIFY2(QFileInfo::exists(sourcePath(QStringLiteral("docs/") + png)),
                     qPrintable(png + QStringLiteral(" is missing: run update.sh")));
            QVERIFY2(guide.contains(u'(' + png + u')'),
                     qPrintable(png + QStringLiteral(" is not shown in the user guide")));
        }
        QVERIFY(shots >= 5);
    }

    void readmeListsEveryCommand() {
        const QString readme = readText(QStringLiteral("README.md"));
        const QStringList commands = commandsFromHelp();
        QVERIFY(commands.size() >= 10);
        for (const QString& command : commands)
            QVERIFY2(readme.contains(QStringLiteral("| `famscope ") + command),
                     qPrintable(command + QStringLiteral(" is not in a README command table")));
    }

    void readmeExitStatusesAreTheProgramsStatuses() {
        const cli::Run r = cli::famscope({QStringLiteral("--help")});
        const QString help = QString::fromUtf8(r.out);
        QSet<int> fromHelp;
        static const QRegularExpression status(QStringLiteral("(\\d+) [a-z]"));
        for (const auto& m :
             status.globalMatch(help.mid(help.indexOf(QLatin1String("Exit status:")))))
            fromHelp.insert(m.captured(1).toInt());

        const QString table = markdownSection(readText(QStringLiteral("README.md")),
                                              QStringLiteral("### Exit status"));
        QSet<int> fromReadme;
        static const QRegularExpression row(QStringLiteral("\\n\\| (\\d+) \\|"));
        for (const auto& m : row.globalMatch(table))
            fromReadme.insert(m.captured(1).toInt());
        QVERIFY(fromHelp.size() >= 9);
        QCOMPARE(fromReadme, fromHelp);
    }

    void readmeJsonKeysAreInTheManPage() {
        const QString json = markdownSection(readText(QStringLiteral("README.md")),
                                             QStringLiteral("### JSON output"));
        QString man = readText(QStringLiteral("docs/famscope.1"));
        man = man.mid(man.indexOf(QLatin1String("\n.SH JSON OUTPUT")));
        man = man.left(man.indexOf(QLatin1String("\n.SH "), 1));
        static const QRegularExpression key(QStringLiteral("`([a-z][a-z0-9_]*)(\\[\\])?`"));
        int keys = 0;
        for (const auto& m : key.globalMatch(json)) {
            ++keys;
            const QRegularExpression word(QStringLiteral("(?<![A-Za-z0-9_])") + m.captured(1) +
                                          QStringLiteral("(?![A-Za-z0-9_])"));
            QVERIFY2(
                word.match(man).hasMatch(),
                qPrintable(m.captured(1) + QStringLiteral(" is not in famscope(1) JSON OUTPUT")));
        }
        QVERIFY(keys >= 50);
    }
};

QTEST_GUILESS_MAIN(TestUserDocs)
#include "tst_user_docs.moc"
