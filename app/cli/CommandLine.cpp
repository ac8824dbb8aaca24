#include "cli/CommandLine.h"

#include "cli/Text.h"
#include "core/report/CommandLineText.h"
#include "core/report/ExitStatus.h"
#include "core/report/TextFormat.h"

#include <algorithm>

namespace famscope::cli {

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
        text += report::helpEntry(names[i], width, options_[i].description);
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
        text +=
            "\nArguments:\n" +
            report::helpEntry(positionalSynopsis_,
                              std::min<size_t>(50, positionalSynopsis_.size() + 1), std::string());
    text += "\nExit status:\n";
    if (!exitStatusText_.empty())
        return text + exitStatusText_;
    // Every command can lose its output (cli::run checks stdout when the command ends).
    for (int status : exitStatuses_)
        text +=
            "  " + report::padRight(std::to_string(status), 3) + exitStatusMeaning(status) + '\n';
    return text + "  " + report::padRight(std::to_string(ExitOutputLost), 3) +
           exitStatusMeaning(ExitOutputLost) + '\n';
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
