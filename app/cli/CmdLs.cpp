// famscope ls TARGET [-l] [PATH]: the replayed namespace, directory by directory.
#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "cli/DamageOutput.h"
#include "cli/ExitCodes.h"
#include "cli/FaultOutput.h"
#include "cli/FileLookup.h"
#include "cli/NamespaceOutput.h"
#include "cli/Text.h"

namespace famscope::cli {

namespace {

struct Child {
    const fs::FsFile* file = nullptr;
    const fs::FsDir* dir = nullptr;
    std::string path() const { return file ? file->path : dir->path; }
};

bool isChildOf(const std::string& path, const std::string& parent) {
    if (parent.empty())
        return path.find('/') == std::string::npos;
    return path.size() > parent.size() + 1 && path.compare(0, parent.size(), parent) == 0 &&
           path[parent.size()] == '/' && path.find('/', parent.size() + 1) == std::string::npos;
}

QString permissions(uint32_t mode, bool dir) {
    QString s = dir ? QStringLiteral("d") : QStringLiteral("-");
    const char* rwx = "rwx";
    for (int bit = 8; bit >= 0; --bit)
        s += (mode >> bit) & 1 ? QLatin1Char(rwx[(8 - bit) % 3]) : QLatin1Char('-');
    return s;
}

QString mapSummary(const fs::FileMap& map) {
    if (map.interleaved)
        return QString::number(map.strips.size()) + QStringLiteral(" strips x ") +
               humanBytes(map.chunkSize);
    return QString::number(map.extents.size()) +
           (map.extents.size() == 1 ? QStringLiteral(" extent") : QStringLiteral(" extents"));
}

QString name(const std::string& path) {
    const auto slash = path.rfind('/');
    return shown(slash == std::string::npos ? path : path.substr(slash + 1));
}

QString longLine(const Child& c, const Target& target) {
    if (c.dir)
        return permissions(c.dir->mode, true) + QLatin1Char(' ') +
               QString::number(c.dir->uid).rightJustified(5) +
               QString::number(c.dir->gid).rightJustified(6) + QString().rightJustified(14) +
               QStringLiteral("  ") + QStringLiteral("entry ") +
               QString::number(c.dir->entryIndex).leftJustified(7) + name(c.dir->path) +
               QStringLiteral("/\n");
    const fs::FsFile& f = *c.file;
    return permissions(f.mode, false) + QLatin1Char(' ') +
           QString::number(f.uid).rightJustified(5) + QString::number(f.gid).rightJustified(6) +
           QString::number(f.size).rightJustified(14) + QStringLiteral("  entry ") +
           QString::number(f.entryIndex).leftJustified(7) + name(f.path) + QStringLiteral("  (") +
           mapSummary(f.map) + QStringLiteral(")") + missingDataNote(f.map, target) +
           QLatin1Char('\n');
}

} // namespace

int runLs(const QStringList& args) {
    CommandLine cl(QStringLiteral("ls"),
                   QStringLiteral("List a directory (default: the root) of the replayed "
                                  "namespace, or one file."),
                   QStringLiteral("TARGET [PATH]"));
    cl.addForceOption();
    addSemanticsOption(cl);
    cl.addOption(QCommandLineOption(
        QStringLiteral("l"), QStringLiteral("Long listing: mode, owner, size, entry, map.")));
    cl.addOption(QCommandLineOption(
        QStringLiteral("pages"),
        QStringLiteral("Add to each file the share that can fault in 2 MiB pages (in --json: "
                       "a \"fault_pages\" object).")));
    cl.addExitStatuses({ExitNotFound});
    if (auto exit = cl.parse(args, 1, 2))
        return *exit;
    int exitCode = ExitOk;
    auto on = openNamespace(cl, exitCode);
    if (!on)
        return exitCode;
    const std::string path =
        normalisedPath(cl.positional().size() > 1 ? fsPathArgument(cl.positional().at(1)) : "");

    std::vector<Child> children;
    if (const fs::FsFile* f = on->ns.findFile(path)) {
        children.push_back({f, nullptr});
    } else if (path.empty() || on->ns.findDir(path)) {
        for (const auto& d : on->ns.dirs)
            if (isChildOf(d.path, path))
                children.push_back({nullptr, &d});
        for (const auto& f2 : on->ns.files)
            if (isChildOf(f2.path, path))
                children.push_back({&f2, nullptr});
        std::sort(children.begin(), children.end(),
                  [](const Child& a, const Child& b) { return a.path() < b.path(); });
    } else {
        printErr(QStringLiteral("famscope: ") + shown(on->target->fs.path) + QStringLiteral(": ") +
                 shown(path) + QStringLiteral(": no such file or directory in the namespace"));
        return ExitNotFound;
    }

    if (cl.json()) {
        report::JsonWriter w;
        w.beginObject().field("path", path).key("children").beginArray();
        for (const Child& c : children) {
            if (c.dir) {
                writeDir(w, *c.dir);
            } else {
                writeFile(w, *c.file, cl.isSet(QStringLiteral("pages")), mediaEnd(*on->target));
            }
        }
        w.endArray();
        writeDamaged(w, *on->target, on->exitStatus, &on->ns);
        w.endObject();
        printOut(w.data() + '\n');
        return on->exitStatus;
    }
    QString text;
    for (const Child& c : children) {
        QString line =
            cl.isSet(QStringLiteral("l"))
                ? longLine(c, *on->target)
                : name(c.path()) + (c.dir ? QStringLiteral("/\n") : QStringLiteral("\n"));
        if (c.file && cl.isSet(QStringLiteral("pages"))) // before the newline
            line.insert(line.size() - 1,
                        QStringLiteral("  [") + faultPagesSummary(*c.file) + QLatin1Char(']'));
        text += line;
    }
    if (on->ns.refused || on->ns.stoppedAt)
        printErr(QStringLiteral("famscope: note: ") + namespaceSummary(on->ns));
    printOut(text);
    return on->exitStatus;
}

} // namespace famscope::cli
