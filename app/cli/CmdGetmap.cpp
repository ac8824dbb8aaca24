// famscope getmap TARGET FILE: the file's extents or interleave, as famfs getmap prints them.
#include "cli/Commands.h"
#include "cli/DamageOutput.h"
#include "cli/ExitCodes.h"
#include "cli/FileLookup.h"
#include "cli/NamespaceOutput.h"
#include "cli/Text.h"

namespace famscope::cli {

namespace {

QString extentLines(const fs::ExtentList& list, const QString& indent) {
    QString text;
    for (const auto& e : list) {
        text += indent + hex(e.offset) + QLatin1Char('\t') + QString::number(e.len);
        if (e.devindex != 0)
            text += QStringLiteral("\tdevindex ") + QString::number(e.devindex);
        text += QLatin1Char('\n');
    }
    return text;
}

QString mapText(const fs::FsFile& f) {
    QString t = QStringLiteral("File:     ") + shown(f.path) + QLatin1Char('\n');
    t += QStringLiteral("\tsize:    ") + QString::number(f.size) + QLatin1Char('\n');
    t += QStringLiteral("\tentry:   ") + QString::number(f.entryIndex) + QLatin1Char('\n');
    if (f.map.interleaved) {
        t += QStringLiteral("\textents: 1\n");
        t += QStringLiteral("\t\tInterleave_Param chunk_size: ") +
             QString::number(f.map.chunkSize) + QLatin1Char('\n');
        t += QStringLiteral("\t\tInterleaved extent has ") + QString::number(f.map.declaredCount) +
             QStringLiteral(" strips:\n");
        t += extentLines(f.map.strips, QStringLiteral("\t\t\t"));
    } else {
        t += QStringLiteral("\textents: ") + QString::number(f.map.declaredCount) +
             QLatin1Char('\n');
        t += extentLines(f.map.extents, QStringLiteral("\t\t"));
    }
    if (f.map.clamped())
        t += QStringLiteral("\tnote: the log claims ") + QString::number(f.map.declaredCount) +
             QStringLiteral(" pieces; famfs holds at most 16, only those are shown\n");
    t += QStringLiteral("\tmapped:  ") + QString::number(f.map.mappedBytes()) +
         QStringLiteral(" bytes\n");
    return t;
}

} // namespace

int runGetmap(const QStringList& args) {
    CommandLine cl(QStringLiteral("getmap"),
                   QStringLiteral("Show the extent list (or interleave) of a file."),
                   QStringLiteral("TARGET FILE"));
    cl.addForceOption();
    addSemanticsOption(cl);
    cl.addExitStatuses({ExitNotFound});
    if (auto exit = cl.parse(args, 2, 2))
        return *exit;
    int exitCode = ExitOk;
    auto on = openNamespace(cl, exitCode);
    if (!on)
        return exitCode;
    const fs::FsFile* f = requireFile(*on, cl.positional().at(1), exitCode);
    if (!f)
        return exitCode;
    if (cl.json()) {
        report::JsonWriter w;
        writeFile(w, *f, true, mediaEnd(*on->target));
        printOut(withDamaged(w.data(), *on->target, on->exitStatus) + '\n');
    } else {
        const QString missing = missingDataNote(f->map, *on->target);
        printOut(mapText(*f) +
                 (missing.isEmpty() ? QString() : missing.trimmed() + QLatin1Char('\n')));
    }
    return on->exitStatus;
}

} // namespace famscope::cli
