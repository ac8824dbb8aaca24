#include "cli/CommandLine.h"

#include "cli/Arguments.h"
#include "cli/ExitCodes.h"
#include "cli/Text.h"
#include "core/report/SizeText.h"

namespace famscope::cli {

namespace {
// The meaning of each exit status, as the README and famscope(1) list them.
const char* exitStatusMeaning(int status) {
    switch (status) {
    case ExitOk:
        return "success";
    case ExitUsage:
        return "usage error: unknown command or option, missing argument, bad value";
    case ExitCannotOpen:
        return "the target cannot be opened (missing, no permission, not a file or devdax)";
    case ExitNotFamfs:
        return "not famfs: too small for a superblock, or no famfs superblock magic";
    case ExitUnsupported:
        return "a famfs layout this version cannot read";
    case ExitInconsistent:
        return "truncated: the media is shorter than the device its superblock claims";
    case ExitNotFound:
        return "path not in the namespace, or offset not mapped";
    case ExitRefused:
        return "write refused: locked, mounted, another host's, damaged log, bad backup";
    case ExitWriteFailed:
        return "write not made: name exists, no parent, bad size/path, no space, log full";
    case ExitMismatch:
        return "the data differs from the pattern";
    }
    return "";
}
} // namespace

CommandLine::CommandLine(const QString& command, const QString& description,
                         const QString& positional)
    : jsonOption_(QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")),
      helpOption_(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                  QStringLiteral("Show this help.")),
      command_(command), positionalSynopsis_(positional) {
    parser_.setApplicationDescription(description);
    parser_.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser_.addOption(jsonOption_);
    parser_.addOption(helpOption_);
    if (!positional.isEmpty())
        parser_.addPositionalArgument(positional, QString());
}

void CommandLine::addExitStatuses(std::initializer_list<int> statuses) {
    exitStatuses_.insert(exitStatuses_.end(), statuses);
}

// QCommandLineParser names the program "<executable_name>" when no QCoreApplication exists
// (the CLI never creates one), so the usage line is rewritten to the real command.
QString CommandLine::helpText() const {
    QString text = parser_.helpText();
    text.replace(QStringLiteral("<executable_name>"), QStringLiteral("famscope ") + command_);
    text += QStringLiteral("\nExit status:\n");
    if (!exitStatusText_.isEmpty())
        return text + exitStatusText_;
    for (int status : exitStatuses_)
        text += QStringLiteral("  ") + QString::number(status) + QStringLiteral("  ") +
                QLatin1String(exitStatusMeaning(status)) + QLatin1Char('\n');
    return text;
}

void CommandLine::addForceOption() {
    parser_.addOption(QCommandLineOption(
        QStringLiteral("force"),
        QStringLiteral("Decode the target even without a valid famfs superblock.")));
    forceAdded_ = true;
}

std::optional<int> CommandLine::parse(const QStringList& args, int minPositional,
                                      int maxPositional) {
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("famscope ") + command_);
    if (!parser_.parse(withProgram)) {
        printErr(QStringLiteral("famscope ") + command_ + QStringLiteral(": ") +
                 parser_.errorText() + QStringLiteral(" (see famscope ") + command_ +
                 QStringLiteral(" --help)"));
        return ExitUsage;
    }
    if (parser_.isSet(helpOption_)) {
        printOut(helpText());
        return ExitOk;
    }
    positional_ = parser_.positionalArguments();
    const auto n = positional_.size();
    if (n < minPositional || n > maxPositional) {
        printErr(QStringLiteral("famscope ") + command_ + QStringLiteral(": expected ") +
                 positionalSynopsis_ + QStringLiteral(" (see famscope ") + command_ +
                 QStringLiteral(" --help)"));
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<uint64_t> CommandLine::parseNumber(const QString& text) {
    return report::parseSize(argumentBytes(text));
}

} // namespace famscope::cli
