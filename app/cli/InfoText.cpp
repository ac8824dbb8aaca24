#include "cli/InfoText.h"

#include "cli/NamespaceOutput.h"
#include "cli/Text.h"

#include <array>

namespace famscope::cli {

using namespace famfs;

namespace {
QString okOrBad(bool ok) {
    return ok ? QStringLiteral("ok") : QStringLiteral("MISMATCH");
}

// namespaceSummary() (NamespaceOutput.h) for a summary: the same words for the same facts.
QString namespaceLine(const fs::ReplaySummary& s) {
    QString text = QString::number(s.files) + QStringLiteral(" files, ") + QString::number(s.dirs) +
                   QStringLiteral(" directories");
    if (s.stoppedAt)
        text += QStringLiteral("; replay stopped at entry ") + QString::number(*s.stoppedAt);
    if (s.refused)
        text += QStringLiteral("; famfs would refuse to mount this (") + shown(s.refusedReason) +
                QLatin1Char(')');
    return text;
}

QString infoWithNamespaceLine(const fs::LoadedFs& lfs, const QString& namespaceText) {
    const Superblock& sb = lfs.sb;
    QString t;
    auto line = [&t](const QString& label, const QString& value) {
        t += label.leftJustified(16) + value + QLatin1Char('\n');
    };
    line(QStringLiteral("Target:"), shown(lfs.path) + QStringLiteral(" (") +
                                        QLatin1String(media::mediaKindName(lfs.mediaKind)) +
                                        QStringLiteral(", ") + humanBytes(lfs.mediaSize) +
                                        QLatin1Char(')'));
    line(QStringLiteral("Superblock:"),
         QStringLiteral("magic ") + hex(sb.magic) +
             (sb.magicValid() ? QString() : QStringLiteral(" (NOT famfs)")) +
             QStringLiteral(", CRC ") + hex(sb.crc) + QLatin1Char(' ') + okOrBad(sb.crcValid()));
    line(QStringLiteral("  layout:"), shown(lfs.layout.description));
    line(QStringLiteral("  uuid:"), shown(sb.uuid.toString()));
    line(QStringLiteral("  device uuid:"), shown(sb.devUuid.toString()));
    line(QStringLiteral("  system uuid:"), shown(sb.systemUuid.toString()));
    line(QStringLiteral("  device:"), shown(sb.daxdevPath()) + QStringLiteral(", ") +
                                          QString::number(sb.ddSize) + QStringLiteral(" bytes (") +
                                          humanBytes(sb.ddSize) + QLatin1Char(')'));
    line(QStringLiteral("  alloc unit:"), hex(sb.allocUnit));
    line(QStringLiteral("  log:"), QStringLiteral("offset ") + hex(sb.logOffset) +
                                       QStringLiteral(", ") + humanBytes(sb.logLen));
    if (lfs.logHeaderRead) {
        const LogHeader& h = lfs.log;
        line(QStringLiteral("Log header:"), QStringLiteral("magic ") + hex(h.magic) +
                                                QStringLiteral(", CRC ") + hex(h.crc) +
                                                QLatin1Char(' ') + okOrBad(h.crcValid()));
        line(QStringLiteral("  entries:"),
             QString::number(h.nextIndex) + QStringLiteral(" of ") +
                 QString::number(lfs.logCapacity()) + QStringLiteral(" slots used (") +
                 percent(lfs.logUsedFraction()) + QStringLiteral("), next seqnum ") +
                 QString::number(h.nextSeqnum));
    } else {
        line(QStringLiteral("Log header:"), QStringLiteral("not readable"));
    }
    std::array<uint64_t, 5> byType{};
    uint64_t bad = 0;
    for (uint64_t i = 0; i < lfs.entries.size(); ++i) {
        const LogEntry& e = lfs.entries[i];
        ++byType[std::min<uint32_t>(e.type, 4)];
        if (!e.crcValid() || e.seqnum != i)
            ++bad;
    }
    line(QStringLiteral("Entries:"),
         QString::number(lfs.entries.size()) + QStringLiteral(" read: ") +
             QString::number(byType[0]) + QStringLiteral(" file, ") + QString::number(byType[1]) +
             QStringLiteral(" mkdir, ") + QString::number(byType[3]) +
             QStringLiteral(" add_daxdev, ") + QString::number(byType[2] + byType[4]) +
             QStringLiteral(" other; ") + QString::number(bad) + QStringLiteral(" bad"));
    line(QStringLiteral("Namespace:"), namespaceText);
    for (const std::string& w : lfs.warnings)
        line(QStringLiteral("Warning:"), shown(w));
    return t;
}
} // namespace

QString infoText(const fs::LoadedFs& lfs, const fs::Namespace& ns) {
    return infoWithNamespaceLine(lfs, namespaceSummary(ns));
}

QString infoText(const fs::LoadedFs& lfs, const fs::ReplaySummary& summary) {
    return infoWithNamespaceLine(lfs, namespaceLine(summary));
}

} // namespace famscope::cli
