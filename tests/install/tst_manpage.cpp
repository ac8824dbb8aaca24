// famscope(1) against the program itself: every command in `famscope --help`, every option
// in each command's --help, every GUI option and every exit status must be documented, and
// the page must render without groff warnings.
#include "CliRun.h"
#include "RunProgram.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

QString manPagePath() {
    return QStringLiteral(FAMSCOPE_SOURCE_DIR "/docs/famscope.1");
}

// The page's roff source with the escapes that hide option names undone (\- is a hyphen).
QString manPageText() {
    QFile f(manPagePath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(manPagePath()));
    QString text = QString::fromUtf8(f.readAll());
    text.replace(QLatin1String("\\-"), QLatin1String("-"));
    return text;
}

// The lines from the macro line `start` up to the next line starting with one of `ends`.
QString section(const QString& text, const QString& start, const QStringList& ends) {
    const QStringList lines = text.split(u'\n');
    QStringList out;
    bool inside = false;
    for (const QString& line : lines) {
        if (inside && std::any_of(ends.begin(), ends.end(),
                                  [&](const QString& e) { return line.startsWith(e); }))
            break;
        if (line == start)
            inside = true;
        else if (inside)
            out << line;
    }
    return out.join(u'\n');
}

QString helpText(const QStringList& args) {
    const cli::Run r = cli::famscope(args);
    if (r.exitCode != 0)
        qFatal("famscope %s --help failed", qPrintable(args.join(u' ')));
    return QString::fromUtf8(r.out);
}

// Command names from the "Commands:" block of `famscope --help`.
QStringList commandsFromHelp() {
    QStringList names;
    bool inCommands = false;
    for (const QString& line : helpText({QStringLiteral("--help")}).split(u'\n')) {
        if (line == QLatin1String("Commands:")) {
            inCommands = true;
            continue;
        }
        if (inCommands && line.trimmed().isEmpty())
            break;
        if (inCommands)
            names << line.trimmed().section(u' ', 0, 0);
    }
    return names;
}

// Option names ("-l", "--loglen") from the Options: block of a QCommandLineParser help: option
// lines start with two spaces and a dash, continuation lines are indented further.
QStringList optionsFromHelp(const QString& help) {
    static const QRegularExpression optionLine(QStringLiteral("^  (-.*?)(  |$)"));
    static const QRegularExpression name(QStringLiteral("^--?[A-Za-z0-9][A-Za-z0-9-]*"));
    QStringList options;
    for (const QString& line : help.split(u'\n')) {
        const auto m = optionLine.match(line);
        if (!m.hasMatch())
            continue;
        for (const QString& spec : m.captured(1).split(QLatin1String(", "))) {
            const auto n = name.match(spec.trimmed());
            if (n.hasMatch())
                options << n.captured(0);
        }
    }
    return options;
}

bool mentionsOption(const QString& text, const QString& option) {
    const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9-])") +
                                QRegularExpression::escape(option) +
                                QStringLiteral("(?![A-Za-z0-9-])"));
    return re.match(text).hasMatch();
}

} // namespace

class TestManPage : public QObject {
    Q_OBJECT

private slots:
    void helpListsCommands() {
        // Guards the parsing below: an empty list would make every other check pass.
        QVERIFY(commandsFromHelp().size() >= 10);
        QVERIFY(commandsFromHelp().contains(QStringLiteral("info")));
    }

    void everyCommandHasASection() {
        const QString page = manPageText();
        for (const QString& command : commandsFromHelp())
            QVERIFY2(page.contains(QStringLiteral("\n.SS ") + command + u'\n'),
                     qPrintable(QStringLiteral("no '.SS ") + command + QStringLiteral("' in ") +
                                manPagePath()));
    }

