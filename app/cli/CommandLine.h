// Option parsing shared by every CLI command: --json, --force, --help, and positional
// arguments, with usage errors reported the same way everywhere.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <vector>

namespace famscope::cli {

class CommandLine {
public:
    // `positional` is the synopsis of the positional arguments, e.g. "TARGET FILE".
    CommandLine(const QString& command, const QString& description, const QString& positional);

    void addOption(const QCommandLineOption& option) { parser_.addOption(option); }
    void addForceOption(); // --force: decode a target without a valid famfs superblock

    // The exit statuses --help lists: 0..5 (what every command that opens a TARGET can
    // return) unless replaced; `meanings` overrides the standard meaning of a status.
    void setExitStatuses(std::vector<int> statuses) { exitStatuses_ = std::move(statuses); }
    void addExitStatuses(std::initializer_list<int> statuses);
    void setExitStatusText(const QString& text) { exitStatusText_ = text; } // own scheme (fsck)
    QString helpText() const;

    // Parses; on --help prints the help and returns ExitOk; on a usage error prints it and
    // returns ExitUsage; otherwise returns nullopt and the command proceeds.
    std::optional<int> parse(const QStringList& args, int minPositional, int maxPositional);

    bool json() const { return parser_.isSet(jsonOption_); }
    bool force() const { return forceAdded_ && parser_.isSet(QStringLiteral("force")); }
    bool isSet(const QString& name) const { return parser_.isSet(name); }
    QString value(const QString& name) const { return parser_.value(name); }
    const QStringList& positional() const { return positional_; }

    // " (not 'VALUE')": appended to a message about a bad value, so it names what was given.
    static QString notGiven(const QString& value) {
        return QStringLiteral(", not '") + value + QLatin1Char('\'');
    }
    // The value of option `name` with notGiven() applied.
    QString notGivenValue(const QString& name) const { return notGiven(value(name)); }

    // Parses a number argument ("4096", "0x1000", "2M"/"2MiB" style suffixes K M G T).
    static std::optional<uint64_t> parseNumber(const QString& text);

private:
    QCommandLineParser parser_;
    QCommandLineOption jsonOption_;
    QCommandLineOption helpOption_;
    QString command_;
    QString positionalSynopsis_;
    QStringList positional_;
    bool forceAdded_ = false;
    std::vector<int> exitStatuses_{0, 1, 2, 3, 4, 5};
    QString exitStatusText_;
};

} // namespace famscope::cli
