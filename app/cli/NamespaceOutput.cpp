#include "cli/NamespaceOutput.h"

#include "cli/Text.h"

namespace famscope::cli {

void addSemanticsOption(CommandLine& cl) {
    cl.addOption(QCommandLineOption(
        QStringLiteral("semantics"),
        QStringLiteral("How to replay the log: 'mount' (stop at the first bad entry, as famfs "
                       "mount does; default) or 'fsck' (skip bad entries)."),
        QStringLiteral("mount|fsck"), QStringLiteral("mount")));
}

std::optional<fs::ReplayMode> semantics(const CommandLine& cl) {
    const QString v = cl.value(QStringLiteral("semantics"));
    if (v == QLatin1String("mount"))
        return fs::ReplayMode::Mount;
    if (v == QLatin1String("fsck"))
        return fs::ReplayMode::Fsck;
    printErr(QStringLiteral("famscope: --semantics must be 'mount' or 'fsck', not '") + v +
             QLatin1Char('\''));
    return std::nullopt;
}

std::string normalisedPath(std::string_view path) {
    std::string out;
    while (!path.empty()) {
        const size_t slash = path.find('/');
        const std::string_view part = path.substr(0, slash);
        path.remove_prefix(slash == std::string_view::npos ? path.size() : slash + 1);
        if (part.empty() || part == ".")
            continue;
        if (!out.empty())
            out += '/';
        out += part;
    }
    return out;
}

} // namespace famscope::cli