    void everyOptionIsDocumented() {
        const QString page = manPageText();
        const QStringList commands = commandsFromHelp();
        QMap<QString, QStringList> optionsOf;
        for (const QString& command : commands)
            optionsOf[command] = optionsFromHelp(helpText({command, QStringLiteral("--help")}));
        QVERIFY(!optionsOf.value(QStringLiteral("mkfs")).isEmpty());

        // Options every command has are documented once, under COMMON OPTIONS.
        QSet<QString> common(optionsOf.first().begin(), optionsOf.first().end());
        for (const QStringList& options : optionsOf)
            common &= QSet<QString>(options.begin(), options.end());
        QVERIFY(common.contains(QStringLiteral("--json")));
        const QString commonSection =
            section(page, QStringLiteral(".SH COMMON OPTIONS"), {QStringLiteral(".SH")});
        for (const QString& option : common)
            QVERIFY2(mentionsOption(commonSection, option),
                     qPrintable(option + QStringLiteral(" is not under COMMON OPTIONS")));

        for (const QString& command : commands) {
            const QString text = section(page, QStringLiteral(".SS ") + command,
                                         {QStringLiteral(".SS"), QStringLiteral(".SH")});
            for (const QString& option : optionsOf.value(command)) {
                if (common.contains(option))
                    continue;
                QVERIFY2(mentionsOption(text, option),
                         qPrintable(QStringLiteral("famscope ") + command + u' ' + option +
                                    QStringLiteral(" is not in its section of the man page")));
            }
        }
    }

    void everyDesktopOptionIsDocumented() {
        // The usage lines above "Commands:" name the desktop application's options.
        const QString help = helpText({QStringLiteral("--help")});
        const QString usage = help.left(help.indexOf(QLatin1String("Commands:")));
        const QString text = section(manPageText(), QStringLiteral(".SH DESKTOP APPLICATION"),
                                     {QStringLiteral(".SH")});
        QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
        int seen = 0;
        for (const auto& m : option.globalMatch(usage)) {
            ++seen;
            QVERIFY2(
                mentionsOption(text, m.captured(0)),
                qPrintable(m.captured(0) + QStringLiteral(" is not under DESKTOP APPLICATION")));
        }
        QVERIFY(seen >= 3);
    }

    void everyExitStatusIsDocumented() {
        // "Exit status: 0 ok, 1 usage, ..." closes `famscope --help`.
        const QString help = helpText({QStringLiteral("--help")});
        const QString statusText = help.mid(help.indexOf(QLatin1String("Exit status:")));
        QSet<int> fromHelp;
        QRegularExpression status(QStringLiteral("(\\d+) [a-z]"));
        for (const auto& m : status.globalMatch(statusText))
            fromHelp.insert(m.captured(1).toInt());
        QVERIFY(fromHelp.size() >= 9);

        // The general table: from EXIT STATUS up to the fsck table.
        QString text =
            section(manPageText(), QStringLiteral(".SH EXIT STATUS"), {QStringLiteral(".SH")});
        text = text.left(text.indexOf(QLatin1String("\n.B fsck\n(like")));
        QSet<int> fromPage;
        QRegularExpression item(QStringLiteral("\\.TP\\n\\.B (\\d+)\\n"));
        for (const auto& m : item.globalMatch(text))
            fromPage.insert(m.captured(1).toInt());
        QCOMPARE(fromPage, fromHelp);
    }

    void rendersWithoutWarnings() {
        const QString groff = install::findTool(QStringLiteral("groff"));
        if (groff.isEmpty())
            QSKIP("groff is not installed (package groff-base, in .ci/install-deps)");
        const install::ProgramRun r = install::runProgram(
            groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                    QStringLiteral("-z"), manPagePath()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void manRendersTheCommands() {
        const QString man = install::findTool(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is not installed (package man-db, in .ci/install-deps)");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const install::ProgramRun r = install::runProgram(
            man, {QStringLiteral("--warnings"), QStringLiteral("-l"), manPagePath()}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString rendered = QString::fromUtf8(r.out);
        for (const QString& command : commandsFromHelp())
            QVERIFY2(rendered.contains(QStringLiteral("famscope ") + command), qPrintable(command));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
