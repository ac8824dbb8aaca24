// Option parsing shared by every CLI command: --json, --force, --help, and positional
// arguments, with usage errors reported the same way everywhere.
//
// The syntax is the one famscope has always accepted (it was QCommandLineParser's with
// single-dash words read as long options; docs/famscope.1 "OPTIONS"):
//   --name, -name            a flag (one letter or a word, one dash or two)
//   --name VALUE, -n VALUE   an option with a value; the next argument is taken whatever it is
//   --name=VALUE, -n=VALUE   the same
//   --                       everything after it is positional; a lone "-" is positional
// Short options are not bundled (-lp is the option "lp"). Given twice, the last value counts.
// Arguments are bytes: nothing is decoded, so names that are not UTF-8 pass through.
#pragma once

#include "core/report/ExitStatus.h"

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace famscope::cli {

using Args = std::vector<std::string>;

struct Option {
    std::vector<std::string> names; // "l", "loglen": one letter is shown as -l, a word as --loglen
    std::string description;
    std::string valueName{};    // empty: a flag that takes no value
    std::string defaultValue{}; // what value() returns when the option is not given
};

// "a,b,,c" split at `separator`: {"a", "b", "", "c"} (an empty piece is kept, so that a
// value check can refuse it).
std::vector<std::string> splitList(std::string_view text, char separator);

class CommandLine {
public:
    // `positional` is the synopsis of the positional arguments, e.g. "TARGET FILE".
    CommandLine(std::string command, std::string description, std::string positional);

    void addOption(Option option) { options_.push_back(std::move(option)); }
    void addForceOption(); // --force: decode a target without a valid famfs superblock

    // The exit statuses --help lists: 0..5 (what every command that opens a TARGET can
    // return) unless replaced.
    void setExitStatuses(std::vector<int> statuses) { exitStatuses_ = std::move(statuses); }
    void addExitStatuses(std::initializer_list<int> statuses);
    void setExitStatusText(std::string text) { exitStatusText_ = std::move(text); } // own scheme
    std::string helpText() const;

    // Parses; on --help prints the help and returns ExitOk; on a usage error prints it and
    // returns ExitUsage; otherwise returns nullopt and the command proceeds.
    std::optional<int> parse(const Args& args, size_t minPositional, size_t maxPositional);

    bool json() const { return isSet("json"); }
    bool force() const { return forceAdded_ && isSet("force"); }
    bool isSet(std::string_view name) const;
    std::string value(std::string_view name) const; // the last value given, or the default
    const Args& positional() const { return positional_; }

    // ", not 'VALUE'": appended to a message about a bad value, so it names what was given.
    static std::string notGiven(std::string_view value) {
        return ", not '" + std::string(value) + '\'';
    }
    // The value of option `name` with notGiven() applied.
    std::string notGivenValue(std::string_view name) const { return notGiven(value(name)); }

private:
    // The index of the option called `name`, or -1.
    int find(std::string_view name) const;
    // Reads the option in `argument` (`name` without its dashes and any "=VALUE"), taking its
    // value from the argument or the next one. Returns false on a usage error.
    bool takeOption(std::string_view name, const std::string& argument, const Args& args,
                    size_t& i);
    std::string optionsHelp() const;

    std::string command_;
    std::string description_;
    std::string positionalSynopsis_;
    std::vector<Option> options_;
    bool forceAdded_ = false;
    std::vector<int> exitStatuses_{ExitOk,       ExitUsage,       ExitCannotOpen,
                                   ExitNotFamfs, ExitUnsupported, ExitInconsistent};
    std::string exitStatusText_;

    // What parse() found.
    std::vector<bool> set_;
    std::vector<std::vector<std::string>> values_;
    std::vector<std::string> unknown_;
    std::string error_;
    Args positional_;
};

} // namespace famscope::cli
