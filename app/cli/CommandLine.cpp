#include "cli/CommandLine.h"

#include "cli/Text.h"
#include "core/report/ExitStatus.h"
#include "core/report/SizeText.h"
#include "core/report/TextFormat.h"

#include <algorithm>
#include <cstdint>

namespace famscope::cli {

namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// One entry of the option table of --help: `names` in a column `width` wide, the description
// wrapped after column 79 at a blank (a word longer than the line is cut), as the help of
// every famscope release has looked (the layout of QCommandLineParser, kept byte for byte).
std::string wrapped(const std::string& names, size_t width, const std::string& description) {
    size_t nameIndex = 0;
    auto nextNameSection = [&] {
        std::string section = names.substr(std::min(nameIndex, names.size()), width);
        nameIndex += section.size();
        return section;
    };
    std::string text;
    const size_t len = description.size();
    const size_t max = 79 - (2 + width + 1);
    size_t lineStart = 0;
    constexpr size_t kNone = SIZE_MAX;
    size_t lastBreakable = kNone; // the last blank seen on this line
    size_t x = 0;
    for (size_t i = 0; i < len; ++i) {
        ++x;
        const char c = description[i];
        if (isBlank(c))
            lastBreakable = i;
        std::optional<size_t> breakAt;
        size_t nextLineStart = 0;
        if (x > max && lastBreakable != kNone) {
            breakAt = lastBreakable;
            nextLineStart = lastBreakable + 1;
        } else if ((x > max - 1 && lastBreakable == kNone) || i == len - 1) {
            breakAt = i + 1;
            nextLineStart = i + 1;
        } else if (c == '\n') {
            breakAt = i;
            nextLineStart = i + 1;
        }
        if (breakAt) {
            text += "  " + report::padRight(nextNameSection(), width) + ' ';
            text += description.substr(lineStart, *breakAt - lineStart) + '\n';
            x = 0;
            lastBreakable = kNone;
            lineStart = nextLineStart;
            if (lineStart < len && isBlank(description[lineStart]))
                ++lineStart; // a line does not start with a blank
            i = lineStart;
        }
    }
    while (nameIndex < names.size())
        text += "  " + nextNameSection() + '\n';
    return text;
}

} // namespace

CommandLine::CommandLine(std::string command, std::string description, std::string positional)
    : command_(std::move(command)), description_(std::move(description)),
      positionalSynopsis_(std::move(positional)) {
    addOption({{"json"}, "Print JSON instead of text."});
    addOption({{"h", "help"}, "Show this help."});
}

void CommandLine::addExitStatuses(std::initializer_list<int> statuses) {
    exitStatuses_.insert(exitStatuses_.end(), statuses);
}

void CommandLine::addForceOption() {
    addOption({{"force"}, "Decode the target even without a valid famfs superblock."});
    forceAdded_ = true;
}

std::string CommandLine::optionsHelp() const {
    std::vector<std::string> names;
    size_t longest = 0;
    for (const Option& o : options_) {
        std::string text;
        for (const std::string& name : o.names)
            text += (text.empty() ? "" : ", ") + std::string(name.size() == 1 ? "-" : "--") + name;
        if (!o.valueName.empty())
            text += " <" + o.valueName + '>';
        longest = std::max(longest, text.size());
        names.push_back(std::move(text));
    }
    const size_t width = std::min<size_t>(50, longest + 1);
    std::string text = "Options:\n";
    for (size_t i = 0; i < options_.size(); ++i)
        text += wrapped(names[i], width, options_[i].description);
    return text;
}

std::string CommandLine::helpText() const {
    std::string text = "Usage: famscope " + command_ + " [options]";
    if (!positionalSynopsis_.empty())
        text += ' ' + positionalSynopsis_;
    text += '\n';
    if (!description_.empty())
        text += description_ + '\n';
    text += '\n' + optionsHelp();
    if (!positionalSynopsis_.empty())
        text += "\nArguments:\n" + wrapped(positionalSynopsis_,
                                           std::min<size_t>(50, positionalSynopsis_.size() + 1),
                                           std::string());
    text += "\nExit status:\n";
    if (!exitStatusText_.empty())
        return text + exitStatusText_;
    for (int status : exitStatuses_)
        text += "  " + std::to_string(status) + "  " + exitStatusMeaning(status) + '\n';
    return text;
}

