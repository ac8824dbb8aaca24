#include "cli/FamfsSummary.h"

#include "cli/Arguments.h"
#include "cli/Text.h"

#include "fsck/Fsck.h"

#include <cmath>

namespace famscope::cli {

QString famfsRole(const fs::LoadedFs& lfs, const QString& systemUuidFile) {
    return QString::fromLatin1(
        fsck::roleName(fsck::hostRole(lfs.sb, argumentBytes(systemUuidFile))));
}

QString famfsFsckSummary(const fs::LoadedFs& lfs, const fs::AllocationMap& alloc,
                         const QString& role) {
    return famfsFsckSummary(lfs, fsck::famfsFigures(lfs, alloc), role);
}

QString famfsFsckSummary(const fs::LoadedFs& lfs, const fsck::FamfsFigures& f,
                         const QString& role) {
    const auto& sb = lfs.sb;
    const uint64_t slotCount = f.logSlots;
    const uint64_t used = f.entriesInUse;
    QString t;
    auto line = [&t](const QString& s) { t += s + QLatin1Char('\n'); };
    auto num = [](uint64_t v) { return QString::number(v); };
    line(QStringLiteral("Famfs Superblock:"));
    line(QStringLiteral("  Filesystem UUID:   ") + shown(sb.uuid.toString()));
    line(QStringLiteral("  Device UUID:       ") + shown(sb.devUuid.toString()));
    line(QStringLiteral("  System UUID:       ") + shown(sb.systemUuid.toString()));
    line(QStringLiteral("  role of this node: ") + role);
    line(QStringLiteral("  alloc_unit:        0x") + QString::number(sb.allocUnit, 16));
    line(QStringLiteral("  OMF major version: ") + num(sb.omfMajor));
    line(QStringLiteral("  OMF minor version: ") + num(sb.omfMinor));
    line(QStringLiteral("  sizeof superblock: 200"));
    line(QStringLiteral("  log size (bytes):  ") + num(sb.logLen));
    line(QStringLiteral("  primary: ") + shown(sb.daxdevPath()) + QStringLiteral("   ") +
         num(f.deviceCapacity));
    line(QString());
    line(QStringLiteral("Log stats:"));
    line(QStringLiteral("  # of log entries in use: ") + num(used) + QStringLiteral(" of ") +
         num(slotCount));
    line(QStringLiteral("  Log size in use:          ") +
         num(used > (UINT64_MAX - 48) / 544 ? UINT64_MAX : 48 + used * 544));
    line(QStringLiteral("  Log size (total bytes)    ") + num(sb.logLen));
    if (f.collisions > 0) {
        line(QStringLiteral("ERROR: ") + num(f.collisions) +
             QStringLiteral(" ALLOCATION COLLISIONS FOUND"));
    } else {
        line(QStringLiteral("  No allocation errors found"));
        line(QString());
        const double allocated = static_cast<double>(f.allocatedBytes);
        const double sum = static_cast<double>(f.sumOfFileSizes);
        const double capacity = static_cast<double>(f.bitmapCapacity);
        line(QStringLiteral("Capacity:"));
        line(QStringLiteral("  Device capacity:        ") + num(f.deviceCapacity));
        line(QStringLiteral("  Bitmap capacity:        ") + num(f.bitmapCapacity));
        line(QStringLiteral("  Sum of file sizes:      ") + num(f.sumOfFileSizes));
        line(QStringLiteral("  Allocated bytes:        ") + num(f.allocatedBytes));
        line(QStringLiteral("  Free space:             ") + num(f.freeBytes));
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
    line(QStringLiteral("  ") + num(f.badEntries) + QStringLiteral(" bad log entries detected"));
    line(QStringLiteral("  ") + num(f.files) + QStringLiteral(" files"));
    line(QStringLiteral("  ") + num(f.directories) + QStringLiteral(" directories"));
    line(QString());
    return t;
}

} // namespace famscope::cli
