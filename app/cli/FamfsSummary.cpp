#include "cli/FamfsSummary.h"

#include <QFile>

#include <cmath>

namespace famscope::cli {

QString famfsRole(const fs::LoadedFs& lfs, const QString& systemUuidFile) {
    if (!lfs.sb.magicValid() || !lfs.sb.crcValid())
        return QStringLiteral("Invalid superblock");
    QFile f(systemUuidFile);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("Client");
    const QString local = QString::fromLatin1(f.readAll()).trimmed().toLower();
    return local == QString::fromStdString(lfs.sb.systemUuid.toString()) ? QStringLiteral("Owner")
                                                                         : QStringLiteral("Client");
}

QString famfsFsckSummary(const fs::LoadedFs& lfs, const fs::AllocationMap& alloc,
                         const QString& role) {
    const auto& sb = lfs.sb;
    const uint64_t slotCount = lfs.logCapacity();
    const uint64_t used = lfs.log.nextIndex;
    QString t;
    auto line = [&t](const QString& s) { t += s + QLatin1Char('\n'); };
    auto num = [](uint64_t v) { return QString::number(v); };
    line(QStringLiteral("Famfs Superblock:"));
    line(QStringLiteral("  Filesystem UUID:   ") + QString::fromStdString(sb.uuid.toString()));
    line(QStringLiteral("  Device UUID:       ") + QString::fromStdString(sb.devUuid.toString()));
    line(QStringLiteral("  System UUID:       ") +
         QString::fromStdString(sb.systemUuid.toString()));
    line(QStringLiteral("  role of this node: ") + role);
    line(QStringLiteral("  alloc_unit:        0x") + QString::number(sb.allocUnit, 16));
    line(QStringLiteral("  OMF major version: ") + num(sb.omfMajor));
    line(QStringLiteral("  OMF minor version: ") + num(sb.omfMinor));
    line(QStringLiteral("  sizeof superblock: 200"));
    line(QStringLiteral("  log size (bytes):  ") + num(sb.logLen));
    line(QStringLiteral("  primary: ") + QString::fromStdString(sb.daxdevPath()) +
         QStringLiteral("   ") + num(sb.ddSize));
    line(QString());
    line(QStringLiteral("Log stats:"));
    line(QStringLiteral("  # of log entries in use: ") + num(used) + QStringLiteral(" of ") +
         num(slotCount));
    line(QStringLiteral("  Log size in use:          ") + num(48 + used * 544));
    line(QStringLiteral("  Log size (total bytes)    ") + num(sb.logLen));
    if (alloc.collisions > 0) {
        line(QStringLiteral("ERROR: ") + num(alloc.collisions) +
             QStringLiteral(" ALLOCATION COLLISIONS FOUND"));
    } else {
        line(QStringLiteral("  No allocation errors found"));
        line(QString());
        const double allocated = static_cast<double>(alloc.allocatedBytes());
        const double sum = static_cast<double>(alloc.sumOfFileSizes);
        const double capacity = static_cast<double>(alloc.bitmapCapacity());
        line(QStringLiteral("Capacity:"));
        line(QStringLiteral("  Device capacity:        ") + num(sb.ddSize));
        line(QStringLiteral("  Bitmap capacity:        ") + num(alloc.bitmapCapacity()));
        line(QStringLiteral("  Sum of file sizes:      ") + num(alloc.sumOfFileSizes));
        line(QStringLiteral("  Allocated bytes:        ") + num(alloc.allocatedBytes()));
        line(QStringLiteral("  Free space:             ") + num(alloc.freeBytes()));
        line(QStringLiteral("  Space amplification:     ") +
             (sum == 0 ? QStringLiteral("inf") : QString::number(allocated / sum, 'f', 2)));
        line(QStringLiteral("  Percent used:            ") +
             (capacity == 0 ? QStringLiteral("nan")
                            : QString::number(100.0 * allocated / capacity, 'f', 1)) +
             QLatin1Char('%'));
        line(QString());
    }
    line(QStringLiteral("Famfs log:"));
    line(QStringLiteral("  ") + num(used) + QStringLiteral(" of ") + num(slotCount) +
         QStringLiteral(" entries used"));
    line(QStringLiteral("  ") + num(alloc.badEntries) +
         QStringLiteral(" bad log entries detected"));
    line(QStringLiteral("  ") + num(alloc.filesLogged) + QStringLiteral(" files"));
    line(QStringLiteral("  ") + num(alloc.dirsLogged) + QStringLiteral(" directories"));
    line(QString());
    return t;
}

} // namespace famscope::cli
