// famscope log TARGET [--from N] [--to M]: the log entries, one line (or JSON object) each.
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/DamageOutput.h"
#include "cli/ExitCodes.h"
#include "cli/Target.h"
#include "cli/Text.h"
#include "report/FsJson.h"

namespace famscope::cli {

using namespace famfs;

namespace {

QString extentSummary(const FileMeta& f) {
    if (f.interleaved())
        return QString::number(f.nstrips()) + QStringLiteral(" strips x ") +
               humanBytes(f.chunkSize()) + QStringLiteral(" chunks");
    QStringList parts;
    for (size_t i = 0; i < std::min<size_t>(f.count, kMaxExtents); ++i) {
        const SimpleExtent e = f.extent(i);
        parts << hex(e.offset) + QLatin1Char('+') + hex(e.len);
    }
    return parts.join(QLatin1Char(' '));
}

QString entryLine(uint64_t index, const LogEntry& e) {
    QStringList problems;
    if (e.seqnum != index)
        problems << QStringLiteral("seqnum ") + QString::number(e.seqnum);
    if (!e.crcValid())
        problems << QStringLiteral("CRC ") + hex(e.crc) + QStringLiteral(" != ") +
                        hex(e.computedCrc);
    QString text = QString::number(index).rightJustified(7) + QLatin1Char(' ') +
                   QString::fromLatin1(entryTypeName(e.type)).leftJustified(10) + QLatin1Char(' ');
    if (const FileMeta* f = e.file()) {
        text += octalMode(f->mode) + QLatin1Char(' ') + QString::number(f->uid) + QLatin1Char(':') +
                QString::number(f->gid) + QLatin1Char(' ') +
                QString::number(f->size).rightJustified(12) + QLatin1Char(' ') +
                shown(pathText(f->relpath)) + QStringLiteral("  [") + extentSummary(*f) +
                QLatin1Char(']');
    } else if (const MkdirMeta* d = e.mkdir()) {
        text += octalMode(d->mode) + QLatin1Char(' ') + QString::number(d->uid) + QLatin1Char(':') +
                QString::number(d->gid) + QLatin1Char(' ') + QString().rightJustified(12) +
                QLatin1Char(' ') + shown(pathText(d->relpath)) + QLatin1Char('/');
    } else if (const AddDaxdevMeta* a = e.addDaxdev()) {
        text += QStringLiteral("index ") + QString::number(a->ddIndex) + QStringLiteral(", ") +
                QString::number(a->ddSize) + QStringLiteral(" bytes, uuid ") +
                shown(a->ddUuid.toString());
    }
    if (!problems.isEmpty())
        text += QStringLiteral("  BAD: ") + problems.join(QStringLiteral(", "));
    return text + QLatin1Char('\n');
}

} // namespace

int runLog(const QStringList& args) {
    CommandLine cl(QStringLiteral("log"),
                   QStringLiteral("List the log entries of a famfs image or devdax device."),
                   QStringLiteral("TARGET"));
    cl.addForceOption();
    cl.addOption(QCommandLineOption(
        QStringLiteral("from"), QStringLiteral("First entry index to show."), QStringLiteral("N")));
    cl.addOption(QCommandLineOption(QStringLiteral("to"),
                                    QStringLiteral("Last entry index to show (inclusive)."),
                                    QStringLiteral("M")));
    if (auto exit = cl.parse(args, 1, 1))
        return *exit;
    uint64_t from = 0;
    uint64_t to = UINT64_MAX;
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("from"), &from}, std::pair{QStringLiteral("to"), &to}}) {
        if (!cl.isSet(name))
            continue;
        const auto v = CommandLine::parseNumber(cl.value(name));
        if (!v) {
            printErr(QStringLiteral("famscope log: --") + name +
                     QStringLiteral(" needs a number, not '") + cl.value(name) + QLatin1Char('\''));
            return ExitUsage;
        }
        *target = *v;
    }
    auto opened = openTarget(cl.positional().at(0), cl.force(), std::nullopt, true);
    if (!opened.target) {
        printErr(opened.error);
        return opened.exitCode;
    }
    printDamageWarning(*opened.target);
    const fs::LoadedFs& lfs = opened.target->fs;
    const uint64_t end = std::min<uint64_t>(lfs.entries.size(), to == UINT64_MAX ? to : to + 1);
    if (cl.json()) {
        report::JsonWriter w;
        w.beginObject();
        writeTarget(w, lfs);
        writeLogHeader(w, lfs);
        w.key("entries").beginArray();
        for (uint64_t i = from; i < end; ++i)
            writeEntry(w, i, lfs.entries[i]);
        w.endArray();
        writeDamaged(w, *opened.target, opened.exitCode);
        w.endObject();
        printOut(w.data() + '\n');
        return opened.exitCode;
    }
    QString text;
    for (uint64_t i = from; i < end; ++i)
        text += entryLine(i, lfs.entries[i]);
    text += missingEntriesLine(*opened.target, from, to);
    printOut(text);
    return opened.exitCode;
}

} // namespace famscope::cli