int CommandLine::find(std::string_view name) const {
    for (size_t i = 0; i < options_.size(); ++i)
        for (const std::string& n : options_[i].names)
            if (n == name)
                return static_cast<int>(i);
    return -1;
}

bool CommandLine::isSet(std::string_view name) const {
    const int i = find(name);
    return i >= 0 && static_cast<size_t>(i) < set_.size() && set_[static_cast<size_t>(i)];
}

std::string CommandLine::value(std::string_view name) const {
    const int i = find(name);
    if (i < 0)
        return {};
    const auto index = static_cast<size_t>(i);
    if (index < values_.size() && !values_[index].empty())
        return values_[index].back();
    return options_[index].defaultValue;
}

bool CommandLine::takeOption(std::string_view name, const std::string& argument, const Args& args,
                             size_t& i) {
    const int found = find(name);
    if (found < 0) {
        unknown_.emplace_back(name); // parsing goes on, so every unknown option is named
        return false;
    }
    const auto index = static_cast<size_t>(found);
    set_[index] = true;
    const size_t assign = argument.find('=');
    if (options_[index].valueName.empty()) {
        if (assign == std::string::npos)
            return true;
        error_ = "Unexpected value after '" + argument.substr(0, assign) + "'.";
        return false;
    }
    if (assign != std::string::npos) {
        values_[index].push_back(argument.substr(assign + 1));
        return true;
    }
    if (++i == args.size()) {
        error_ = "Missing value after '" + argument + "'.";
        return false;
    }
    values_[index].push_back(args[i]);
    return true;
}

std::optional<int> CommandLine::parse(const Args& args, size_t minPositional,
                                      size_t maxPositional) {
    set_.assign(options_.size(), false);
    values_.assign(options_.size(), {});
    unknown_.clear();
    error_.clear();
    positional_.clear();
    bool ok = true;
    bool onlyPositional = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (onlyPositional || arg.size() < 2 || arg[0] != '-') {
            positional_.push_back(arg); // includes "" and a lone "-"
        } else if (arg == "--") {
            onlyPositional = true;
        } else {
            const size_t dashes = arg[1] == '-' ? 2 : 1;
            const std::string_view rest = std::string_view(arg).substr(dashes);
            ok = takeOption(rest.substr(0, rest.find('=')), arg, args, i) && ok;
        }
    }
    if (!ok) {
        std::string why = error_;
        if (why.empty() && unknown_.size() == 1)
            why = "Unknown option '" + unknown_.front() + "'.";
        else if (why.empty()) {
            why = "Unknown options: ";
            for (size_t i = 0; i < unknown_.size(); ++i)
                why += (i ? ", " : "") + unknown_[i];
            why += '.';
        }
        printErr("famscope " + command_ + ": " + why + " (see famscope " + command_ + " --help)");
        return ExitUsage;
    }
    if (isSet("help")) {
        printOut(helpText());
        return ExitOk;
    }
    const size_t n = positional_.size();
    if (n < minPositional || n > maxPositional) {
        printErr("famscope " + command_ + ": expected " + positionalSynopsis_ + " (see famscope " +
                 command_ + " --help)");
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<uint64_t> CommandLine::parseNumber(std::string_view text) {
    return report::parseSize(text);
}

std::optional<uint64_t> CommandLine::parseUnsigned(std::string_view text, int base, uint64_t max) {
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    uint64_t v = 0;
    for (const char c : text) {
        const int digit = c - '0';
        if (digit < 0 || digit >= base)
            return std::nullopt;
        const auto b = static_cast<uint64_t>(base);
        if (v > (max - static_cast<uint64_t>(digit)) / b)
            return std::nullopt; // past `max`
        v = v * b + static_cast<uint64_t>(digit);
    }
    return v;
}

std::vector<std::string> splitList(std::string_view text, char separator) {
    std::vector<std::string> pieces;
    for (;;) {
        const size_t at = text.find(separator);
        pieces.emplace_back(text.substr(0, at));
        if (at == std::string_view::npos)
            return pieces;
        text.remove_prefix(at + 1);
    }
}

} // namespace famscope::cli
