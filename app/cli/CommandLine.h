// Option parsing shared by every CLI command: --json, --force, --help, and positional
// arguments, with usage errors reported the same way everywhere.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace famscope::cli {

class CommandLine {
public:
    // `positional` is the synopsis of the positional arguments, e.g. "TARGET FILE".
    CommandLine(const QString& command, const QString& description, const QString& positional);

    void addOption(const QCommandLineOption& option) { parser_.addOption(option); }
    void addForceOption(); // --force: decode a target without a valid famfs superblock

    // Parses; on --help prints the help and returns ExitOk; on a usage error prints it and
    // returns ExitUsage; otherwise returns nullopt and the command proceeds.
    std::optional<int> parse(const QStringList& args, int minPositional, int maxPositional);

    bool json() const { return parser_.isSet(jsonOption_); }
    bool force() const { return forceAdded_ && parser_.isSet(QStringLiteral("force")); }
    bool isSet(const QString& name) const { return parser_.isSet(name); }
    QString value(const QString& name) const { return parser_.value(name); }
    const QStringList& positional() const { return positional_; }

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
};

} // namespace famscope::cli
